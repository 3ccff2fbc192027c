/// Reads one scalar out of valid UTF-8 bytes in place (the tokenizer, the sentence rules and the
/// segmentation shortcuts all walk bytes, not `String`s).
public enum UTF8Scalar {
    /// The scalar starting at `index` of valid UTF-8 `bytes`, and its length in bytes.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 2
        var value = UInt32(lead & 0x1F)
        if lead >= 0xF0 { length = 4; value = UInt32(lead & 0x07) } else if lead >= 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        let end = min(bytes.count, index + length)
        for position in (index + 1)..<end { value = (value << 6) | UInt32(bytes[position] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", end - index)
    }
}
