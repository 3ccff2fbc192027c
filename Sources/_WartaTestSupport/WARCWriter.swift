import WartaInput

/// Writes small WARC files for tests: records as a crawler stores them (warcinfo, request,
/// response, metadata), plain or with one gzip member per record as `.warc.gz` files are.
public struct WARCWriter {
    public private(set) var records: [[UInt8]] = []
    private var serial = 0

    public init() {}

    /// A raw record: WARC headers (Content-Length added) and a block.
    public mutating func record(type: String, uri: String?, contentType: String?, block: [UInt8],
                                extraHeaders: [(String, String)] = []) {
        serial += 1
        var head = "WARC/1.0\r\nWARC-Type: \(type)\r\n"
        head += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(repeating: "0", count: 12 - String(serial).count))\(serial)>\r\n"
        head += "WARC-Date: 2024-05-01T10:00:00Z\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        for (name, value) in extraHeaders { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(block.count)\r\n\r\n"
        records.append(Array(head.utf8) + block + Array("\r\n\r\n".utf8))
    }

    /// An HTTP response record (preceded by its request record, as crawlers write them).
    public mutating func response(uri: String, status: Int = 200, reason: String = "OK", headers: [(String, String)],
                                  body: [UInt8], withRequest: Bool = true) {
        if withRequest {
            let request = "GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: warta-test\r\n\r\n"
            record(type: "request", uri: uri, contentType: "application/http; msgtype=request", block: Array(request.utf8))
        }
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        record(type: "response", uri: uri, contentType: "application/http; msgtype=response", block: Array(head.utf8) + body)
    }

    /// An HTML page served with status 200.
    public mutating func page(uri: String, html: String, contentType: String = "text/html; charset=utf-8") {
        response(uri: uri, headers: [("Content-Type", contentType), ("Content-Length", String(html.utf8.count))], body: Array(html.utf8))
    }

    public mutating func warcinfo() {
        record(type: "warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: warta-test\r\nformat: WARC File Format 1.0\r\n".utf8))
    }

    /// The file: plain, or one gzip member per record.
    public func bytes(gzip: Bool) -> [UInt8] {
        gzip ? records.flatMap { GzipWriter.member($0) } : records.flatMap { $0 }
    }

    /// A body in HTTP chunked transfer-encoding, in chunks of `size` bytes.
    public static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            let end = min(body.count, index + size)
            output += Array((String(end - index, radix: 16) + "\r\n").utf8) + body[index..<end] + [0x0D, 0x0A]
            index = end
        }
        return output + Array("0\r\n\r\n".utf8)
    }
}
