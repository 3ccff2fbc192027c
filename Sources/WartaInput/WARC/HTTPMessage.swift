/// The head of an HTTP response as a WARC `response` record stores it (status line, headers,
/// blank line), and the decoding of its body.
struct HTTPHead {
    var status: Int
    /// Header names lowercased; a repeated header keeps its first value.
    var headers: [String: String]
    /// Bytes of the head, blank line included: the body starts there.
    var length: Int

    /// Parses the head at the start of `bytes`, or nil when its end is not within `bytes`.
    /// Throws when the status line is not HTTP.
    static func parse(_ bytes: [UInt8]) throws(InputFormatError) -> HTTPHead? {
        guard let (headEnd, length) = findHeadEnd(bytes) else { return nil }
        // Split on LF bytes: in a Swift String, CR LF is one character.
        var lines = bytes[..<headEnd].split(separator: 0x0A, omittingEmptySubsequences: false)
        let statusLine = lines.isEmpty ? "" : String(decoding: HeaderLine.trimmed(lines.removeFirst()), as: UTF8.self)
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100...999).contains(status) else {
            throw InputFormatError("not an HTTP response (status line \"\(statusLine.prefix(60))\")")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let (name, value) = HeaderLine.split(line) else { continue }
            if headers[name] == nil { headers[name] = value }
        }
        return HTTPHead(status: status, headers: headers, length: length)
    }

    /// The index where the head's text ends and the length up to the body, at the first blank line.
    private static func findHeadEnd(_ bytes: [UInt8]) -> (Int, Int)? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < bytes.count && bytes[index + 1] == 0x0D && bytes[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    /// The media type without parameters, lowercased (`text/html`).
    var mediaType: String? {
        headers["content-type"].map { String($0.split(separator: ";").first ?? "").trimmingSpaces.lowercased() }
    }

    /// The body as the server meant it: chunks joined, gzip or deflate undone.
    func decodeBody(_ raw: [UInt8], limit: Int) throws(InputFormatError) -> [UInt8] {
        var body = raw
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try Self.dechunk(raw)
        }
        let encoding = (headers["content-encoding"] ?? "identity").lowercased().trimmingSpaces
        switch encoding {
        case "", "identity", "none": return body
        case "gzip", "x-gzip", "deflate":
            return try Decompression.inflate(body, encoding: encoding == "x-gzip" ? "gzip" : encoding, limit: limit)
        default:
            throw InputFormatError("unsupported Content-Encoding \"\(encoding)\"")
        }
    }

    /// Joins the chunks of a chunked body (RFC 9112 §7.1): hex size line, data, CRLF, ..., 0.
    static func dechunk(_ raw: [UInt8]) throws(InputFormatError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while true {
            guard let lineEnd = raw[index...].firstIndex(of: 0x0A) else {
                throw InputFormatError("chunked body cut short (no size line at byte \(index))")
            }
            let sizeText = String(decoding: raw[index..<lineEnd], as: UTF8.self)
            let hex = sizeText.split(separator: ";").first.map { $0.trimmingSpaces.filter { $0 != "\r" } } ?? ""
            guard let size = Int(hex, radix: 16), size >= 0 else {
                throw InputFormatError("bad chunk size \"\(sizeText.prefix(20))\" in a chunked body")
            }
            index = lineEnd + 1
            if size == 0 { return output }
            guard size <= raw.count - index else { throw InputFormatError("chunked body cut short (a chunk of \(size) bytes)") }
            output.append(contentsOf: raw[index..<(index + size)])
            index += size
            if index < raw.count && raw[index] == 0x0D { index += 1 }
            if index < raw.count && raw[index] == 0x0A { index += 1 }
            if index >= raw.count { return output }  // no closing 0 chunk: keep what arrived
        }
    }
}
