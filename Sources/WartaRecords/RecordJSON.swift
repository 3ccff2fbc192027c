import FoundationEssentials

/// Writes records as JSON with keys in the order the types declare them (Foundation's
/// `JSONEncoder` on Linux orders keys by hash, which changes between runs), so that output is
/// byte-identical across runs and across `--jobs`. Decimals are written exactly (`123460000000000`).
public enum RecordJSON {
    /// The JSON text of `value`: one line, or indented with two spaces when `pretty`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try encodeBytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The JSON of `value` as UTF-8 bytes.
    public static func encodeBytes<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let node = try JSONTreeEncoder.node(for: value, codingPath: [])
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        node.write(to: &output, pretty: pretty, indent: 0)
        return output
    }
}

indirect enum JSONNode {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)

    func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): JSONNode.quote(text, into: &output)
        case .array(let box):
            if box.items.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { JSONNode.newline(&output, indent + 1) }
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONNode.newline(&output, indent) }
            output.append(UInt8(ascii: "]"))
        case .object(let box):
            if box.fields.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (index, field) in box.fields.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { JSONNode.newline(&output, indent + 1) }
                JSONNode.quote(field.key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                field.value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONNode.newline(&output, indent) }
            output.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ output: inout [UInt8], _ indent: Int) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Appends `text` as a JSON string: runs without escapes are copied whole.
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            while index < bytes.count {
                let byte = bytes[index]
                var escape: [UInt8]? = nil
                var width = 1
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20: escape = [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 are valid JSON but break JavaScript readers of JSONL.
                    escape = Array("\\u202".utf8) + [bytes[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                    width = 3
                default: break
                }
                if let escape {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    output.append(contentsOf: escape)
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

final class JSONArrayBox { var items: [JSONNode] = [] }
final class JSONObjectBox {
    var fields: [(key: String, value: JSONNode)] = []
    func set(_ key: String, _ value: JSONNode) {
        if let index = fields.firstIndex(where: { $0.key == key }) { fields[index].value = value } else { fields.append((key, value)) }
    }
}

/// A minimal `Encoder` that builds a `JSONNode` tree, keeping key order.
final class JSONTreeEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var result: JSONNode = .null

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    static func node<T: Encodable>(for value: T, codingPath: [any CodingKey]) throws -> JSONNode {
        if let decimal = value as? Decimal { return decimal.isNaN ? .null : .number(decimal.description) }
        if let string = value as? String { return .string(string) }
        let encoder = JSONTreeEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.result
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing) = result { box = existing } else { box = JSONObjectBox(); result = .object(box) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = result { box = existing } else { box = JSONArrayBox(); result = .array(box) }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: JSONObjectBox
        var codingPath: [any CodingKey]
        mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: Double, forKey key: Key) throws { box.set(key.stringValue, JSONTreeEncoder.number(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.set(key.stringValue, try JSONTreeEncoder.node(for: value, codingPath: codingPath + [key]))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONObjectBox()
            box.set(key.stringValue, .object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = JSONArrayBox()
            box.set(key.stringValue, .array(nested))
            return UnkeyedContainer(box: nested, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { JSONTreeEncoder(codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { JSONTreeEncoder(codingPath: codingPath + [key]) }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: JSONArrayBox
        var codingPath: [any CodingKey]
        var count: Int { box.items.count }
        mutating func encodeNil() throws { box.items.append(.null) }
        mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
        mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
        mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
        mutating func encode(_ value: Double) throws { box.items.append(JSONTreeEncoder.number(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try JSONTreeEncoder.node(for: value, codingPath: codingPath)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONObjectBox()
            box.items.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = JSONArrayBox()
            box.items.append(.array(nested))
            return UnkeyedContainer(box: nested, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder { JSONTreeEncoder(codingPath: codingPath) }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let encoder: JSONTreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }
        mutating func encodeNil() throws { encoder.result = .null }
        mutating func encode(_ value: Bool) throws { encoder.result = .bool(value) }
        mutating func encode(_ value: String) throws { encoder.result = .string(value) }
        mutating func encode(_ value: Int) throws { encoder.result = .number(String(value)) }
        mutating func encode(_ value: Double) throws { encoder.result = JSONTreeEncoder.number(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.result = try JSONTreeEncoder.node(for: value, codingPath: codingPath) }
    }

    static func number(_ value: Double) -> JSONNode {
        guard value.isFinite else { return .null }
        if value == value.rounded(), abs(value) < 1e15 { return .number(String(Int(value))) }
        return .number(String(value))
    }
}
