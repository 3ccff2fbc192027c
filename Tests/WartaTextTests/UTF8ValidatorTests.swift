import Testing
import WartaText

@Suite("UTF-8 validation")
struct UTF8ValidatorTests {
    /// Byte sequences, where the first problem is, and why.
    static let invalid: [(bytes: [UInt8], offset: Int, reason: UTF8Validator.Failure.Reason)] = [
        ([0x61, 0xC0, 0xAF], 1, .overlong),                 // overlong '/'
        ([0xE0, 0x80, 0xAF], 0, .overlong),                 // overlong 3-byte
        ([0xF0, 0x80, 0x80, 0xAF], 0, .overlong),           // overlong 4-byte
        ([0xED, 0xA0, 0x80], 0, .surrogate),                // U+D800
        ([0x61, 0x62, 0xE2, 0x82], 4, .truncated),          // truncated euro sign at the end
        ([0xE2, 0x82, 0x61], 2, .truncated),                // truncated before ASCII
        ([0x80], 0, .unexpectedContinuation),
        ([0x61, 0xFF], 1, .invalidLeadByte),
        ([0xF4, 0x90, 0x80, 0x80], 0, .outOfRange),         // U+110000
        ([0xF5, 0x80, 0x80, 0x80], 0, .outOfRange),
    ]

    @Test("invalid sequences are found at the right byte", arguments: 0..<invalid.count)
    func findsFirstFailure(_ index: Int) {
        let sample = Self.invalid[index]
        let failure = sample.bytes.withUnsafeBufferPointer { UTF8Validator.firstFailure(in: $0) }
        #expect(failure == UTF8Validator.Failure(byteOffset: sample.offset, reason: sample.reason))
    }

    @Test("valid text passes", arguments: ["", "Rp123,46", "“kutipan” – é 😀 𝄞", "kafe\u{0301}", "\u{FEFF}BOM"])
    func acceptsValid(_ text: String) throws {
        try UTF8Validator.validate(Array(text.utf8))
    }

    @Test("repair replaces each bad sequence with U+FFFD and keeps the rest")
    func repairs() {
        let (bytes, failures) = UTF8Validator.repair([0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63, 0xC0, 0xAF])
        #expect(String(decoding: bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}")
        #expect(failures.map(\.byteOffset) == [1, 5, 6, 7])
        #expect((try? UTF8Validator.validate(bytes)) != nil)
    }
}
