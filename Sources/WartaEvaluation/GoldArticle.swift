import WartaRecords
import WartaText

/// One hand-annotated article of `Corpus/articles/`: its text, published date and expected
/// entities, each located in the text (see `Corpus/README.md` for the `.gold.tsv` format).
public struct GoldArticle: Sendable {
    /// An expected entity: its kind, located span and the fields it is scored on.
    public struct Entity: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable, Codable {
            case figure, date, org, person, quote
        }
        public var kind: Kind
        public var span: Span
        /// Figure: value|unit; date: value; org and person: canonical name; quote: speaker.
        public var key: String
        /// Every field of the gold line after the surface, for reports.
        public var fields: [String]
        public var line: Int

        /// For a quote, whether the gold line says `DIRECT` (true) or `INDIRECT` (false); nil for other kinds.
        public var isDirect: Bool? { kind == .quote ? fields.first == "DIRECT" : nil }
    }

    public var id: String
    public var published: CivilDate?
    public var source: SourceText
    public var entities: [Entity]

    /// A gold line that cannot be read or located.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses `gold` (the `.gold.tsv` text) against the article `text`.
    public init(id: String, text: String, gold: String) throws(Problem) {
        self.id = id
        self.source = SourceText(text)
        var published: CivilDate? = nil
        var entities: [Entity] = []
        var occurrences: [String: Int] = [:]
        var lineNumber = 0
        let haystack = Array(text.utf8)
        for rawScalars in gold.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let rawLine = Substring(rawScalars)
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("#") {
                let body = line.dropFirst().drop(while: { $0 == " " })
                if body.hasPrefix("published:") {
                    let value = body.dropFirst("published:".count).trimmingCharacters(in: " \t")
                    guard let date = CivilDate(iso: value) else { throw Problem(line: lineNumber, message: "published is not YYYY-MM-DD") }
                    published = date
                }
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let kind = Entity.Kind(rawValue: fields[0]) else {
                throw Problem(line: lineNumber, message: "unknown kind '\(fields[0])'")
            }
            let needed = [Entity.Kind.figure: 7, .date: 4, .org: 3, .person: 4, .quote: 5][kind]!
            guard fields.count >= needed else {
                throw Problem(line: lineNumber, message: "\(kind.rawValue) needs \(needed) fields, found \(fields.count)")
            }
            if kind == .quote && fields[2] != "DIRECT" && fields[2] != "INDIRECT" {
                throw Problem(line: lineNumber, message: "quote type must be DIRECT or INDIRECT, found '\(fields[2])'")
            }
            var surface = fields[1]
            var occurrence: Int
            if let at = surface.lastIndex(of: "@"), let number = Int(surface[surface.index(after: at)...]), number > 0 {
                occurrence = number
                surface = String(surface[..<at])
            } else {
                occurrence = (occurrences["\(kind.rawValue)\t\(surface)"] ?? 0) + 1
            }
            occurrences["\(kind.rawValue)\t\(surface)"] = occurrence
            guard let byteRange = GoldArticle.find(Array(surface.utf8), in: haystack, occurrence: occurrence) else {
                throw Problem(line: lineNumber, message: "'\(surface)' occurrence \(occurrence) not found in the article")
            }
            let key: String
            switch kind {
            case .figure: key = GoldArticle.normalizeNumber(fields[3]) + "|" + ((fields[5] == "-" ? "" : fields[5]))
            case .date: key = fields[3]
            case .org, .person: key = fields[2].lowercased()
            case .quote: key = fields[3] == "-" ? "" : fields[3].lowercased()
            }
            entities.append(Entity(kind: kind, span: source.span(bytes: byteRange), key: key, fields: Array(fields.dropFirst(2)), line: lineNumber))
        }
        self.published = published
        self.entities = entities
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], occurrence: Int) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var seen = 0
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle {
                seen += 1
                if seen == occurrence { return index..<(index + needle.count) }
            }
            index += 1
        }
        return nil
    }

    /// A number written plainly, so `14.680` and `14.68` compare equal; `-` stays `-`.
    public static func normalizeNumber(_ text: String) -> String {
        guard text != "-", text.contains(".") else { return text }
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
