import FoundationEssentials

/// The `Codable` path of `RecordJSON`, for types without a direct writer: an `Encoder` that
/// writes into a `JSONWriter` as it goes. A value opens at most one container; `close()` ends it.
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
        writer.append(0x22)
        writer.append(contentsOf: key.stringValue.utf8)
        writer.append(0x22)
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
        mutating func encode(_ value: String, forKey key: Key) throws { encoder.key(key); encoder.writer.codableString(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { encoder.key(key); encoder.writer.codableInteger(value) }
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
        mutating func encode(_ value: String) throws { encoder.nextMember(); encoder.writer.codableString(value) }
        mutating func encode(_ value: Int) throws { encoder.nextMember(); encoder.writer.codableInteger(value) }
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
        mutating func encode(_ value: String) throws { encoder.writer.codableString(value) }
        mutating func encode(_ value: Int) throws { encoder.writer.codableInteger(value) }
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
