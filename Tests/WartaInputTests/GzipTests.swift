import Testing
import WartaInput

/// Multi-member gzip streams through zlib: members joined, truncation and junk named.
@Suite("gzip streams")
struct GzipTests {
    static func inflate(_ bytes: [UInt8], chunk: Int = 7) throws(InputFormatError) -> [UInt8] {
        let reader = ByteReader(try GzipByteSource(MemoryByteSource(bytes, chunk: chunk)))
        return try reader.read(count: Int.max)
    }

    @Test("members are joined, whatever the chunk size", arguments: [1, 7, 65536])
    func members(chunk: Int) throws {
        let parts = (0..<5).map { index in Array(String(repeating: "rekaman \(index) ", count: 100 * index + 1).utf8) }
        let file = parts.flatMap { GzipWriter.member($0) }
        #expect(try Self.inflate(file, chunk: chunk) == parts.flatMap { $0 })
        // Zero padding after the last member is allowed.
        #expect(try Self.inflate(file + [0, 0, 0, 0], chunk: chunk) == parts.flatMap { $0 })
    }

    @Test("a truncated file names the member and offset; junk after a member is refused")
    func truncated() throws {
        let file = GzipWriter.member(Array("satu".utf8)) + GzipWriter.member(Array(String(repeating: "dua ", count: 500).utf8))
        for cut in [file.count - 1, file.count - 9, file.count - 20] {
            do {
                _ = try Self.inflate(Array(file[..<cut]))
                Issue.record("no error at cut \(cut)")
            } catch {
                #expect(error.message.contains("truncated gzip data") && error.message.contains("member 2"), "\(error.message)")
            }
        }
        #expect(throws: InputFormatError.self) { _ = try Self.inflate(file + Array("junk".utf8)) }
        // A damaged checksum (the trailer's CRC-32) is corrupt data, named as such.
        var corrupt = file
        corrupt[file.count - 6] ^= 0xFF
        do {
            _ = try Self.inflate(corrupt)
            Issue.record("no error for a bad checksum")
        } catch {
            #expect(error.message.contains("corrupt compressed data") && error.message.contains("member 2"), "\(error.message)")
        }
    }

    @Test("HTTP bodies: gzip and raw deflate; a bomb is refused at the limit; a cut body is named")
    func bodies() throws {
        let text = Array(String(repeating: "<p>Halo</p>", count: 200).utf8)
        #expect(try Decompression.inflate(GzipWriter.member(text), encoding: "gzip", limit: 1 << 20) == text)
        // A gzip member with the minimal 10-byte header and 8-byte trailer holds raw deflate.
        let member = GzipWriter.member(text)
        #expect(try Decompression.inflate(Array(member[10..<(member.count - 8)]), encoding: "deflate", limit: 1 << 20) == text)
        #expect(throws: InputFormatError.self) { _ = try Decompression.inflate(GzipWriter.member(text), encoding: "gzip", limit: 100) }
        #expect(throws: InputFormatError.self) { _ = try Decompression.inflate(Array(GzipWriter.member(text).prefix(20)), encoding: "gzip", limit: 1 << 20) }
    }
}
