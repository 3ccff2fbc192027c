/// The HTML pages of a WARC file (ISO 28500; `.warc`, or `.warc.gz` with one gzip member per
/// record, as Common Crawl, Heritrix and `wget --warc-file` write), streamed record by record:
/// memory holds one record's HTTP head and, for an HTML page, its body.
///
/// Every record is counted in `counts`. Only `response` records carrying an HTTP 200 response
/// with an HTML Content-Type (`text/html`, `application/xhtml+xml`) become pages; other record
/// types, non-HTML bodies, redirects, HTTP errors and other statuses are skipped without being
/// read into memory. A record that cannot be read (bad HTTP head, bad chunking, a body that does
/// not decompress) is a `.problem` naming its record number, and reading goes on with the next
/// record; so is a record whose gzip member is corrupt (reading goes on at the next member). A
/// broken container (a gzip stream cut short, a file ending inside a record) throws from
/// `next()`, naming the record, and ends the file.
public final class WARCReader {
    private let input: ByteReader
    private let gzip: GzipByteSource?
    public private(set) var counts = WARCCounts()
    /// HTML bodies larger than this (before decoding) are skipped and counted as too large.
    public let maxBodyBytes: Int
    private var finished = false
    /// A `WARC/` line found while skipping a broken record: the next record's first line.
    private var pendingVersion: [UInt8]? = nil

    public enum Item: Sendable {
        case page(WARCPage)
        /// A record that could not be read; the reader goes on with the next.
        case problem(recordNumber: Int, message: String)
    }

    /// Bytes taken from the source so far (compressed bytes for a `.warc.gz`), for progress.
    public var inputOffset: Int { gzip?.compressedOffset ?? input.offset }

    /// Bytes of WARC read so far (after decompression).
    public var inputOffsetDecompressed: Int { input.offset }

    /// Reads `source`, decompressing it when it starts with the gzip magic number.
    public init(_ source: any ByteSource, maxBodyBytes: Int = 32 << 20) throws(InputFormatError) {
        let peeked = PeekedByteSource(source)
        if GzipByteSource.isGzip(try peeked.peek(count: 2)) {
            let gzip = try GzipByteSource(peeked)
            self.gzip = gzip
            input = ByteReader(gzip)
        } else {
            gzip = nil
            input = ByteReader(peeked)
        }
        self.maxBodyBytes = maxBodyBytes
    }

    /// The next page or problem, nil at the end of the file.
    public func next() throws(InputFormatError) -> Item? {
        while !finished {
            let number = counts.records + 1
            do {
                if let item = try nextRecord(number) { return item }
            } catch {
                let place = gzip.map { " (gzip member \($0.members), compressed byte \($0.compressedOffset))" } ?? " (byte \(input.offset))"
                // A damaged member costs its record: go on at the next member.
                if let gzip, gzip.failedOnCorruptData, (try? gzip.skipToNextMember()) == true {
                    input.discardBuffered()
                    if counts.records < number { counts.records += 1 }
                    counts.unreadable += 1
                    return .problem(recordNumber: number, message: "\(error.message); skipped to the next gzip member")
                }
                finished = true
                throw InputFormatError("record \(number)\(place): \(error.message)")
            }
        }
        return nil
    }

    /// Reads one record; returns an item for a page or a problem, nil for a skipped record or at
    /// the end (then `finished` is set).
    private func nextRecord(_ number: Int) throws(InputFormatError) -> Item? {
        let start = input.offset
        var version: [UInt8]? = pendingVersion
        pendingVersion = nil
        while version == nil, let line = try input.readLine(limit: 1 << 16) {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            version = line
            break
        }
        guard let version else {
            finished = true
            return nil
        }
        counts.records += 1
        guard version.starts(with: Array("WARC/".utf8)) else {
            counts.unreadable += 1
            try resynchronise()
            return .problem(recordNumber: number, message: "expected a WARC/1.x header line, found \"\(String(decoding: version.prefix(40), as: UTF8.self))\"; skipped to the next record")
        }
        var headers: [String: String] = [:]
        var headerBytes = 0
        while let line = try input.readLine(limit: 1 << 16), !line.isEmpty {
            headerBytes += line.count
            if headerBytes > 1 << 20 { throw InputFormatError("WARC headers longer than 1 MB") }
            guard let (name, value) = HeaderLine.split(line[...]) else { continue }
            if headers[name] == nil { headers[name] = value }
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            counts.unreadable += 1
            try resynchronise()
            return .problem(recordNumber: number, message: "WARC record without a valid Content-Length; skipped to the next record")
        }
        let type = (headers["warc-type"] ?? "").lowercased()
        let recordType = (headers["content-type"] ?? "").lowercased()
        guard type == "response" else {
            counts.otherTypes[type.isEmpty ? "untyped" : type, default: 0] += 1
            try skipBlock(length)
            return nil
        }
        guard recordType.isEmpty || recordType.hasPrefix("application/http") else {
            counts.notHTML += 1
            try skipBlock(length)
            return nil
        }
        // The HTTP head first (at most 64 KB), to decide before reading a large body.
        let head = try readBlock(min(length, 1 << 16), of: length)
        let http: HTTPHead
        do {
            guard let parsed = try HTTPHead.parse(head) else {
                counts.unreadable += 1
                try skipBlock(length - head.count)
                return .problem(recordNumber: number, message: "the HTTP head does not end within \(head.count) bytes")
            }
            http = parsed
        } catch {
            counts.unreadable += 1
            try skipBlock(length - head.count)
            return .problem(recordNumber: number, message: error.message)
        }
        switch http.status {
        case 200: break
        case 300..<400: counts.redirects += 1
        case 400..<600: counts.errors += 1
        default: counts.otherStatus += 1
        }
        guard http.status == 200 else {
            try skipBlock(length - head.count)
            return nil
        }
        let initialBody = Array(head[http.length...])
        guard Self.isHTML(http.mediaType, body: initialBody) else {
            counts.notHTML += 1
            try skipBlock(length - head.count)
            return nil
        }
        guard length - http.length <= maxBodyBytes else {
            counts.tooLarge += 1
            try skipBlock(length - head.count)
            return nil
        }
        let raw = initialBody + (try readBlock(length - head.count, of: length, already: head.count))
        let body: [UInt8]
        do {
            body = try http.decodeBody(raw, limit: maxBodyBytes * 8)
        } catch {
            counts.unreadable += 1
            return .problem(recordNumber: number, message: error.message)
        }
        counts.pages += 1
        let id = headers["warc-record-id"].map { $0.hasPrefix("<") && $0.hasSuffix(">") ? String($0.dropFirst().dropLast()) : $0 }
        let page = WARCPage(recordNumber: number, recordID: id, targetURI: headers["warc-target-uri"], crawlDate: headers["warc-date"],
                            contentType: http.headers["content-type"], body: body, recordBytes: input.offset - start)
        return .page(page)
    }

    /// HTML by media type, or, when the server sent none, by the body's first bytes.
    static func isHTML(_ mediaType: String?, body: [UInt8]) -> Bool {
        guard let mediaType, !mediaType.isEmpty else {
            let start = body.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            let lower = String(decoding: start.prefix(15), as: UTF8.self).lowercased()
            return lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html")
        }
        return mediaType == "text/html" || mediaType == "application/xhtml+xml"
    }

    private func readBlock(_ count: Int, of length: Int, already: Int = 0) throws(InputFormatError) -> [UInt8] {
        let bytes = try input.read(count: count)
        if bytes.count < count {
            throw InputFormatError("the file ends inside the record (Content-Length \(length), \(already + bytes.count) bytes present)")
        }
        return bytes
    }

    private func skipBlock(_ count: Int) throws(InputFormatError) {
        let skipped = try input.skip(count: count)
        if skipped < count { throw InputFormatError("the file ends inside the record (\(count - skipped) bytes missing)") }
    }

    /// Skips to the next line starting `WARC/`, after a record that cannot be framed; that line
    /// opens the next record.
    private func resynchronise() throws(InputFormatError) {
        while true {
            let line: [UInt8]?
            do {
                line = try input.readLine(limit: 1 << 16)
            } catch {
                try input.skipLine()
                continue
            }
            guard let line else { return }
            if line.starts(with: Array("WARC/".utf8)) {
                pendingVersion = line
                return
            }
        }
    }
}
