/// Converts ascending UTF-8 byte offsets to code-point offsets in one pass, without the table
/// `SourceText` builds: for streaming very large inputs in constant extra memory.
public struct OffsetCursor {
    private var byte = 0
    private var codePoint = 0

    public init() {}

    /// The code-point offset of `target`, which must not be less than the previous call's.
    public mutating func codePoint(at target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(target >= byte, "OffsetCursor offsets must ascend")
        var count = codePoint
        var index = byte
        while index < target {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        byte = target
        codePoint = count
        return count
    }
}
