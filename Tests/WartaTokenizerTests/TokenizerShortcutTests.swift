import Testing
@testable import WartaTokenizer
import WartaText
import _WartaTestSupport

/// The tokenizer takes the word boundaries of pure-ASCII lines from `ASCIIWordBreaks`: the tokens
/// must be the same as when ICU gives every boundary.
@Suite("Tokenizer: ASCII rules change nothing")
struct TokenizerShortcutTests {
    static let lexicon = try! TokenizerLexicon()
    static let fast = try! Tokenizer(lexicon: lexicon)
    static let icu = try! Tokenizer(lexicon: lexicon, usesASCIIRules: false)

    @Test("tokens are the same on 600 generated scraped-news texts")
    func sameTokens() throws {
        for (seed, text) in TextGenerator.samples(count: 600, maxPieces: 120, seed: 0x544F_4B) {
            let source = SourceText(text)
            let fastTokens = try Self.fast.tokenize(source)
            let icuTokens = try Self.icu.tokenize(source)
            guard fastTokens != icuTokens else { continue }
            let first = (0..<min(fastTokens.count, icuTokens.count)).first { fastTokens[$0] != icuTokens[$0] } ?? min(fastTokens.count, icuTokens.count)
            let describe = { (tokens: [Token]) in
                tokens[first..<min(tokens.count, first + 3)].map { "\($0.kind) \(source.text(bytes: $0.byteRange).debugDescription)" }
            }
            Issue.record("seed \(seed), token \(first): \(describe(fastTokens)) with ASCII rules, \(describe(icuTokens)) from ICU")
        }
    }

    @Test("tokens are the same on ASCII news text with numbers, abbreviations, addresses and line ends")
    func sameTokensOnASCII() throws {
        let text = """
        Jakarta (ANTARA) - Harga naik Rp5.000 (14,68%) pada 14.00 WIB, kata Dr. H. Budi, S.H., M.Si.\r
        Kunjungi https://a.id/x?y=1 atau humas@kominfo.go.id; #KitaBelaKitaBeli _x_ 1990-an ke-3 dll.
        \tBaca juga: "Dia bilang 'ya'" -- 3.4.5 a.b.c 1,,2 e.g. U.S.A.\u{0}\u{7}
        """
        let source = SourceText(text)
        #expect(try Self.fast.tokenize(source) == Self.icu.tokenize(source))
    }
}
