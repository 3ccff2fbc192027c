import Testing
import WartaSegmentation

@Suite("ICU seam")
struct BreakIteratorTests {
    func words(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        var start = 0
        var result: [String] = []
        for (offset, _) in try BreakIterator(.word).boundaries(in: bytes) {
            result.append(String(decoding: bytes[start..<offset], as: UTF8.self))
            start = offset
        }
        return result
    }

    @Test("word boundaries are UTF-8 byte offsets that tile the text")
    func wordBoundaries() throws {
        let text = "Kafé “buka” Rp123,46 😀."
        let pieces = try words(text)
        #expect(pieces.joined() == text)
        #expect(pieces.contains("Kafé"))
        #expect(pieces.contains("Rp123,46"))
    }

    @Test("ICU keeps Indonesian numbers whole but splits what Warta rejoins")
    func icuBehaviourWartaRelies() throws {
        #expect(try words("599.300").count == 1)
        #expect(try words("14,68").count == 1)
        #expect(try words("kupu-kupu").count == 3)
        #expect(try words("#KitaBelaKitaBeli").count == 2)
    }

    @Test("word rule statuses separate numbers, letters and the rest")
    func statuses() throws {
        let statuses = try BreakIterator(.word).boundaries(in: Array("kata 25 ,".utf8)).map(\.status)
        #expect(BreakIterator.WordStatus.letter.contains(statuses[0]))
        #expect(BreakIterator.WordStatus.none.contains(statuses[1]))
        #expect(BreakIterator.WordStatus.number.contains(statuses[2]))
    }

    @Test("sentence boundaries, and a clone works independently")
    func sentences() throws {
        let iterator = try BreakIterator(.sentence)
        let copy = try iterator.clone()
        let bytes = Array("Satu. Dua? Tiga!".utf8)
        #expect(try iterator.boundaries(in: bytes).map(\.offset) == [6, 11, 16])
        #expect(try copy.boundaries(in: bytes).map(\.offset) == [6, 11, 16])
        #expect(try iterator.boundaries(in: []).isEmpty)
    }

    @Test("NFC through ICU", arguments: [("kafe\u{0301}", "kafé"), ("A\u{030A}", "Å"), ("biasa", "biasa"), ("", "")])
    func nfc(_ input: String, _ expected: String) {
        #expect(Array(Normalizer.nfc(input).unicodeScalars) == Array(expected.unicodeScalars))
    }
}
