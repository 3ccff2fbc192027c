import Testing
import WartaLexicons
@testable import WartaTokenizer

/// The tokenizer and sentence splitter ask `TokenizerLexicon.abbreviation(_:_:_:)`, which looks a
/// word up only when an abbreviation of its first byte and length exists: it must answer as the
/// table does for every word.
@Suite("Abbreviation lookups")
struct AbbreviationLookupTests {
    @Test("the filtered lookup answers as the table for every abbreviation and for words around them")
    func filteredLookup() throws {
        let lexicon = try TokenizerLexicon(lexicons: .embedded)
        #expect(!lexicon.abbreviations.isEmpty)
        var words = Array(lexicon.abbreviations.keys)
        // Near misses: each abbreviation without its first or last byte, with a byte more, upper-cased.
        for word in lexicon.abbreviations.keys {
            words += [String(word.dropFirst()), String(word.dropLast()), word + "a", "a" + word, word.uppercased(), word.lowercased()]
        }
        words += ["", ".", "dll", "dll.", "Dr", "DR.", "yang.", "Jakarta.", String(repeating: "a.", count: 40)]
        for word in words {
            let bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { lexicon.abbreviation($0, 0, $0.count) }
            #expect(found == lexicon.abbreviations[word], "\(word)")
        }
    }
}
