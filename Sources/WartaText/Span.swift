/// A stretch of a document: its exact text and where it lies, in Unicode code points
/// (`start`, `end`: Python's `text[start:end]`) and in UTF-8 bytes (`byteStart`, `byteEnd`).
public struct Span: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int

    public init(text: String, start: Int, end: Int, byteStart: Int, byteEnd: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    /// The UTF-8 byte range.
    public var byteRange: Range<Int> { byteStart..<byteEnd }

    /// The same stretch as a range of `String.Index` in `string`, the string the span was made from.
    public func range(in string: String) -> Range<String.Index> {
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: byteStart)
        let upper = utf8.index(lower, offsetBy: byteEnd - byteStart)
        return lower..<upper
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end
        case byteStart = "byte_start"
        case byteEnd = "byte_end"
    }
}
