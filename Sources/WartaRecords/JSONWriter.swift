import FoundationEssentials
import WartaText

/// The byte buffer and layout state of one JSON encoding, shared by the direct writers
/// (`DirectJSONWritable`) and by every container of the `Codable` path (`StreamEncoder`).
/// Pretty output puts each member on its own line, indented two spaces a level, with `": "`
/// after keys; compact output has no whitespace at all.
///
/// The buffer is raw memory rather than an `[UInt8]`: appending a key or a few digits to an array
/// costs a uniqueness and capacity check plus a generic copy each time, which was most of the
/// direct writers' time. `bytes` or `string` copies the result out once.
final class JSONWriter {
    /// `used` initialised bytes of `capacity` at `storage`.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var capacity: Int
    let pretty: Bool
    /// When true, the `Codable` path writes spans, decimals, strings and integers with the direct
    /// writers' code (same bytes, faster). When false (`RecordJSON.encodeBytesViaCodable` only),
    /// it is the original encoder, sharing no value-writing code with the direct writers: spans
    /// through `Span`'s conformance, decimals through `description`, strings and integers through
    /// the original loops (`JSONWriter+Reference.swift`).
    let shortcuts: Bool
    @exclusivity(unchecked) var depth = 0

    init(pretty: Bool, shortcuts: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        self.shortcuts = shortcuts
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The JSON written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: used)) }

    /// The JSON written so far as a string, copied straight from the buffer (cheaper than
    /// `String(decoding: bytes, as: UTF8.self)`).
    var string: String {
        guard used > 0 else { return "" }
        return String(unsafeUninitializedCapacity: used) { target in
            target.baseAddress!.initialize(from: storage, count: used)
            return used
        }
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if used == capacity { grow(by: 1) }
        storage[used] = byte
        used += 1
    }

    @inline(__always)
    func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        if buffer.count > capacity - used { grow(by: buffer.count) }
        (storage + used).initialize(from: base, count: buffer.count)
        used += buffer.count
    }

    func append(contentsOf sequence: some Sequence<UInt8>) {
        for byte in sequence { append(byte) }
    }

    func append(repeating byte: UInt8, count: Int) {
        if count > capacity - used { grow(by: count) }
        (storage + used).initialize(repeating: byte, count: count)
        used += count
    }

    /// Writes up to eight bytes held in `word` (first byte in the lowest bits) with one store.
    @inline(__always)
    func append(word: UInt64, count: Int) {
        if capacity - used < 8 { grow(by: 8) }
        UnsafeMutableRawPointer(storage + used).storeBytes(of: word.littleEndian, as: UInt64.self)
        used += count
    }

    /// Makes room for `extra` more bytes, at least doubling the capacity.
    @inline(never)
    private func grow(by extra: Int) {
        let newCapacity = max(capacity * 2, used + extra)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.moveInitialize(from: storage, count: used)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    @inline(__always)
    func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    func number(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    func newline() {
        guard pretty else { return }
        append(0x0A)
        append(repeating: UInt8(ascii: " "), count: depth * 2)
    }

    /// Writes any encodable value: strings, decimals and numbers directly, others through their
    /// `encode(to:)`, closing whatever container they opened.
    func value<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        // Type comparisons, not dynamic casts: this runs for every nested value.
        if T.self == String.self { codableString(unsafeBitCast(value, to: String.self)); return }
        if T.self == Decimal.self {
            let decimal = unsafeBitCast(value, to: Decimal.self)
            if shortcuts { self.decimal(decimal) } else { decimal.isNaN ? raw("null") : number(decimal.description) }
            return
        }
        if shortcuts, T.self == Span.self { span(unsafeBitCast(value, to: Span.self)); return }
        let encoder = StreamEncoder(writer: self, codingPath: codingPath)
        try value.encode(to: encoder)
        encoder.close()
    }

    /// A string on the `Codable` path (see `shortcuts`).
    func codableString(_ text: String) {
        if shortcuts { quote(text) } else { quoteOneByteAtATime(text) }
    }

    /// An integer on the `Codable` path (see `shortcuts`).
    func codableInteger(_ value: Int) {
        if shortcuts { integer(value) } else { anyInteger(value) }
    }
}
