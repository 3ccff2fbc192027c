import Testing
import WartaInput
import _WartaTestSupport

/// WARC files made by the test's writer: pages found, everything else counted, problems named.
@Suite("WARC reading")
struct WARCReaderTests {
    static let page = "<!DOCTYPE html><html><head><title>Berita</title></head><body><p>Jakarta (ANTARA) - Harga naik.</p></body></html>"

    /// A crawl with one of each kind of record.
    static func crawl() -> WARCWriter {
        var writer = WARCWriter()
        writer.warcinfo()
        writer.page(uri: "https://example.test/berita/1", html: page)
        writer.response(uri: "https://example.test/lama", status: 301, reason: "Moved", headers: [("Location", "/baru")], body: [])
        writer.response(uri: "https://example.test/hilang", status: 404, reason: "Not Found", headers: [("Content-Type", "text/html")], body: Array("<p>tidak ada</p>".utf8))
        writer.response(uri: "https://example.test/logo.png", headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2])
        writer.record(type: "metadata", uri: "https://example.test/berita/1", contentType: "application/warc-fields", block: Array("fetchTimeMs: 12\r\n".utf8))
        let gzipped = GzipWriter.member(Array(page.utf8))
        writer.response(uri: "https://example.test/berita/2", headers: [("Content-Type", "application/xhtml+xml"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
                        body: WARCWriter.chunked(gzipped, size: 17))
        writer.response(uri: "https://example.test/berita/3", headers: [], body: Array(page.utf8), withRequest: false)
        return writer
    }

    static func read(_ bytes: [UInt8], chunk: Int = 4096, maxBodyBytes: Int = 1 << 20) throws -> (pages: [WARCPage], problems: [(Int, String)], counts: WARCCounts, error: String?) {
        let reader = try WARCReader(MemoryByteSource(bytes, chunk: chunk), maxBodyBytes: maxBodyBytes)
        var pages: [WARCPage] = []
        var problems: [(Int, String)] = []
        do {
            while let item = try reader.next() {
                switch item {
                case .page(let page): pages.append(page)
                case .problem(let number, let message): problems.append((number, message))
                }
            }
        } catch {
            return (pages, problems, reader.counts, error.message)
        }
        return (pages, problems, reader.counts, nil)
    }

    @Test("pages and counts, plain and gzipped, in small and large chunks", arguments: [false, true], [3, 65536])
    func pagesAndCounts(gzip: Bool, chunk: Int) throws {
        let (pages, problems, counts, error) = try Self.read(Self.crawl().bytes(gzip: gzip), chunk: chunk)
        #expect(error == nil && problems.isEmpty, "\(error ?? "") \(problems)")
        #expect(pages.map(\.targetURI) == ["https://example.test/berita/1", "https://example.test/berita/2", "https://example.test/berita/3"])
        #expect(pages.allSatisfy { String(decoding: $0.body, as: UTF8.self) == Self.page })
        #expect(pages.map(\.recordNumber) == [3, 12, 13])
        #expect(pages[0].recordID == "urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(pages[0].contentType == "text/html; charset=utf-8")
        #expect(counts.records == 13 && counts.pages == 3)
        #expect(counts.otherTypes == ["warcinfo": 1, "request": 5, "metadata": 1])
        #expect(counts.redirects == 1 && counts.errors == 1 && counts.notHTML == 1)
        #expect(counts.summary == "13 record(s): 3 HTML page(s); skipped 1 metadata, 5 request, 1 warcinfo, 1 not HTML, 1 redirect(s), 1 HTTP error(s)")
    }

    @Test("a truncated .warc.gz names the record and stops; the pages before it are read")
    func truncatedGzip() throws {
        let file = Self.crawl().bytes(gzip: true)
        let (pages, _, _, error) = try Self.read(Array(file[..<(file.count - 30)]))
        #expect(pages.count == 2)
        #expect(error?.hasPrefix("record 13 (gzip member 13") == true && error?.contains("truncated gzip data") == true, "\(error ?? "")")
    }

    @Test("a corrupt gzip member costs its record only: reading goes on at the next member")
    func corruptMember() throws {
        let writer = Self.crawl()
        for damaged in [2, 3, 5] {  // the first page's response, a request, the 404
            var members = writer.records.map { GzipWriter.member($0) }
            for offset in stride(from: 12, to: members[damaged].count - 8, by: 7) { members[damaged][offset] ^= 0x5A }
            let (pages, problems, _, error) = try Self.read(members.flatMap { $0 })
            #expect(error == nil, "member \(damaged): \(error ?? "")")
            #expect(problems.count == 1 && problems.first?.1.contains("skipped to the next gzip member") == true, "member \(damaged): \(problems)")
            #expect(pages.map(\.targetURI).suffix(2) == ["https://example.test/berita/2", "https://example.test/berita/3"], "member \(damaged)")
            #expect(pages.count == (damaged == 2 ? 2 : 3), "member \(damaged)")
        }
    }

    @Test("a plain WARC cut inside a record names it")
    func truncatedPlain() throws {
        let file = Self.crawl().bytes(gzip: false)
        let (pages, _, _, error) = try Self.read(Array(file[..<(file.count - 40)]))
        #expect(pages.count == 2)
        #expect(error?.hasPrefix("record 13") == true && error?.contains("ends inside the record") == true, "\(error ?? "")")
    }

    @Test("bad records are problems with their number, and reading goes on")
    func badRecords() throws {
        var writer = WARCWriter()
        writer.response(uri: "https://example.test/a", headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: Array("not gzip at all".utf8), withRequest: false)
        writer.response(uri: "https://example.test/b", headers: [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], body: Array("zz\r\nxx".utf8), withRequest: false)
        writer.record(type: "response", uri: "https://example.test/c", contentType: "application/http", block: Array("GARBAGE\r\n\r\n".utf8))
        writer.response(uri: "https://example.test/d", headers: [("Content-Type", "text/html"), ("Content-Encoding", "br")], body: [1, 2, 3], withRequest: false)
        writer.page(uri: "https://example.test/e", html: Self.page)
        let junk = Array("this is not a WARC record\nat all\n".utf8)
        for gzip in [false, true] {
            let bytes = gzip ? writer.bytes(gzip: true) : junk + writer.bytes(gzip: false)
            let (pages, problems, counts, error) = try Self.read(bytes)
            #expect(error == nil, "\(error ?? "")")
            #expect(pages.map(\.targetURI) == ["https://example.test/e"])
            let offset = gzip ? 0 : 1
            #expect(problems.map(\.0) == (gzip ? [] : [1]) + [1, 2, 3, 4].map { $0 + offset }, "\(problems)")
            #expect(problems.contains { $0.1.contains("corrupt compressed data") })
            #expect(problems.contains { $0.1.contains("bad chunk size") })
            #expect(problems.contains { $0.1.contains("not an HTTP response") })
            #expect(problems.contains { $0.1.contains("unsupported Content-Encoding \"br\"") })
            #expect(counts.unreadable == 4 + offset)
        }
    }

    @Test("a body over the limit is skipped and counted, not read")
    func tooLarge() throws {
        var writer = WARCWriter()
        writer.page(uri: "https://example.test/besar", html: "<html>" + String(repeating: "<p>panjang</p>", count: 1000) + "</html>")
        writer.page(uri: "https://example.test/kecil", html: Self.page)
        let (pages, _, counts, _) = try Self.read(writer.bytes(gzip: true), maxBodyBytes: 4096)
        #expect(pages.map(\.targetURI) == ["https://example.test/kecil"])
        #expect(counts.tooLarge == 1)
    }
}
