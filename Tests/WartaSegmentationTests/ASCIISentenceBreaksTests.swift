import Testing
import WartaSegmentation
import _WartaTestSupport

/// Pure-ASCII paragraphs are split into sentences by `ASCIISentenceBreaks` instead of ICU: the
/// boundaries must be ICU's on every text.
@Suite("ASCII sentence breaks agree with ICU")
struct ASCIISentenceBreaksTests {
    /// Terminators, closing marks, spaces, continuations, letters of both cases and digits: what
    /// the sentence rules look at.
    static let pieces: [String] = [
        "kata", "Dia", "a", "B", "3", "25", ".", ".", ".", "!", "?", "...", "\"", "'", "(", ")", "[", "]", " ", " ", " ", "  ",
        "\t", ",", "-", ":", ";", "\r", "\r\n", "\n", "Dr", "e.g", "U.S", "\u{0}", "\u{B}", "\u{C}", "#", "@", "_", "%", "~",
    ]

    @Test("the installed ICU passes the check that turns the ASCII sentence rules on")
    func consistent() {
        #expect(ASCIISentenceBreaks.isConsistentWithICU, "ICU's ASCII sentence rules changed: see ASCIISentenceBreaks")
    }

    @Test("sentence boundaries are ICU's on 20,000 generated ASCII texts")
    func sameBoundaries() throws {
        let iterator = try BreakIterator(.sentence)
        var random = SeededGenerator(seed: 0x5345_4E54_53)
        for case_ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...30, using: &random) { text += Self.pieces.randomElement(using: &random)! }
            let bytes = Array(text.utf8)
            let fast = try iterator.offsets(in: bytes, asciiRules: true)
            let icu = try iterator.offsets(in: bytes, asciiRules: false)
            #expect(fast == icu, "case \(case_): \(text.debugDescription)")
        }
    }
}
