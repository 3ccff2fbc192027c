import Testing
import WartaLexicons
@testable import WartaTokenizer

/// `TokenScanner.hasNonASCII` (behind every token's `nonASCII` flag) reads eight bytes a load where
/// the buffer holds them, masking the last load: it must answer as a byte loop for every range.
@Suite("Non-ASCII test, eight bytes at once")
struct NonASCIITestTests {
    @Test("every range of up to 20 bytes at every offset of a text, including its last bytes")
    func everyRange() throws {
        let texts = ["Kata Ketua KPU, Hasyim Asy'ari: \"pemilu\" 2024 é É-mail humas@kpu.go.id 5,3% naïve", "abcdefghé", "é", "", "ASCII only, no accent at all here."]
        for text in texts.map({ Array($0.utf8) }) {
            try text.withUnsafeBufferPointer { buffer in
                let scanner = TokenScanner(bytes: buffer, lexicon: try TokenizerLexicon(lexicons: .embedded))
                for start in 0..<max(text.count, 1) where start < text.count {
                    for end in start...min(text.count, start + 20) {
                        #expect(scanner.hasNonASCII(start, end) == text[start..<end].contains { $0 >= 0x80 }, "\(start)..<\(end)")
                    }
                }
            }
        }
    }
}
