import FoundationEssentials

/// The schema.org facts pages embed as JSON-LD (`<script type="application/ld+json">`): the
/// first `NewsArticle`/`Article`-like object's headline, dates, authors, publisher and body.
struct JSONLD {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var articleBody: String?

    /// Reads every JSON-LD script text; malformed JSON is skipped.
    init(scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { continue }
            visit(value)
        }
    }

    private mutating func visit(_ value: JSONValue) {
        switch value {
        case .array(let items): items.forEach { visit($0) }
        case .object(let members):
            if let graph = members["@graph"] { visit(graph) }
            let types = members["@type"]?.strings ?? []
            guard types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage" })
            else { return }
            let isArticle = !types.contains("WebPage")
            if headline == nil || isArticle, let text = members["headline"]?.string { headline = headline ?? text }
            if datePublished == nil, let text = members["datePublished"]?.string { datePublished = text }
            if authors.isEmpty, let author = members["author"] { authors = Self.names(author) }
            if publisher == nil, let name = members["publisher"].flatMap({ Self.names($0).first }) { publisher = name }
            if url == nil, isArticle, let text = members["url"]?.string ?? members["mainEntityOfPage"]?.string { url = text }
            if articleBody == nil, let text = members["articleBody"]?.string { articleBody = text }
        default: return
        }
    }

    private static func names(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .array(let items): return items.flatMap(names)
        case .object(let members): return members["name"]?.string.map { [$0] } ?? []
        default: return []
        }
    }
}

/// Any JSON value.
enum JSONValue: Decodable {
    case string(String), number(Double), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var string: String? { if case .string(let text) = self { return text } else { return nil } }
    var strings: [String] {
        switch self {
        case .string(let text): return [text]
        case .array(let items): return items.compactMap(\.string)
        default: return []
        }
    }
}
