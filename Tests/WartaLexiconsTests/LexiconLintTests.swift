import Testing
import WartaLexicons
import WartaSegmentation
import _WartaTestSupport

/// Every lexicon file: header present, parses, no duplicate keys, NFC, and the repository copy is
/// what the build embedded.
@Suite("Lexicon files")
struct LexiconLintTests {
    static let paths = LexiconStore.embedded.paths

    @Test("there are lexicon files")
    func nonEmpty() {
        #expect(Self.paths.count >= 8)
    }

    @Test("header, entries, no duplicates, NFC", arguments: paths)
    func lint(_ path: String) throws {
        let file = try LexiconStore.embedded.file(path)
        for key in ["source", "licence", "format"] {
            #expect(file.header[key]?.isEmpty == false, "\(path) lacks '# \(key):'")
        }
        #expect(!file.entries.isEmpty, "\(path) has no entries")
        var seen: [String: Int] = [:]
        for entry in file.entries {
            if let first = seen[entry.key] {
                Issue.record("\(path):\(entry.line): duplicate of line \(first): \(entry.key)")
            }
            seen[entry.key] = entry.line
            for field in entry.fields {
                #expect(Normalizer.nfc(field) == field, "\(path):\(entry.line): not NFC: \(field)")
            }
        }
        #expect(LexiconStore.embedded.contents(path) == Repository.read("Lexicons/" + path),
                "embedded copy of \(path) is stale: rebuild (swift build) so the EmbedLexicons plugin runs")
    }

    @Test("every file is named in NOTICE")
    func notice() {
        let notice = Repository.read("Lexicons/NOTICE")
        for path in Self.paths {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            #expect(notice.contains(name) || notice.contains(path.split(separator: "/").first.map { $0 + "/" } ?? "\u{0}"),
                    "Lexicons/NOTICE does not mention \(path)")
        }
    }

    @Test("a directory overrides embedded files and adds new ones")
    func override() throws {
        let folder = "/tmp/warta-lexicon-test-\(UInt32.random(in: 0...UInt32.max))"
        try TemporaryFiles.write(folder + "/abbreviations.tsv", "# source: test\n# licence: CC0-1.0\n# format: x\nZz.\ttitle\tzz\n")
        try TemporaryFiles.write(folder + "/extra/new.txt", "# source: test\n# licence: CC0-1.0\n# format: x\nsatu\n")
        defer { TemporaryFiles.remove(folder) }
        let store = try LexiconStore(overridingWith: folder)
        #expect(try store.file("abbreviations.tsv").keys == ["Zz."])
        #expect(try store.file("extra/new.txt").keys == ["satu"])
        #expect(try store.file("tokenizer/clitics.tsv").keys == LexiconStore.embedded.file("tokenizer/clitics.tsv").keys)
    }

    @Test("a missing override directory is a clear error")
    func missingDirectory() {
        #expect(throws: LexiconError.self) { try LexiconStore(overridingWith: "/nonexistent/lexicons") }
    }

    @Test("the format: comments, header, TAB fields, trimming, CRLF")
    func format() {
        let file = LexiconFile(path: "x.tsv", contents: "# source: a\n# licence: b\n# format: c\n\nKominfo\tKementerian Kominfo \r\n# comment\n  satu  \n")
        #expect(file.header == ["source": "a", "licence": "b", "format": "c"])
        #expect(file.entries.map(\.fields) == [["Kominfo", "Kementerian Kominfo"], ["satu"]])
        #expect(file.entries.map(\.line) == [5, 7])
    }
}
