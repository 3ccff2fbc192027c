import Testing
import WartaLexicons

/// The stemmer's lexicon files: header present, every line parses, no duplicate keys, plain
/// ASCII (which is NFC), and exceptions point at roots or at themselves.
@Suite struct StemmerLexiconLintTests {
    static let paths = LexiconStore.embedded.paths.filter { $0.hasPrefix("roots/") || $0.hasPrefix("stemmer/") }

    @Test(arguments: paths)
    func fileIsClean(_ path: String) throws {
        let file = try LexiconStore.embedded.file(path)
        for key in ["source", "licence", "format"] {
            #expect(file.header[key]?.isEmpty == false, "\(path): header lacks # \(key):")
        }
        var seen = Set<String>()
        for entry in file.entries {
            #expect(seen.insert(entry.key).inserted, "\(path):\(entry.line): duplicate \(entry.key)")
            if path != "stemmer/affix-priors.tsv" {
                #expect(entry.key == entry.key.lowercased(), "\(path):\(entry.line): words are stored lowercase")
            }
            for field in entry.fields {
                #expect(field.utf8.allSatisfy { $0 < 0x80 }, "\(path):\(entry.line): non-ASCII text")
            }
        }
        #expect(!file.entries.isEmpty || path == "roots/warta-extra.tsv")
    }

    @Test func rootListIsLargeEnough() throws {
        #expect(try LexiconStore.embedded.file("roots/hunspell-id.tsv").entries.count >= 28_000)
    }
}
