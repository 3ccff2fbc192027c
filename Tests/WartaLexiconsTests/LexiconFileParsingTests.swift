import Testing
import WartaLexicons

/// `LexiconFile` reads bytes for speed; these tests hold it to the format's definition written the
/// plain way (Swift `Character`s, as the parser did before), on every embedded file and on edge cases.
@Suite("Lexicon file parsing")
struct LexiconFileParsingTests {
    /// The format read with `Character` semantics: the reference the byte parser must agree with.
    static func reference(_ contents: String) -> (header: [String: String], entries: [([String], Int)]) {
        func trim(_ text: Substring) -> Substring {
            var slice = text
            while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
            while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
            return slice
        }
        var header: [String: String] = [:]
        var entries: [([String], Int)] = []
        var inHeader = true
        var lineNumber = 0
        for rawScalars in contents.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let rawLine = Substring(rawScalars)
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("#") {
                if inHeader, let colon = line.firstIndex(of: ":") {
                    let key = trim(line[line.index(after: line.startIndex)..<colon]).lowercased()
                    if !key.isEmpty && !key.contains(" ") { header[key] = String(trim(line[line.index(after: colon)...])) }
                }
                continue
            }
            if trim(line).isEmpty { continue }
            inHeader = false
            entries.append((line.split(separator: "\t", omittingEmptySubsequences: false).map { String(trim($0)) }, lineNumber))
        }
        return (header, entries)
    }

    static func expectSame(_ contents: String, _ label: String) {
        let file = LexiconFile(path: label, contents: contents)
        let expected = reference(contents)
        #expect(file.header == expected.header, "\(label): header")
        #expect(file.entries.map(\.fields) == expected.entries.map(\.0), "\(label): fields")
        #expect(file.entries.map(\.line) == expected.entries.map(\.1), "\(label): line numbers")
    }

    @Test("every embedded file parses as the format defines", arguments: LexiconStore.embedded.paths)
    func embedded(_ path: String) {
        Self.expectSame(LexiconStore.embedded.contents(path) ?? "", path)
    }

    static let edgeCases: [String] = [
        "",
        "\n",
        "satu",
        "# Source :  a b \n#licence:x\n# not a key here: y\n#: empty key\nsatu\n# format: late\n",
        "# source: a\r\nKominfo\tKementerian Kominfo \r\n\r\n\t \t\n  dua\t\t tiga\t\n",
        "# SOURCE:\tTab\t\nx\r\r\n",
        "# s\u{301}ource: accent\n#\u{301}: combining after the hash\nJos\u{E9}\tS\u{E3}o Paulo \n \u{301}satu\t\u{301}\n",
        "# a: b\nkata\u{0D}\u{0A}kata\u{0D}dua\nc\u{E9}\t\u{00A0}x\u{00A0}\n#\u{200D}x: y\n",
        "x\tA\u{0308}\t \u{0308}\t\t",
    ]

    @Test("edge cases: CRLF, TABs, spaces, empty lines, comments after entries, non-ASCII lines", arguments: edgeCases.indices)
    func edgeCase(_ index: Int) {
        Self.expectSame(Self.edgeCases[index], "case \(index)")
    }
}
