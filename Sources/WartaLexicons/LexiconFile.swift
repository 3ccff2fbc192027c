/// One parsed lexicon file: its header fields and its entries.
///
/// The format, shared by every file in `Lexicons/`: UTF-8, one entry a line, fields separated by
/// TAB (`.tsv`) or a single field (`.txt`), lines starting with `#` are comments, and the
/// leading comment block carries `# key: value` header fields (`source`, `licence`, `format`).
/// Blank lines are ignored. Surrounding spaces of each field are trimmed.
public struct LexiconFile: Sendable {
    /// One entry: its fields and the 1-based line it came from (for error messages).
    public struct Entry: Sendable, Equatable {
        public let fields: [String]
        public let line: Int

        /// The first field: the entry's key.
        public var key: String { fields[0] }

        /// Field `index`, or nil when the line has fewer fields or the field is empty.
        public subscript(field index: Int) -> String? {
            index < fields.count && !fields[index].isEmpty ? fields[index] : nil
        }
    }

    /// The file's path relative to the lexicon root, e.g. `abbreviations.tsv`.
    public let path: String
    /// Header fields from the leading comment block, keys lowercased.
    public let header: [String: String]
    public let entries: [Entry]

    /// Parses `contents`.
    public init(path: String, contents: String) {
        self.path = path
        var header: [String: String] = [:]
        var entries: [Entry] = []
        var inHeader = true
        var lineNumber = 0
        for rawScalars in contents.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let rawLine = Substring(rawScalars)
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("#") {
                if inHeader, let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(after: line.startIndex)..<colon].trimmingSpaces().lowercased()
                    if !key.isEmpty && !key.contains(" ") {
                        header[key] = String(line[line.index(after: colon)...].trimmingSpaces())
                    }
                }
                continue
            }
            if line.trimmingSpaces().isEmpty { continue }
            inHeader = false
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
            entries.append(Entry(fields: fields, line: lineNumber))
        }
        self.header = header
        self.entries = entries
    }

    /// The first field of every entry.
    public var keys: [String] { entries.map(\.key) }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
