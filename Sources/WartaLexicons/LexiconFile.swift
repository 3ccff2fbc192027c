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

    /// Parses `contents`. Read as UTF-8 bytes: the files are parsed at every start-up, and
    /// Swift's `Character` operations (grapheme breaking) cost 20 times more. A line holding a
    /// non-ASCII byte is read with `Character` semantics, as before, so the result is the same.
    public init(path: String, contents: String) {
        self.path = path
        var header: [String: String] = [:]
        var entries: [Entry] = []
        var inHeader = true
        var lineNumber = 0
        var text = contents
        text.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                var ascii = true
                while end < bytes.count && bytes[end] != 0x0A {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                lineNumber += 1
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if !ascii {
                    Self.parseLine(Substring(String(decoding: raw, as: UTF8.self)), lineNumber, &inHeader, &header, &entries)
                    continue
                }
                let line = raw.last == 0x0D ? UnsafeBufferPointer(rebasing: raw.dropLast()) : raw
                if line.first == UInt8(ascii: "#") {
                    if inHeader, let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                        let key = Self.trimmed(UnsafeBufferPointer(rebasing: line[1..<colon]))
                        if !key.isEmpty && !key.contains(0x20) {
                            let value = Self.trimmed(UnsafeBufferPointer(rebasing: line[(colon + 1)...]))
                            header[String(decoding: key, as: UTF8.self).lowercased()] = String(decoding: value, as: UTF8.self)
                        }
                    }
                    continue
                }
                if Self.trimmed(line).isEmpty { continue }
                inHeader = false
                var fields: [String] = []
                var fieldStart = 0
                for index in 0...line.count where index == line.count || line[index] == 0x09 {
                    fields.append(String(decoding: Self.trimmed(UnsafeBufferPointer(rebasing: line[fieldStart..<index])), as: UTF8.self))
                    fieldStart = index + 1
                }
                entries.append(Entry(fields: fields, line: lineNumber))
            }
        }
        self.header = header
        self.entries = entries
    }

    /// `bytes` without leading and trailing spaces and TABs.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var slice = bytes[...]
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }

    /// One line (without its line feed) read with `Character` semantics: lines holding non-ASCII text.
    private static func parseLine(_ rawLine: Substring, _ lineNumber: Int, _ inHeader: inout Bool,
                                  _ header: inout [String: String], _ entries: inout [Entry]) {
        let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
        if line.hasPrefix("#") {
            if inHeader, let colon = line.firstIndex(of: ":") {
                let key = line[line.index(after: line.startIndex)..<colon].trimmingSpaces().lowercased()
                if !key.isEmpty && !key.contains(" ") {
                    header[key] = String(line[line.index(after: colon)...].trimmingSpaces())
                }
            }
            return
        }
        if line.trimmingSpaces().isEmpty { return }
        inHeader = false
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
        entries.append(Entry(fields: fields, line: lineNumber))
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
