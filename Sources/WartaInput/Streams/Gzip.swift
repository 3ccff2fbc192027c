import CWartaZlib

/// zlib's inflate behind the CWartaZlib shim; the only Swift file that talks to zlib.
///
/// A gzip file may hold several members one after another (RFC 1952 §2.2); WARC files are
/// written that way, one member per record, so a reader can start at any record. zlib stops at
/// the end of each member (`Z_STREAM_END`) and must be reset to read the next one.
final class Inflater {
    private let handle: OpaquePointer

    enum Format: Int32 {
        case gzip = 0, zlib = 1, raw = 2, gzipOrZlib = 3
    }

    enum Step {
        /// Bytes taken from the input and written to the output.
        case progress(consumed: Int, produced: Int)
        /// The stream (member) ended after taking and writing these bytes.
        case end(consumed: Int, produced: Int)
        case needsInput
    }

    init(_ format: Format) throws(InputFormatError) {
        guard let handle = warta_inflater_open(format.rawValue) else { throw InputFormatError("zlib could not allocate an inflater") }
        self.handle = handle
    }

    deinit { warta_inflater_close(handle) }

    func reset() { _ = warta_inflater_reset(handle) }

    func run(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws(InputFormatError) -> Step {
        var consumed: Int64 = 0
        var produced: Int64 = 0
        let status = warta_inflater_run(handle, input.baseAddress?.assumingMemoryBound(to: UInt8.self), Int64(input.count),
                                        &consumed, output.baseAddress?.assumingMemoryBound(to: UInt8.self),
                                        Int64(output.count), &produced)
        switch status {
        case WARTA_INFLATE_OK: return .progress(consumed: Int(consumed), produced: Int(produced))
        case WARTA_INFLATE_END: return .end(consumed: Int(consumed), produced: Int(produced))
        case WARTA_INFLATE_NEED_INPUT:
            return consumed > 0 || produced > 0 ? .progress(consumed: Int(consumed), produced: Int(produced)) : .needsInput
        case WARTA_INFLATE_MEMORY_ERROR: throw InputFormatError("zlib ran out of memory")
        default:
            let message = String(cString: warta_inflater_message(handle))
            throw InputFormatError("corrupt compressed data" + (message.isEmpty ? "" : " (\(message))"))
        }
    }

    /// The version of the zlib library in use.
    static var zlibVersion: String { String(cString: warta_zlib_version()) }
}

/// The decompressed bytes of a gzip file of one or more members, streamed: memory stays at two
/// 64 KB buffers whatever the size. A file cut short inside a member throws (naming the member
/// and the compressed offset); so do bytes after the last member that are not another member
/// (trailing zero padding is allowed).
public final class GzipByteSource: ByteSource {
    fileprivate let input: ByteReader
    private let inflater: Inflater
    fileprivate var pending = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
    fileprivate var pendingStart = 0
    fileprivate var pendingEnd = 0
    fileprivate var inMember = false
    fileprivate var finished = false
    /// Members begun so far (1 while reading the first).
    public private(set) var members = 0
    /// True after a read failed on corrupt data (not on a cut file): `skipToNextMember()` can
    /// then go on with the next member.
    public private(set) var failedOnCorruptData = false
    /// Compressed bytes taken from the underlying source so far.
    public var compressedOffset: Int { input.offset - (pendingEnd - pendingStart) }

    public init(_ source: any ByteSource) throws(InputFormatError) {
        input = ByteReader(source)
        inflater = try Inflater(.gzip)
    }

    deinit { pending.deallocate() }

    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFormatError) -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        while true {
            if pendingStart == pendingEnd {
                let chunk = try input.read(count: pending.count)
                if chunk.isEmpty {
                    if inMember {
                        throw InputFormatError("truncated gzip data: the input ends inside member \(members) (compressed byte \(compressedOffset))")
                    }
                    finished = true
                    return 0
                }
                chunk.withUnsafeBytes { pending.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: chunk.count) }
                pendingStart = 0
                pendingEnd = chunk.count
            }
            if !inMember {
                // Between members: another member, zero padding, or junk.
                if pending[pendingStart] == 0 {
                    let rest = UnsafeRawBufferPointer(rebasing: pending[pendingStart..<pendingEnd])
                    if rest.allSatisfy({ $0 == 0 }) {
                        pendingStart = pendingEnd
                        continue
                    }
                }
                if members > 0 && pending[pendingStart] != 0x1F {
                    throw InputFormatError("data after gzip member \(members) is not gzip (compressed byte \(compressedOffset))")
                }
                inMember = true
                members += 1
                if members > 1 { inflater.reset() }
            }
            let available = UnsafeRawBufferPointer(rebasing: pending[pendingStart..<pendingEnd])
            let step: Inflater.Step
            do {
                step = try inflater.run(available, into: buffer)
            } catch {
                failedOnCorruptData = true
                throw InputFormatError("\(error.message) in gzip member \(members) (compressed byte \(compressedOffset))")
            }
            switch step {
            case .progress(let consumed, let produced):
                pendingStart += consumed
                if produced > 0 { return produced }
            case .end(let consumed, let produced):
                pendingStart += consumed
                inMember = false
                if produced > 0 { return produced }
            case .needsInput:
                pendingStart = pendingEnd  // zlib holds what it took; ask for more
            }
        }
    }
}

extension GzipByteSource {
    /// After corrupt data: drops the rest of the damaged member and stops before the next gzip
    /// header (`1F 8B 08`), so reading goes on there (a WARC file holds one record per member).
    /// Returns false when no further member is found.
    public func skipToNextMember() throws(InputFormatError) -> Bool {
        failedOnCorruptData = false
        inMember = false
        // The failed step may not have moved past the damaged member's own header: look after it.
        if pendingStart < pendingEnd { pendingStart += 1 }
        while true {
            var index = pendingStart
            while index + 2 < pendingEnd {
                if pending[index] == 0x1F && pending[index + 1] == 0x8B && pending[index + 2] == 0x08 {
                    pendingStart = index
                    return true
                }
                index += 1
            }
            // Keep the last two bytes: a header may straddle the refill.
            let keep = min(2, pendingEnd - pendingStart)
            if keep > 0 { pending.baseAddress!.copyMemory(from: pending.baseAddress! + pendingEnd - keep, byteCount: keep) }
            let chunk = try input.read(count: pending.count - keep)
            pendingStart = 0
            pendingEnd = keep
            if chunk.isEmpty {
                pendingStart = pendingEnd
                finished = true
                return false
            }
            chunk.withUnsafeBytes { (pending.baseAddress! + keep).copyMemory(from: $0.baseAddress!, byteCount: chunk.count) }
            pendingEnd = keep + chunk.count
        }
    }
}

/// Writing gzip: one member per call, as WARC files hold one record per member.
public enum GzipWriter {
    /// `bytes` compressed into one gzip member (level 6, zlib's default).
    public static func member(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        let capacity = Int(warta_gzip_bound(Int64(bytes.count)))
        var output = [UInt8](repeating: 0, count: capacity)
        let written = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                warta_gzip_compress(input.baseAddress, Int64(input.count), out.baseAddress, Int64(capacity), level)
            }
        }
        precondition(written >= 0, "zlib failed to compress \(bytes.count) bytes")
        output.removeLast(capacity - Int(written))
        return output
    }
}

/// One-shot decompression of an HTTP body (`Content-Encoding: gzip` or `deflate`).
public enum Decompression {
    /// The decompressed bytes, at most `limit` of them (more throws: a zip bomb must not fill memory).
    public static func inflate(_ bytes: [UInt8], encoding: String, limit: Int) throws(InputFormatError) -> [UInt8] {
        // `deflate` in HTTP is meant to be zlib-wrapped, but some servers send raw deflate.
        let format: Inflater.Format = encoding == "deflate" ? (bytes.first.map { $0 & 0x0F == 8 } == true ? .zlib : .raw) : .gzip
        let inflater = try Inflater(format)
        var output: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { chunk.deallocate() }
        var position = 0
        while true {
            let step: Inflater.Step
            do {
                step = try bytes.withUnsafeBytes { all in
                    try inflater.run(UnsafeRawBufferPointer(rebasing: all[position...]), into: chunk)
                }
            } catch let error as InputFormatError {
                throw error
            } catch {
                throw InputFormatError("\(error)")
            }
            switch step {
            case .progress(let consumed, let produced), .end(let consumed, let produced):
                position += consumed
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<produced]))
                if output.count > limit { throw InputFormatError("the \(encoding) body inflates to more than \(limit) bytes") }
                if case .end = step { return output }
            case .needsInput:
                throw InputFormatError("the \(encoding) body is truncated")
            }
        }
    }
}
