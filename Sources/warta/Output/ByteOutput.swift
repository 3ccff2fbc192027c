import Warta
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A byte buffer for line-per-item output (tokens, sentences), flushed to stdout in large writes.
/// Token text is copied straight from the input bytes, escaped for JSON where needed.
struct ByteOutput {
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    init() { buffer.reserveCapacity(Self.flushSize * 2) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    mutating func append(_ value: Int) { DecimalDigits.append(value, to: &buffer) }

    /// Raw bytes (already valid in the output format).
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }

    /// Bytes as a JSON string literal.
    mutating func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(0x22)
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                append("\\u00")
                buffer.append(hex[Int(byte >> 4)])
                buffer.append(hex[Int(byte & 0xF)])
            }
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        buffer.append(0x22)
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        var output = ByteOutput()
        output.appendJSONString(text)
        return String(decoding: output.buffer, as: UTF8.self)
    }

    mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString($0) }
    }

    /// Writes out when the buffer is large (or always, when `force`).
    mutating func flush(force: Bool = false) {
        guard force || buffer.count >= Self.flushSize else { return }
        buffer.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
        buffer.removeAll(keepingCapacity: true)
    }
}
