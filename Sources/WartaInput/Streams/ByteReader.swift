/// Buffered reading from a `ByteSource`: bytes, lines and counted blocks, keeping at most one
/// buffer (64 KB, or the longest line or block asked for) in memory. Counts the bytes consumed,
/// so readers can say where in the input something went wrong.
public final class ByteReader {
    private let source: any ByteSource
    private var storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var reachedEnd = false
    /// Bytes handed out or skipped so far.
    public private(set) var offset = 0

    public init(_ source: any ByteSource, capacity: Int = 1 << 16) {
        self.source = source
        storage = .allocate(byteCount: max(capacity, 16), alignment: 8)
    }

    deinit { storage.deallocate() }

    /// The next byte, or nil at the end.
    @inline(__always)
    public func next() throws(InputFormatError) -> UInt8? {
        if start == end {
            guard try fill() else { return nil }
        }
        let byte = storage[start]
        start += 1
        offset += 1
        return byte
    }

    /// The next byte without consuming it.
    public func peek() throws(InputFormatError) -> UInt8? {
        if start == end {
            guard try fill() else { return nil }
        }
        return storage[start]
    }

    /// True when nothing is left.
    public func atEnd() throws(InputFormatError) -> Bool { try peek() == nil }

    /// The next line without its LF (and a CR before it), or nil at the end. A line longer than
    /// `limit` bytes throws, so a file with no line breaks cannot fill memory.
    public func readLine(limit: Int) throws(InputFormatError) -> [UInt8]? {
        var scanned = start
        while true {
            if let newline = UnsafeRawBufferPointer(rebasing: storage[scanned..<end]).firstIndex(of: 0x0A) {
                let lineEnd = scanned + newline
                var contentEnd = lineEnd
                if contentEnd > start && storage[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                let line = Array(UnsafeRawBufferPointer(rebasing: storage[start..<contentEnd]))
                offset += lineEnd + 1 - start
                start = lineEnd + 1
                return line
            }
            if end - start > limit { throw InputFormatError("a line longer than \(limit) bytes") }
            let seen = end - start
            guard try fill(keeping: true) else {
                guard start < end else { return nil }
                let line = Array(UnsafeRawBufferPointer(rebasing: storage[start..<end]))
                offset += end - start
                start = end
                return line
            }
            scanned = start + seen
        }
    }

    /// Drops whatever is buffered (after the source was repositioned underneath).
    public func discardBuffered() {
        offset += end - start
        start = end
    }

    /// Skips through the next LF (or to the end).
    public func skipLine() throws(InputFormatError) {
        while true {
            if start == end {
                guard try fill() else { return }
            }
            if let newline = UnsafeRawBufferPointer(rebasing: storage[start..<end]).firstIndex(of: 0x0A) {
                offset += newline + 1
                start += newline + 1
                return
            }
            offset += end - start
            start = end
        }
    }

    /// Up to `count` bytes (fewer only at the end of the input).
    public func read(count: Int) throws(InputFormatError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, 1 << 24))
        while result.count < count {
            if start == end {
                guard try fill() else { break }
            }
            let take = min(count - result.count, end - start)
            result.append(contentsOf: UnsafeRawBufferPointer(rebasing: storage[start..<(start + take)]))
            start += take
            offset += take
        }
        return result
    }

    /// Skips up to `count` bytes; returns how many were skipped (fewer only at the end).
    @discardableResult
    public func skip(count: Int) throws(InputFormatError) -> Int {
        var skipped = 0
        while skipped < count {
            if start == end {
                guard try fill() else { break }
            }
            let take = min(count - skipped, end - start)
            start += take
            offset += take
            skipped += take
        }
        return skipped
    }

    /// Reads more from the source. Without `keeping`, the buffer is empty and is reused from its
    /// start; with it, unread bytes move to the front and the buffer doubles when full.
    private func fill(keeping: Bool = false) throws(InputFormatError) -> Bool {
        if reachedEnd { return false }
        if start == end {
            start = 0
            end = 0
        } else if keeping && start > 0 {
            let count = end - start
            storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: count)
            start = 0
            end = count
        }
        if end == storage.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: storage.count * 2, alignment: 8)
            larger.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: end)
            storage.deallocate()
            storage = larger
        }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: storage[end...]))
        if count == 0 {
            reachedEnd = true
            return false
        }
        end += count
        return true
    }
}
