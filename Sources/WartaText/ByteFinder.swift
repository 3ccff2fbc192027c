/// Finds the next byte from a small set (up to five values, optionally every byte of 0x80 and
/// above) eight bytes at a time. Scans that look for rare bytes in whole documents (line ends,
/// full stops, sentence terminators) spent ten instructions a byte in a plain loop.
public struct ByteFinder: Sendable {
    @usableFromInline let patterns: (UInt64, UInt64, UInt64, UInt64, UInt64)
    @usableFromInline let bytes: (UInt8, UInt8, UInt8, UInt8, UInt8)
    @usableFromInline let nonASCII: Bool
    /// How many distinct patterns are in use (1–5).
    @usableFromInline let count: Int

    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

    /// A finder for `values` (one to five bytes; fewer are padded by repeating the first) and,
    /// with `nonASCII`, for any byte of 0x80 and above.
    public init(_ values: [UInt8], nonASCII: Bool = false) {
        precondition((1...5).contains(values.count), "ByteFinder takes one to five bytes")
        let all = values + Array(repeating: values[0], count: 5 - values.count)
        bytes = (all[0], all[1], all[2], all[3], all[4])
        patterns = (Self.ones &* UInt64(all[0]), Self.ones &* UInt64(all[1]), Self.ones &* UInt64(all[2]),
                    Self.ones &* UInt64(all[3]), Self.ones &* UInt64(all[4]))
        self.nonASCII = nonASCII
        count = values.count
    }

    /// True when `byte` is one the finder looks for.
    @inlinable @inline(__always)
    public func matches(_ byte: UInt8) -> Bool {
        byte == bytes.0 || byte == bytes.1 || byte == bytes.2 || byte == bytes.3 || byte == bytes.4 || (nonASCII && byte >= 0x80)
    }

    /// Marks the zero bytes of `word` with their high bit. A byte above a zero byte may be
    /// marked too (a borrow), but the lowest mark is always the first zero byte, and a word
    /// without zero bytes gets no mark: all the search needs.
    @inlinable @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & high
    }

    /// The index of the first byte in `from..<to` of `bytes` that the finder looks for, or `to`.
    @inlinable
    public func first(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        precondition(from >= 0 && to <= bytes.count, "ByteFinder range outside the buffer")
        guard from < to, let base = bytes.baseAddress else { return to }
        var index = from
        while index + 8 <= to {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Each pattern's marks are exact at its first match, so the lowest mark of their union is
            // the first byte matching any of them.
            var found = Self.zeroBytes(word ^ patterns.0)
            if count > 1 { found |= Self.zeroBytes(word ^ patterns.1) }
            if count > 2 { found |= Self.zeroBytes(word ^ patterns.2) | Self.zeroBytes(word ^ patterns.3) | Self.zeroBytes(word ^ patterns.4) }
            if nonASCII { found |= word & Self.high }
            // Little-endian loads (every platform Swift runs on): the lowest set bit is the first byte.
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < to {
            if matches(base[index]) { return index }
            index += 1
        }
        return to
    }
}
