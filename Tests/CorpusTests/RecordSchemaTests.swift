import FoundationEssentials
import Testing
import Warta
import WartaEvaluation
import _WartaTestSupport

/// Records as written agree with `docs/article-record.schema.json`, the published contract:
/// checked with a small validator for the keywords the schema uses.
@Suite("Record JSON Schema")
struct RecordSchemaTests {
    /// Any JSON value, decoded strictly (`true` is a boolean, `1` a number).
    enum JSON: Decodable, Sendable, CustomStringConvertible {
        case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([JSON].self) { self = .array(value) }
            else { self = .object(try container.decode([String: JSON].self)) }
        }

        static func parse(_ bytes: [UInt8]) throws -> JSON { try JSONDecoder().decode(JSON.self, from: Data(bytes)) }

        var object: [String: JSON]? { if case .object(let value) = self { value } else { nil } }
        var array: [JSON]? { if case .array(let value) = self { value } else { nil } }
        var string: String? { if case .string(let value) = self { value } else { nil } }
        var strings: [String] { array?.compactMap(\.string) ?? [] }

        var description: String {
            switch self {
            case .null: "null"
            case .bool(let value): "\(value)"
            case .number(let value): value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
            case .string(let value): value
            case .array(let value): "\(value)"
            case .object(let value): "\(value)"
            }
        }
    }

    static let schema: JSON = (try? JSON.parse(Array(Repository.read("docs/article-record.schema.json").utf8))) ?? .null

    /// Problems of `value` against `schema`, with their JSON paths.
    static func validate(_ value: JSON, _ schema: JSON, path: String) -> [String] {
        guard let rules = schema.object else { return [] }
        if let reference = rules["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = Self.schema.object?["$defs"]?.object?[name] else { return ["\(path): unknown $ref \(reference)"] }
            return validate(value, target, path: path)
        }
        var problems: [String] = []
        if let options = rules["oneOf"]?.array {
            let passing = options.filter { validate(value, $0, path: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): matches \(passing) of oneOf") }
        }
        for part in rules["allOf"]?.array ?? [] { problems += validate(value, part, path: path) }
        if let type = rules["type"] {
            let allowed = type.string.map { [$0] } ?? type.strings
            if !allowed.contains(where: { matches(value, $0) }) { problems.append("\(path): \(value) is not \(allowed)") }
        }
        if let choices = rules["enum"]?.array, !choices.contains(where: { "\($0)" == "\(value)" }) {
            problems.append("\(path): \(value) not in enum")
        }
        if let object = value.object {
            for key in rules["required"]?.strings ?? [] where object[key] == nil { problems.append("\(path): missing \(key)") }
            let properties = rules["properties"]?.object ?? [:]
            if case .bool(false) = rules["additionalProperties"] ?? .null {
                for key in object.keys where properties[key] == nil { problems.append("\(path): unexpected \(key)") }
            }
            for (key, sub) in properties {
                if let child = object[key] { problems += validate(child, sub, path: "\(path).\(key)") }
            }
        }
        if let array = value.array, let items = rules["items"] {
            for (index, item) in array.enumerated() { problems += validate(item, items, path: "\(path)[\(index)]") }
        }
        return problems
    }

    static func matches(_ value: JSON, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("string", .string), ("boolean", .bool), ("number", .number), ("object", .object), ("array", .array): true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }

    @Test("every corpus record validates against the schema")
    func corpusRecordsValidate() throws {
        #expect(Self.schema.object != nil, "docs/article-record.schema.json must parse")
        let analyzer = try Analyzer()
        let corpus = try GoldCorpus(directory: Repository.path("Corpus/articles"))
        for article in corpus.articles {
            let record = try analyzer.analyze(article.source, published: article.published, id: article.id)
            let json = try JSON.parse(try RecordJSON.encodeBytes(record))
            let problems = Self.validate(json, Self.schema, path: article.id)
            #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "; "))")
        }
    }

    @Test("records of pages and datasets, with --include-text, validate too (published_time, site, authors, text)")
    func inputFormatRecordsValidate() throws {
        let pages = Repository.files(in: "Corpus/html", suffix: ".html")
        let result = try Warta.run(["extract", "--include-text", "Corpus/feeds/fragments.csv", "Corpus/feeds/fragments.json"] + pages)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6 + pages.count)
        var sawTime = false, sawSite = false, sawAuthors = false
        for line in lines {
            let json = try JSON.parse(Array(line.utf8))
            let problems = Self.validate(json, Self.schema, path: json.object?["id"]?.string ?? "?")
            #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "; "))")
            sawTime = sawTime || json.object?["published_time"]?.string != nil
            sawSite = sawSite || json.object?["site"]?.string != nil
            sawAuthors = sawAuthors || !(json.object?["authors"]?.strings.isEmpty ?? true)
        }
        #expect(sawTime && sawSite && sawAuthors, "the records exercise every new field")
    }

    @Test("the validator rejects a record with a missing field and a wrong type")
    func validatorCanFail() throws {
        let record = try Analyzer().analyze(text: "Harga naik.")
        var json = try #require(try JSON.parse(try RecordJSON.encodeBytes(record)).object)
        json.removeValue(forKey: "warnings")
        json["sentences"] = .string("not an array")
        #expect(Self.validate(.object(json), Self.schema, path: "x").count >= 2)
    }
}
