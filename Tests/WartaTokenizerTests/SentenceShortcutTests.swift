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
