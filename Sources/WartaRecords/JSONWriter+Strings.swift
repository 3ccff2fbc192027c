extension JSONWriter {
    /// Appends `text` as a JSON string: runs without escapes are copied whole. Escaped: `"`, `\`,
    /// U+0000–U+001F (`\n`, `\r`, `\t` by name, the rest as `\u00XX`), and U+2028 and U+2029
    /// (valid JSON, but they break JavaScript readers of JSONL). Everything else is copied as UTF-8.
    func quote(_ text: String) {
        var text = text
        text.withUTF8 { quote(utf8: $0) }
    }

    /// Appends the UTF-8 text `utf8` as a JSON string (see `quote(_:)`).
    func quote(utf8: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else { append(UInt8(ascii: "\"")); return }
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time while none of them can start an escape.
            if index + 8 <= count, !JSONEscapes.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            if byte >= 0x20, byte != 0x22, byte != 0x5C {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard byte == 0xE2, index + 2 < count, base[index + 1] == 0x80, base[index + 2] & 0xFE == 0xA8 else {
                    index += 1
                    continue
                }
            }
            if index > runStart { append(UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
            escape(byte, third: byte == 0xE2 ? base[index + 2] : 0)
            index += byte == 0xE2 ? 3 : 1
            runStart = index
        }
        if count > runStart { append(UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
        append(UInt8(ascii: "\""))
    }

    /// The escape of `byte`; for U+2028/U+2029 (`byte` 0xE2) `third` is the sequence's last byte.
    private func escape(_ byte: UInt8, third: UInt8) {
        switch byte {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0xE2: raw(third == 0xA8 ? "\\u2028" : "\\u2029")
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("\\u00")
            hex.withUTF8Buffer { digits in
                append(digits[Int(byte >> 4)])
                append(digits[Int(byte & 0xF)])
            }
        }
    }
}

/// Word-at-a-time tests for `JSONWriter.quote`: does any byte of eight need a closer look?
enum JSONEscapes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// True when some byte of `word` is below 0x20, `"`, `\` or 0xE2 (which starts U+2028 and
    /// U+2029, and other characters); false means all eight can be copied as they are.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let e2 = word ^ (ones &* 0xE2)
        // A byte below n sets its high bit in (word - n·ones) & ~word; a zero byte of x does in (x - ones) & ~x.
        let found = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote)
            | ((backslash &- ones) & ~backslash) | ((e2 &- ones) & ~e2)
        return found & highs != 0
    }
}
