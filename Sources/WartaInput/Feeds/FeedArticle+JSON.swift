import FoundationEssentials

extension FeedArticle {
    /// The article in one JSON object (a JSONL line or an element of a JSON array). The text must
    /// be a string; the id may be a string or an integer; a date, title or url of another type is
    /// ignored. Other keys are ignored.
    public init(json bytes: [UInt8], fields: FeedFields) throws(InputFormatError) {
        let object: JSONArticleObject
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[JSONArticleObject.fieldsKey] = fields
            object = try decoder.decode(JSONArticleObject.self, from: Data(bytes))
        } catch let error as InputFormatError {
            throw error
        } catch let error as DecodingError {
            throw InputFormatError(JSONArticleObject.explain(error))
        } catch {
            throw InputFormatError("not a JSON object: \(error)")
        }
        self = object.article
    }
}

extension FeedArticle {
    /// The id of a JSON object that is not a valid article (no text, a text of the wrong type),
    /// so a failure can still be named by it; nil when there is none.
    public static func id(inJSON bytes: [UInt8], fields: FeedFields) -> String? {
        let decoder = JSONDecoder()
        decoder.userInfo[JSONArticleObject.fieldsKey] = fields
        return (try? decoder.decode(JSONObjectID.self, from: Data(bytes)))?.id
    }
}

/// Only the id of a JSON object.
struct JSONObjectID: Decodable {
    var id: String?

    init(from decoder: any Decoder) throws {
        let fields = decoder.userInfo[JSONArticleObject.fieldsKey] as? FeedFields ?? FeedFields()
        let container = try decoder.container(keyedBy: JSONArticleObject.Key.self)
        let names = Set((fields.names[.id] ?? []).map { $0.lowercased() })
        guard let key = container.allKeys.first(where: { names.contains($0.stringValue.lowercased()) }) else { return }
        if let string = try? container.decode(String.self, forKey: key) { id = string }
        else if let number = try? container.decode(Int.self, forKey: key) { id = String(number) }
    }
}

/// Decodes an article from a JSON object whose keys are found by `FeedFields`.
struct JSONArticleObject: Decodable {
    static let fieldsKey = CodingUserInfoKey(rawValue: "warta.feedFields")!
    var article: FeedArticle

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let fields = decoder.userInfo[Self.fieldsKey] as? FeedFields ?? FeedFields()
        let container = try decoder.container(keyedBy: Key.self)
        var byName: [String: Key] = [:]
        for key in container.allKeys where byName[key.stringValue.lowercased()] == nil {
            byName[key.stringValue.lowercased()] = key
        }
        func key(_ role: FeedFields.Role) throws -> Key? {
            for name in fields.names[role] ?? [] {
                if let key = byName[name.lowercased()] { return key }
            }
            if fields.explicit.contains(role) {
                throw InputFormatError("the object has no \"\(fields.names[role]![0])\" key")
            }
            return nil
        }
        func string(_ role: FeedFields.Role) throws -> String? {
            guard let key = try key(role) else { return nil }
            return try? container.decodeIfPresent(String.self, forKey: key)
        }
        guard let textKey = try key(.text) else {
            throw InputFormatError("JSON object has no \"text\" field (looked for \((fields.names[.text] ?? []).joined(separator: ", ")); name it with --text-column)")
        }
        guard let text = try? container.decode(String.self, forKey: textKey) else {
            throw InputFormatError("JSON field \"\(textKey.stringValue)\" has the wrong type (the text must be a string)")
        }
        var id: String? = nil
        if let idKey = try key(.id) {
            if let string = try? container.decodeIfPresent(String.self, forKey: idKey) { id = string }
            else if let number = try? container.decodeIfPresent(Int.self, forKey: idKey) { id = String(number) }
        }
        article = FeedArticle(id: id, text: text, published: try string(.published), title: try string(.title), url: try string(.url))
    }

    static func explain(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "not a JSON object" : "JSON field \"\(field)\" has the wrong type"
        case .dataCorrupted(let context):
            return "not valid JSON: \(context.debugDescription)"
        case .keyNotFound(let key, _):
            return "JSON object has no \"\(key.stringValue)\" field"
        @unknown default:
            return "not a JSON article: \(error)"
        }
    }
}
