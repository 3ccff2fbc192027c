/// The UTF-8 bytes of one document and the map from UTF-8 byte offsets to Unicode code-point
/// offsets. Every span Warta reports is computed against one `SourceText`, so slicing the original
/// input with a span's `start..<end` (code points, as Python and spaCy count) or
/// `byteStart..<byteEnd` (UTF-8 bytes) gives back exactly the span's text.
public struct SourceText: Sendable {
    /// The document's bytes, valid UTF-8.
    public let bytes: [UInt8]
    /// Byte offsets of every UTF-8 continuation byte, ascending. Empty for ASCII text.
    private let continuationBytes: [Int]

    /// Wraps bytes already known to be valid UTF-8 (see `UTF8Validator`).
    public init(validatedBytes bytes: [UInt8]) {
        self.bytes = bytes
        var continuations: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] & 0xC0 == 0x80 {
                continuations.append(index)
            }
        }
        self.continuationBytes = continuations
    }

    /// Wraps a Swift string (always valid UTF-8).
    public init(_ string: String) {
        self.init(validatedBytes: Array(string.utf8))
    }

    /// Number of UTF-8 bytes.
    public var byteCount: Int { bytes.count }

    /// True when every byte is ASCII, so code-point and byte offsets coincide.
    public var isASCII: Bool { continuationBytes.isEmpty && !bytes.contains { $0 >= 0x80 } }

    /// The whole document as a Swift string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The code-point offset of the character starting at UTF-8 byte offset `byte`.
    @inlinable
    public func codePointOffset(ofByte byte: Int) -> Int {
        byte - continuationCount(before: byte)
    }

    /// How many continuation bytes lie before `byte`.
    public func continuationCount(before byte: Int) -> Int {
        if continuationBytes.isEmpty { return 0 }
        var low = 0
        var high = continuationBytes.count
        while low < high {
            let middle = (low + high) / 2
            if continuationBytes[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The exact text between two byte offsets.
    public func text(bytes range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// A span over `range` (UTF-8 byte offsets), carrying its exact text.
    public func span(bytes range: Range<Int>) -> Span {
        Span(
            text: text(bytes: range),
            start: codePointOffset(ofByte: range.lowerBound),
            end: codePointOffset(ofByte: range.upperBound),
            byteStart: range.lowerBound,
            byteEnd: range.upperBound
        )
    }
}
