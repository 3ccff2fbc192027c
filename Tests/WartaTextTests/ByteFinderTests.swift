import Testing
import WartaText
import _WartaTestSupport

/// `ByteFinder` scans eight bytes at a time; it must find exactly what a byte-by-byte scan finds.
@Suite("ByteFinder")
struct ByteFinderTests {
    @Test("the first wanted byte matches a plain scan on 5,000 random buffers, sets and ranges")
    func matchesPlainScan() {
        var random = SeededGenerator(seed: 0x4259_5445)
        for case_ in 0..<5_000 {
            let count = Int.random(in: 0...70, using: &random)
            // Few distinct values, so wanted bytes are neither everywhere nor nowhere.
            let alphabet: [UInt8] = [0x00, 0x01, 0x0A, 0x0B, 0x0D, 0x20, 0x2E, 0x2F, 0x61, 0x7F, 0x80, 0x81, 0xE2, 0xFF]
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &random)! }
            let wanted = (0..<Int.random(in: 1...5, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let nonASCII = Bool.random(using: &random)
            let finder = ByteFinder(wanted, nonASCII: nonASCII)
            let from = Int.random(in: 0...count, using: &random)
            let to = Int.random(in: from...count, using: &random)
            let expected = (from..<to).first { wanted.contains(bytes[$0]) || (nonASCII && bytes[$0] >= 0x80) } ?? to
            let found = bytes.withUnsafeBufferPointer { finder.first(in: $0, from: from, to: to) }
            #expect(found == expected, "case \(case_): \(bytes) wanted \(wanted) nonASCII \(nonASCII) in \(from)..<\(to)")
        }
    }
}
