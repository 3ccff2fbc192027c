#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Lines from a file descriptor (standard input) with `read(2)`, in bounded memory, that says
/// when it is about to wait: before blocking on a pipe with nothing ready it calls `idle`, so the
/// caller can finish and write what it holds. A slow producer (`tail -f feed.jsonl | warta
/// extract -`) then gets each record as soon as its line is in, not after a batch fills.
final class DescriptorLines {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private(set) var atEnd = false

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line without its LF (and a CR before it), or nil at the end of input.
    func next(idle: () -> Void) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                scanned = start
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            fill(idle: idle)
        }
    }

    /// The first byte that is not white space, without consuming anything; nil when there is none.
    func firstNonSpace(idle: () -> Void) -> UInt8? {
        var index = start
        while true {
            while index < buffer.count {
                if !ByteClassCLI.isSpace(buffer[index]) { return buffer[index] }
                index += 1
            }
            if atEnd { return nil }
            fill(idle: idle)
        }
    }

    /// Everything not read yet.
    func rest() -> [UInt8] {
        while !atEnd { fill(idle: {}) }
        return Array(buffer[start...])
    }

    private func fill(idle: () -> Void) {
        if start > 0 && start * 2 >= buffer.count {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if poll(&ready, 1, 0) == 0 { idle() }
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
        } while count < 0 && errno == EINTR
        buffer.removeLast(chunk - max(count, 0))
        if count <= 0 { atEnd = true }
    }
}
