import FoundationEssentials

/// Writes records as JSON with keys in the order the types declare them (Foundation's
/// `JSONEncoder` on Linux orders keys by hash, which changes between runs), so that output is
/// byte-identical across runs and across `--jobs`. Decimals are written exactly (`123460000000000`).
public enum RecordJSON {
    /// The JSON text of `value`: one line, or indented with two spaces when `pretty`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        let node = try JSONTreeEncoder.node(for: value, codingPath: [])
        var output = ""
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

    func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): JSONNode.quote(text, into: &output)
        case .array(let box):
            if box.items.isEmpty { output += "[]"; return }
            output += "["
            for (index, item) in box.items.enumerated() {
                if index > 0 { output += "," }
                if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { output += "\n" + String(repeating: "  ", count: indent) }
            output += "]"
        case .object(let box):
            if box.fields.isEmpty { output += "{}"; return }
            output += "{"
            for (index, field) in box.fields.enumerated() {
                if index > 0 { output += "," }
                if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONNode.quote(field.key, into: &output)
                output += pretty ? ": " : ":"
                field.value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { output += "\n" + String(repeating: "  ", count: indent) }
            output += "}"
        }
    }

    static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
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
