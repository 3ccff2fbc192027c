import FoundationEssentials
import WartaText

/// Writes records as JSON with keys in the order the types encode them (Foundation's
/// `JSONEncoder` on Linux orders keys by hash, which changes between runs), so that output is
/// byte-identical across runs and across `--jobs`. Decimals are written exactly
/// (`123460000000000`). It streams straight into a byte buffer: no intermediate tree.
///
/// Warta's own record types (`ArticleRecord` and everything in it) are written by hand-written,
/// specialised code (`DirectJSONWritable`); any other `Encodable` goes through its `encode(to:)`.
/// Both produce the same bytes.
public enum RecordJSON {
    /// The JSON text of `value`: one line, or indented with two spaces when `pretty`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        try written(value, pretty: pretty).string
    }

    /// The JSON of `value` as UTF-8 bytes.
    public static func encodeBytes<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        try written(value, pretty: pretty).bytes
    }

    /// The JSON of `value` through its `Encodable` conformance only, spans included (decimals
    /// through `description`): the reference the direct writers are tested against.
    static func encodeBytesViaCodable<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        try viaCodable(value, pretty: pretty, shortcuts: false).bytes
    }

    /// `value` written by its direct writer, as bytes.
    static func directBytes(_ value: some DirectJSONWritable, pretty: Bool) -> [UInt8] {
        direct(value, pretty: pretty).bytes
    }

    /// A writer holding the JSON of `value`: from its direct writer when it has one, else through
    /// its `encode(to:)` with the shortcuts on.
    private static func written<T: Encodable>(_ value: T, pretty: Bool) throws -> JSONWriter {
        // A type comparison first: `warta extract` writes millions of article records.
        if T.self == ArticleRecord.self { return direct(unsafeBitCast(value, to: ArticleRecord.self), pretty: pretty) }
        if let value = value as? any DirectJSONWritable { return direct(value, pretty: pretty) }
        return try viaCodable(value, pretty: pretty, shortcuts: true)
    }

    private static func direct(_ value: some DirectJSONWritable, pretty: Bool) -> JSONWriter {
        let writer = JSONWriter(pretty: pretty, capacity: value.estimatedJSONSize)
        value.writeJSON(to: writer)
        return writer
    }

    /// `value` written through its `encode(to:)`; with `shortcuts`, the values inside it are
    /// written by the direct writers' code (see `JSONWriter.shortcuts`).
    private static func viaCodable<T: Encodable>(_ value: T, pretty: Bool, shortcuts: Bool) throws -> JSONWriter {
        let writer = JSONWriter(pretty: pretty, shortcuts: shortcuts)
        try writer.value(value, codingPath: [])
        return writer
    }
}
