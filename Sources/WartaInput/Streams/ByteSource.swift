#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A source of bytes read in chunks: a file, standard input, memory, or a decompressor over one
/// of those. The readers of this module (CSV, JSON arrays, WARC) pull from a source through a
/// `ByteReader`, so they work in bounded memory whatever the input's size.
public protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` and returns how many bytes were written; 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFormatError) -> Int
}

/// What is wrong with an input's format or bytes, in words for the user. It names no file: the
/// caller knows the file and adds it (`crawl.warc.gz: record 12: ...`).
public struct InputFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Bytes of an open file descriptor, read with `read(2)` (retrying on EINTR). Closes the
/// descriptor when done only if it opened it.
public final class FileByteSource: ByteSource {
    public let descriptor: Int32
    private let owned: Bool

    /// Reads an already open descriptor (0 for standard input); it stays open.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        owned = false
    }

    /// Opens `path` for reading.
    public init(path: String) throws(InputFormatError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputFormatError("cannot open: \(String(cString: strerror(errno)))") }
        self.descriptor = descriptor
        owned = true
    }

    deinit { if owned { close(descriptor) } }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFormatError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Glibc.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw InputFormatError("read error: \(String(cString: strerror(errno)))")
        }
    }
}

/// Bytes already in memory (tests, embedders holding a downloaded file).
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0
    /// At most this many bytes per read (tests use small chunks to cross every boundary).
    private let chunk: Int

    public init(_ bytes: [UInt8], chunk: Int = 1 << 16) {
        self.bytes = bytes
        self.chunk = max(1, chunk)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFormatError) -> Int {
        let count = min(buffer.count, chunk, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }
}
