import Testing
@testable import WartaExtraction

/// Keys read from a whole text a machine word at a time (`WordKey(_:_:_:foldCase:)`, used for every
/// token by `TokenText`) against keys and hashes of the token's bytes alone.
@Suite("Word keys read from a text")
struct WordKeyTests {
    @Test("a key read from the text equals the key of the word's bytes, with the same hash", arguments: [3, 17, 29])
    func keysFromText(seed: UInt64) {
        var random = LookupTableTests.Generator(state: seed)
        // Words of 0 to 30 bytes, some not ASCII, joined by spaces and read at every word, so that
        // words near the end of the text (fewer than eight bytes left) are read too.
        var text: [UInt8] = []
        var words: [Range<Int>] = []
        for _ in 0..<400 {
            // Bytes around `A`-`Z` and `a`-`z` and with the high bit set test case folding at its edges.
            let edges: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0xC1, 0xDA]
            let word = Array(LookupTableTests.word(&random).utf8) + (Bool.random(using: &random) ? [edges.randomElement(using: &random)!] : [])
            words.append(text.count..<text.count + word.count)
            text += word
            if Int.random(in: 0..<4, using: &random) > 0 { text.append(0x20) }
        }
        text.withUnsafeBufferPointer { buffer in
            for range in words + [text.count..<text.count, max(0, text.count - 3)..<text.count] {
                let alone = Array(buffer[range])
                for fold in [false, true] {
                    let expected = alone.withUnsafeBufferPointer { WordKey($0, foldCase: fold) }
                    let key = WordKey(buffer, range.lowerBound, range.upperBound, foldCase: fold)
                    #expect(key == expected, "\(alone) fold \(fold)")
                    guard let key else { continue }
                    #expect(key.hash64 == alone.withUnsafeBufferPointer { WordHash.of($0, foldASCII: fold) }, "\(alone)")
                }
            }
        }
    }
}
