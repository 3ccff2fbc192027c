import Testing
import WartaSegmentation
import _WartaTestSupport

/// Pure-ASCII lines are segmented by `ASCIIWordBreaks` instead of ICU. The two must give the
/// same boundaries on every text: compared here on generated ASCII and mixed texts.
@Suite("ASCII word breaks agree with ICU")
struct ASCIIWordBreaksTests {
    /// Every character class the rules know, weighted toward the joiners whose context matters.
    static let pieces: [String] = [
        "a", "Z", "kata", "Rp", "@", "3", "2021", "599", ".", ".", "'", ",", ",", ";", ":", "_", " ", " ", "  ", "\t",
        "\r", "\n", "\r\n", "-", "/", "%", "\"", "(", ")", "#", "$", "\u{0}", "\u{7}", "\u{B}", "\u{C}", "\u{7F}", "~", "!", "?",
    ]

    static func text(_ random: inout SeededGenerator, nonASCII: Bool) -> [UInt8] {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &random) {
            if nonASCII, Int.random(in: 0..<12, using: &random) == 0 {
                text += ["é", "“", "”", "—", "😀", "\u{0301}", "กิน", "\u{2028}"].randomElement(using: &random)!
            } else {
                text += pieces.randomElement(using: &random)!
            }
        }
        return Array(text.utf8)
    }

    @Test("the installed ICU passes the check that turns the ASCII rules on")
    func consistent() {
        // If a new ICU tailors ASCII differently the rules switch off (Warta stays correct, only
        // slower): this test says so.
        #expect(ASCIIWordBreaks.isConsistentWithICU, "ICU's ASCII word rules changed: update ASCIIWordBreaks.classOf")
    }

    @Test("boundaries are ICU's on 20,000 generated texts, ASCII and mixed")
    func sameBoundaries() throws {
        let iterator = try BreakIterator(.word)
        var random = SeededGenerator(seed: 0x4153_4349_49)
        for case_ in 0..<20_000 {
            let bytes = Self.text(&random, nonASCII: case_ % 4 == 3)
            let fast = try iterator.offsets(in: bytes, asciiRules: true)
            let icu = try iterator.offsets(in: bytes, asciiRules: false)
            #expect(fast == icu, "case \(case_): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    @Test("a long text is delivered in the same batches as ICU's (a tokenizer's rules may depend on them)", arguments: [false, true])
    func batches(nonASCII: Bool) throws {
        let iterator = try BreakIterator(.word)
        var line = String(repeating: "kata 5.000, x_y; ", count: 200)
        if nonASCII { line += "“é”" }
        let bytes = Array((0..<10).map { _ in line + "\n" }.joined().utf8)
        func batches(asciiRules: Bool) throws -> [[Int]] {
            var result: [[Int]] = []
            try bytes.withUnsafeBufferPointer { buffer in
                try iterator.forEachBatch(in: buffer, statuses: false, asciiRules: asciiRules) { offsets, _ in
                    result.append(offsets.map { Int($0) })
                }
            }
            return result
        }
        let fast = try batches(asciiRules: true)
        #expect(fast.count > 1)
        #expect(try fast == batches(asciiRules: false))
    }
}
