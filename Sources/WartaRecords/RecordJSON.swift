import FoundationEssentials
import WartaText

/// Writes records as JSON with keys in the order the types encode them (Foundation's
/// `JSONEncoder` on Linux orders keys by hash, which changes between runs), so that output is
/// byte-identical across runs and across `--jobs`. Decimals are written exactly
/// (`123460000000000`). It streams straight into a byte buffer: no intermediate tree.
public enum RecordJSON {
    /// The JSON text of `value`: one line, or indented with two spaces when `pretty`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try encodeBytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The JSON of `value` as UTF-8 bytes.
    public static func encodeBytes<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let writer = JSONWriter(pretty: pretty)
        try writer.value(value, codingPath: [])
        return writer.bytes
    }
}

/// The byte buffer and layout state shared by every container of one encoding.
final class JSONWriter {
    @exclusivity(unchecked) var bytes: [UInt8] = []
    let pretty: Bool
    @exclusivity(unchecked) var depth = 0

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(4096)
    }

    func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func number(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// An integer's digits, written without making a string.
    func integer(_ value: Int) { DecimalDigits.append(value, to: &bytes) }

    func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// Writes any encodable value: strings, decimals and numbers directly, others through their
    /// `encode(to:)`, closing whatever container they opened.
    func value<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        // Type comparisons, not dynamic casts: this runs for every nested value.
        if T.self == String.self { quote(unsafeBitCast(value, to: String.self)); return }
        if T.self == Decimal.self {
            let decimal = unsafeBitCast(value, to: Decimal.self)
            decimal.isNaN ? raw("null") : number(decimal.description)
            return
        }
        if T.self == Span.self { span(unsafeBitCast(value, to: Span.self)); return }
        let encoder = StreamEncoder(writer: self, codingPath: codingPath)
        try value.encode(to: encoder)
        encoder.close()
    }

    /// A span, the most frequent object in a record, written directly (same keys and order as
    /// `Span`'s `Codable` conformance).
    func span(_ span: Span) {
        if pretty {
            let encoder = StreamEncoder(writer: self, codingPath: [])
            try? span.encode(to: encoder)
            encoder.close()
            return
        }
        raw("{\"text\":"); quote(span.text)
        raw(",\"start\":"); integer(span.start)
        raw(",\"end\":"); integer(span.end)
        raw(",\"byte_start\":"); integer(span.byteStart)
        raw(",\"byte_end\":"); integer(span.byteEnd)
        raw("}")
    }

    func double(_ value: Double) {
        guard value.isFinite else { raw("null"); return }
        if value == value.rounded(), abs(value) < 1e15 { number(String(Int(value))) } else { number(String(value)) }
    }

    /// Appends `text` as a JSON string: runs without escapes are copied whole. U+2028 and U+2029
    /// are escaped too (valid JSON, but they break JavaScript readers of JSONL).
    func quote(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let needsEscape = byte < 0x20 || byte == 0x22 || byte == 0x5C
                    || (byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9))
                if !needsEscape { index += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0xE2:
                    raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default:
                    let hex: StaticString = "0123456789abcdef"
                    raw("\\u00")
                    hex.withUTF8Buffer { digits in
                        bytes.append(digits[Int(byte >> 4)])
                        bytes.append(digits[Int(byte & 0xF)])
                    }
                }
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// An `Encoder` that writes as it goes. A value opens at most one container; `close()` ends it.
final class StreamEncoder: Encoder {
    enum Opened { case nothing, object, array, single }

    let writer: JSONWriter
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) var opened = Opened.nothing
    @exclusivity(unchecked) var count = 0

    init(writer: JSONWriter, codingPath: [any CodingKey]) {
        self.writer = writer
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if opened == .nothing {
            opened = .object
            writer.raw("{")
            writer.depth += 1
        }
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if opened == .nothing {
            opened = .array
            writer.raw("[")
            writer.depth += 1
        }
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if opened == .nothing { opened = .single }
        return Single(encoder: self)
    }

    /// Starts the next member of the open object or array.
    func nextMember() {
        if count > 0 { writer.raw(",") }
        count += 1
        writer.newline()
    }

    func key(_ key: some CodingKey) {
        nextMember()
        // Record keys are plain ASCII identifiers: no escaping needed.
        writer.bytes.append(0x22)
        writer.bytes.append(contentsOf: key.stringValue.utf8)
        writer.bytes.append(0x22)
        writer.raw(writer.pretty ? ": " : ":")
    }

    func close() {
        switch opened {
        case .object, .array:
            writer.depth -= 1
            if count > 0 { writer.newline() }
            writer.raw(opened == .object ? "}" : "]")
        case .nothing: writer.raw("null")
        case .single: break
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: StreamEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }
        mutating func encodeNil(forKey key: Key) throws { encoder.key(key); encoder.writer.raw("null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.key(key); encoder.writer.raw(value ? "true" : "false") }
        mutating func encode(_ value: String, forKey key: Key) throws { encoder.key(key); encoder.writer.quote(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { encoder.key(key); encoder.writer.integer(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { encoder.key(key); encoder.writer.double(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            encoder.key(key)
            try encoder.writer.value(value, codingPath: encoder.codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            fatalError("RecordJSON: nested containers are not used by Warta's records")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            fatalError("RecordJSON: nested containers are not used by Warta's records")
        }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: StreamEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }
        var count: Int { encoder.count }
        mutating func encodeNil() throws { encoder.nextMember(); encoder.writer.raw("null") }
        mutating func encode(_ value: Bool) throws { encoder.nextMember(); encoder.writer.raw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { encoder.nextMember(); encoder.writer.quote(value) }
        mutating func encode(_ value: Int) throws { encoder.nextMember(); encoder.writer.integer(value) }
        mutating func encode(_ value: Double) throws { encoder.nextMember(); encoder.writer.double(value) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.nextMember()
            try encoder.writer.value(value, codingPath: encoder.codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            fatalError("RecordJSON: nested containers are not used by Warta's records")
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            fatalError("RecordJSON: nested containers are not used by Warta's records")
        }
        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: StreamEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }
        mutating func encodeNil() throws { encoder.writer.raw("null") }
        mutating func encode(_ value: Bool) throws { encoder.writer.raw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { encoder.writer.quote(value) }
        mutating func encode(_ value: Int) throws { encoder.writer.integer(value) }
        mutating func encode(_ value: Double) throws { encoder.writer.double(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.writer.value(value, codingPath: encoder.codingPath) }
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional as its value or `null` (always present, unlike `encodeIfPresent`),
    /// passing the unwrapped type on so encoders can take their fast paths.
    public mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
