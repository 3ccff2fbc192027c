import Foundation
import Testing
import WartaInput
import _WartaTestSupport

/// HTML pages and WARC crawls through `warta extract`, with the pages of `Corpus/html/`.
@Suite("warta extract: pages and WARC", .serialized)
struct PageInputTests {
    /// A Corpus/html page and the metadata its `.expected.txt` header gives.
    struct Page {
        var name: String
        var html: String
        var meta: [String: String]
        /// The `published` value's first word: an ISO date or date-time.
        var published: String? { meta["published"].map { String($0.split(separator: " ")[0]) } }
    }

    static let pages: [Page] = Repository.files(in: "Corpus/html", suffix: ".html").map { path in
        let name = String(path.split(separator: "/").last!.dropLast(5))
        var meta: [String: String] = [:]
        for line in Repository.read("Corpus/html/\(name).expected.txt").split(separator: "\n") where line.hasPrefix("# ") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            meta[String(line.dropFirst(2)[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return Page(name: name, html: Repository.read(path), meta: meta)
    }

    @Test("a saved page gives a record with its title, url, site, published date and date-time; spans slice the extracted text")
    func savedPages() throws {
        #expect(Self.pages.count >= 8)
        let result = try Warta.run(["extract", "--include-text"] + Self.pages.map { "Corpus/html/\($0.name).html" })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.jsonLines.map { $0["id"] as? String } == Self.pages.map(\.name))
        for (page, record) in zip(Self.pages, result.jsonLines) {
            #expect(record["title"] as? String == page.meta["title"], "\(page.name)")
            #expect(record["url"] as? String == page.meta["url"], "\(page.name)")
            #expect(record["site"] as? String == page.meta["site"], "\(page.name)")
            let published = try #require(page.published, "\(page.name)")
            #expect(record["published"] as? String == String(published.prefix(10)), "\(page.name)")
            #expect(record["published_time"] as? String == (published.count > 10 ? published : nil), "\(page.name)")
            let text = try #require(record["text"] as? String)
            #expect(!text.isEmpty && spanProblems(record, text: text).isEmpty, "\(page.name): \(spanProblems(record, text: text))")
        }
    }

    @Test("--published wins over the page's date (and drops a date-time of another day); stdin starting with < is a page")
    func publishedAndStdin() throws {
        let page = try #require(Self.pages.first { $0.name == "kompas" })
        let flag = try Warta.run(["extract", "--published", "2021-03-10", "Corpus/html/kompas.html"])
        #expect(flag.jsonLines.first?["published"] as? String == "2021-03-10")
        #expect(flag.jsonLines.first?["published_time"] is NSNull)
        let stdin = try Warta.run(["extract", "-"], input: Array(page.html.utf8))
        #expect(stdin.status == 0, "\(stdin.stderr)")
        #expect(stdin.jsonLines.first?["title"] as? String == page.meta["title"])
        #expect(stdin.jsonLines.first?["id"] as? String == "stdin")
        let raw = try Warta.run(["extract", "--no-html", "--include-text", "-"], input: Array(page.html.utf8))
        #expect((raw.jsonLines.first?["text"] as? String)?.hasPrefix("<") == true)
    }

    /// A crawl of every Corpus/html page, each after its request record, with a redirect, a 404,
    /// an image and a metadata record among them.
    static func crawl() -> WARCWriter {
        var writer = WARCWriter()
        writer.warcinfo()
        for (index, page) in pages.enumerated() {
            writer.page(uri: "https://crawl.test/\(page.name)", html: page.html)
            if index == 2 { writer.response(uri: "https://crawl.test/lama", status: 301, reason: "Moved", headers: [("Location", "/baru")], body: []) }
            if index == 4 { writer.response(uri: "https://crawl.test/x", status: 404, reason: "Not Found", headers: [("Content-Type", "text/html")], body: Array("<p>hilang</p>".utf8)) }
            if index == 5 { writer.response(uri: "https://crawl.test/a.jpg", headers: [("Content-Type", "image/jpeg")], body: [0xFF, 0xD8, 0, 0]) }
        }
        writer.record(type: "metadata", uri: "https://crawl.test/kompas", contentType: "application/warc-fields", block: Array("outlinks: 3\r\n".utf8))
        return writer
    }

    @Test("a .warc.gz made from the pages: one record per page in order, url from the record, published from the page never the crawl; counts on stderr; --jobs does not change the bytes")
    func warc() throws {
        let root = TemporaryFiles.folder("warc")
        defer { TemporaryFiles.remove(root) }
        let writer = Self.crawl()
        try TemporaryFiles.write(root + "/crawl.warc.gz", writer.bytes(gzip: true))
        try TemporaryFiles.write(root + "/plain.warc", writer.bytes(gzip: false))
        let one = try Warta.run(["extract", "--jobs", "1", root + "/crawl.warc.gz"])
        let two = try Warta.run(["extract", "--jobs", "2", root + "/crawl.warc.gz"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdoutBytes == two.stdoutBytes)
        let records = one.jsonLines
        #expect(records.map { $0["url"] as? String } == Self.pages.map { "https://crawl.test/\($0.name)" })
        #expect(records.allSatisfy { ($0["id"] as? String)?.hasPrefix("urn:uuid:") == true })
        for (page, record) in zip(Self.pages, records) {
            #expect(record["published"] as? String == page.published.map { String($0.prefix(10)) }, "\(page.name)")
            #expect(record["title"] as? String == page.meta["title"], "\(page.name)")
        }
        #expect(!records.contains { $0["published"] as? String == "2024-05-01" })
        let count = Self.pages.count
        #expect(one.stderr.contains("crawl.warc.gz: \(2 * count + 8) record(s): \(count) HTML page(s); skipped 1 metadata, \(count + 3) request, 1 warcinfo, 1 not HTML, 1 redirect(s), 1 HTTP error(s)"), "\(one.stderr)")
        let plain = try Warta.run(["extract", "--jobs", "2", root + "/plain.warc"])
        #expect(plain.stdoutBytes == one.stdoutBytes)
    }

    @Test("a truncated .warc.gz and a binary body are named by file and record; the batch goes on; exit 1")
    func badWARC() throws {
        let root = TemporaryFiles.folder("badwarc")
        defer { TemporaryFiles.remove(root) }
        let full = Self.crawl().bytes(gzip: true)
        try TemporaryFiles.write(root + "/1-cut.warc.gz", Array(full[..<(full.count * 2 / 3)]))
        var binary = WARCWriter()
        binary.response(uri: "https://crawl.test/biner", headers: [("Content-Type", "text/html")], body: (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31) }, withRequest: false)
        binary.page(uri: "https://crawl.test/baik", html: Self.pages[0].html)
        try TemporaryFiles.write(root + "/2-binary.warc", binary.bytes(gzip: false))
        try TemporaryFiles.write(root + "/3-after.txt", "Harga naik.")
        let result = try Warta.run(["extract", root])
        #expect(result.status == 1)
        #expect(result.stderr.range(of: #"1-cut\.warc\.gz: record \d+ \(gzip member \d+, compressed byte \d+\): truncated gzip data"#, options: .regularExpression) != nil, "\(result.stderr)")
        #expect(result.stderr.contains("2-binary.warc (record 1): refused:"), "\(result.stderr)")
        let urls = result.jsonLines.map { $0["url"] as? String ?? $0["id"] as? String }
        #expect(urls.count >= 2 && urls.suffix(2) == ["https://crawl.test/baik", "3-after"], "\(urls)")
    }

    @Test("directories give their pages and crawls, not their TSV or JSON files")
    func directories() throws {
        let root = TemporaryFiles.folder("dirs")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/a.html", Self.pages[0].html)
        var writer = WARCWriter()
        writer.page(uri: "https://crawl.test/b", html: Self.pages[1].html)
        try TemporaryFiles.write(root + "/b.warc.gz", writer.bytes(gzip: true))
        try TemporaryFiles.write(root + "/c.gold.tsv", "figure\tRp5\tmoney\n")
        try TemporaryFiles.write(root + "/d.json", "{\"not\": \"an article\"}")
        let result = try Warta.run(["extract", root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.jsonLines.map { $0["id"] as? String } == ["a", "urn:uuid:00000000-0000-4000-8000-000000000002"])
    }
}
