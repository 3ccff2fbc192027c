/// A source whose first bytes can be looked at before deciding how to read it (gzip or not,
/// JSON or text), without losing them.
public final class PeekedByteSource: ByteSource {
    private let source: any ByteSource
    private var head: [UInt8] = []
    private var headIndex = 0

    public init(_ source: any ByteSource) { self.source = source }

    /// Up to `count` first bytes (fewer only when the input is shorter), not consumed.
    public func peek(count: Int) throws(InputFormatError) -> [UInt8] {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 8)
        defer { chunk.deallocate() }
        while head.count - headIndex < count {
            let read = try source.read(into: chunk)
            if read == 0 { break }
            head += UnsafeRawBufferPointer(rebasing: chunk[..<read])
        }
        return Array(head[headIndex..<min(head.count, headIndex + count)])
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFormatError) -> Int {
        if headIndex < head.count {
            let count = min(buffer.count, head.count - headIndex)
            head.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + headIndex, byteCount: count) }
            headIndex += count
            if headIndex == head.count {
                head = []
                headIndex = 0
            }
            return count
        }
        return try source.read(into: buffer)
    }
}
