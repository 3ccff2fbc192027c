import WartaText

/// Decides which encoding a page's bytes are in, before libxml2 reads them.
///
/// Order: a byte-order mark; the charset of an HTTP `Content-Type` the caller knows (a WARC
/// header); a `<meta charset>` or `http-equiv` declaration in the first 4 KB; otherwise UTF-8.
/// `latin1`/`iso-8859-1`/`ascii` are read as windows-1252, as browsers do (WHATWG Encoding).
/// Bytes declared (or assumed) UTF-8 that are not valid UTF-8: with no declaration they are read
/// as windows-1252 (the usual culprit), with a warning; declared UTF-8 with a few bad bytes has
/// them replaced by U+FFFD, with a warning. NUL bytes outside UTF-16 mean binary data: refused.
struct HTMLCharset {
    /// The encoding name to hand libxml2, and the bytes to parse (repaired or without BOM).
    var encoding: String
    var bytes: [UInt8]?
    var warnings: [String] = []

    static func decide(_ input: UnsafeRawBufferPointer, contentType: String?) throws(HTMLInputError) -> HTMLCharset {
        let bytes = input.bindMemory(to: UInt8.self)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return HTMLCharset(encoding: bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", bytes: nil)
        }
        let head = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, 4096)])
        if looksBinary(head) {
            throw HTMLInputError("binary data, not an HTML page (NUL or control bytes near the start)")
        }
        var declared: String? = nil
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            declared = "utf-8"
        } else if let contentType, let name = charsetParameter(in: Array(contentType.utf8)) {
            declared = name
        } else {
            declared = metaCharset(in: head)
        }
        let normalised = declared.map(normalise)
        if let normalised, normalised != "utf-8" {
            guard LibXML.knows(encoding: normalised) else {
                throw HTMLInputError("unknown character set '\(declared ?? "")' declared by the page")
            }
            return HTMLCharset(encoding: normalised, bytes: nil)
        }
        guard let failure = UTF8Validator.firstFailure(in: bytes) else {
            return HTMLCharset(encoding: "utf-8", bytes: nil)
        }
        if normalised == nil {
            return HTMLCharset(encoding: "windows-1252", bytes: nil, warnings: [
                "no character set declared and the page is not UTF-8 (\(failure)); read as windows-1252",
            ])
        }
        let repaired = UTF8Validator.repair(Array(bytes))
        return HTMLCharset(encoding: "utf-8", bytes: repaired.bytes, warnings: [
            "page declared UTF-8 but has \(repaired.failures.count) invalid byte sequence(s), the first \(failure); replaced with U+FFFD",
        ])
    }

    /// Lowercase name with the aliases browsers apply.
    static func normalise(_ name: String) -> String {
        let lower = name.lowercased()
        switch lower {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "ascii", "us-ascii", "cp1252",
             "x-cp1252", "windows-1252", "ansi_x3.4-1968", "cp819", "ibm819":
            return "windows-1252"
        default: return lower
        }
    }

    /// NUL or many C0 control bytes in the first 4 KB: not a text page.
    private static func looksBinary(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 20 > head.count && controls > 4
    }

    /// The value after `charset=` in a header or a `<meta>` tag near the start of the page.
    private static func metaCharset(in head: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while let meta = find("<meta", in: head, from: index) {
            let close = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let name = charsetParameter(in: Array(head[meta..<close])) { return name }
            index = close
        }
        return nil
    }

    private static func charsetParameter(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer -> String? in
            guard let start = find("charset", in: buffer, from: 0) else { return nil }
            var index = start + 7
            while index < buffer.count, buffer[index] == 0x20 { index += 1 }
            guard index < buffer.count, buffer[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            while index < buffer.count, buffer[index] == 0x20 || buffer[index] == 0x22 || buffer[index] == 0x27 { index += 1 }
            var end = index
            while end < buffer.count, isNameByte(buffer[end]) { end += 1 }
            return end > index ? String(decoding: buffer[index..<end], as: UTF8.self) : nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    /// Case-insensitive search for lowercase ASCII `needle`.
    private static func find(_ needle: StaticString, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard haystack.count >= pattern.count else { return nil }
        var index = from
        while index <= haystack.count - pattern.count {
            var offset = 0
            while offset < pattern.count, haystack[index + offset] | 0x20 == pattern[offset] { offset += 1 }
            if offset == pattern.count { return index }
            index += 1
        }
        return nil
    }
}
