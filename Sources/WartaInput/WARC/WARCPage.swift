/// An HTML page found in a WARC file: the body of an HTTP 200 `response` record whose
/// Content-Type is HTML, with chunked transfer-encoding and gzip/deflate content-encoding undone.
/// The crawl date (`WARC-Date`) is kept for reference only: it is when the page was fetched, not
/// when the article was published.
public struct WARCPage: Sendable {
    /// The record's position in the file, counting every record from 1.
    public var recordNumber: Int
    /// `WARC-Record-ID` without its angle brackets (`urn:uuid:...`), or nil.
    public var recordID: String?
    /// `WARC-Target-URI`: the page's address.
    public var targetURI: String?
    /// `WARC-Date`: when the page was crawled.
    public var crawlDate: String?
    /// The HTTP `Content-Type` header (`text/html; charset=windows-1252`), or nil.
    public var contentType: String?
    /// The decoded HTTP body.
    public var body: [UInt8]
    /// Bytes the record took in the (decompressed) WARC file, for progress.
    public var recordBytes: Int
}

/// What a WARC reader skipped, by reason: every record is counted once.
public struct WARCCounts: Sendable, Equatable {
    /// Every record seen.
    public var records = 0
    /// HTML pages handed out.
    public var pages = 0
    /// Records of other WARC types, by type (`request`, `metadata`, `warcinfo`, `revisit`, ...).
    public var otherTypes: [String: Int] = [:]
    /// Responses with a non-HTML body (images, scripts, PDFs, DNS records, ...).
    public var notHTML = 0
    /// Responses with a 3xx status.
    public var redirects = 0
    /// Responses with a 4xx or 5xx status.
    public var errors = 0
    /// Responses with another status than 200 (1xx, 204, 206, ...).
    public var otherStatus = 0
    /// HTML responses larger than the reader's limit.
    public var tooLarge = 0
    /// Records reported as problems (bad HTTP, bad encoding, cut short).
    public var unreadable = 0

    public init() {}

    public var skipped: Int { otherTypes.values.reduce(0, +) + notHTML + redirects + errors + otherStatus + tooLarge }

    public mutating func add(_ other: WARCCounts) {
        records += other.records
        pages += other.pages
        for (type, count) in other.otherTypes { otherTypes[type, default: 0] += count }
        notHTML += other.notHTML
        redirects += other.redirects
        errors += other.errors
        otherStatus += other.otherStatus
        tooLarge += other.tooLarge
        unreadable += other.unreadable
    }

    /// One line for a batch summary: `12 records: 3 HTML pages; skipped 3 request, 2 metadata, ...`.
    public var summary: String {
        var skips: [String] = otherTypes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        if notHTML > 0 { skips.append("\(notHTML) not HTML") }
        if redirects > 0 { skips.append("\(redirects) redirect(s)") }
        if errors > 0 { skips.append("\(errors) HTTP error(s)") }
        if otherStatus > 0 { skips.append("\(otherStatus) other status") }
        if tooLarge > 0 { skips.append("\(tooLarge) too large") }
        var text = "\(records) record(s): \(pages) HTML page(s)"
        if !skips.isEmpty { text += "; skipped " + skips.joined(separator: ", ") }
        if unreadable > 0 { text += "; \(unreadable) unreadable" }
        return text
    }
}
