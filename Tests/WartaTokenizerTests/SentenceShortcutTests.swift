import Testing
@testable import WartaTokenizer
import WartaSegmentation
import WartaText
import _WartaTestSupport

/// The sentence splitter skips ICU for a paragraph where ICU's rules allow no boundary before its
/// end. Skipping must never change a sentence: here the splitter that skips and one that asks ICU
/// about every paragraph are compared on generated text rich in terminators, closing marks,
/// separators and their non-ASCII kin.
@Suite("Sentence splitter: skipping ICU changes nothing")
struct SentenceShortcutTests {
    static let lexicon = try! TokenizerLexicon()
    static let skipping = try! SentenceSplitter(lexicon: lexicon)
    static let asking = try! SentenceSplitter(lexicon: lexicon, asksICUForEveryParagraph: true)

    /// Terminators (ASCII and not), closing marks, attached marks, separators and plain words.
    static let pieces = [
        "kata", "Dia", "naik", "5.000", "Jl.", "Dr.", "H.", "B.J.", ".", "!", "?", "?!", "...", "…", "\u{3002}", "\u{203C}",
        "\u{FF0E}", "\u{2024}", "\u{061F}", "\u{0964}", "\"", "“", "”", "'", "’", ")", "(", "]", "»", "\u{0301}", "\u{200D}",
        "\u{AD}", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{B}", "\u{C}", "25", "Pemerintah", "dll.", ",", ";", ":", "—",
    ]
    static let words = ["kata", "Dia", "naik", "5.000", "Pemerintah", "25", "pun", "Kafé", "\u{0E01}", "مرحبا"]
    static let spaces = [" ", " ", "", "", "\u{A0}", "  ", "\t"]

    @Test("sentences are the same with and without the shortcut on 3,000 generated paragraphs")
    func sameSentences() throws {
        var random = SeededGenerator(seed: 0x5345_4E54)
        var skipped = 0
        for case_ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...14, using: &random) {
                // Mostly words, so that many paragraphs have no terminator before their end.
                let piece = Int.random(in: 0..<4, using: &random) == 0 ? Self.pieces.randomElement(using: &random)! : Self.words.randomElement(using: &random)!
                text += piece + Self.spaces.randomElement(using: &random)!
            }
            let source = SourceText(text)
            let fast = try Self.skipping.sentences(in: source)
            let full = try Self.asking.sentences(in: source)
            #expect(fast == full, "case \(case_): \(text.debugDescription)")
            source.bytes.withUnsafeBufferPointer { if !SentenceBreakProperty.mayHaveInnerBoundary($0) { skipped += 1 } }
        }
        // The comparison means something only if both paths were taken often.
        #expect(skipped > 300 && skipped < 2_700, "shortcut taken \(skipped) times of 3,000")
    }

    @Test("the shortcut is taken for one-sentence paragraphs and not where ICU may break", arguments: [
        ("Harga naik 5 persen.", false),
        ("“Kami siap,” kata dia.”", false),
        ("Hebat!”.", false),
        ("Dia datang. Lalu pergi.", true),
        ("Dia datang.\rLalu pergi", true),
        ("Apa?! Ya", true),
        ("Selesai\u{2029}Baru", true),
        ("Hebat! ”", true),
        ("Pukul 14.00 WIB", true),
    ])
    func shortcut(text: String, mayBreak: Bool) {
        SourceText(text).bytes.withUnsafeBufferPointer { #expect(SentenceBreakProperty.mayHaveInnerBoundary($0) == mayBreak) }
    }
}

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
