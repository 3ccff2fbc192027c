import FoundationEssentials
import WartaText

/// A type that writes its own JSON straight into a `JSONWriter`'s buffer: byte for byte what its
/// `Encodable` conformance writes through `RecordJSON`'s `Codable` path, without an encoder,
/// containers or coding keys. `RecordJSON` uses it for Warta's record types.
protocol DirectJSONWritable {
    /// Writes the value's JSON at the writer's current position and depth.
    func writeJSON(to writer: JSONWriter)
    /// Roughly how many bytes the JSON takes, to size the buffer once.
    var estimatedJSONSize: Int { get }
}

extension DirectJSONWritable {
    var estimatedJSONSize: Int { 256 }
}

/// The pieces direct writers are made of: objects member by member, arrays, nulls.
extension JSONWriter {
    /// Starts the next member of an object. `member` is its punctuation (`{` opening the object
    /// for the first member, `,` for the others), quoted key and colon: `",\"start\":"`. Pretty
    /// output puts the member on its own line and a space after the colon.
    @inline(__always)
    func member(_ member: StaticString) {
        if pretty { prettyMember(member) } else { raw(member) }
    }

    private func prettyMember(_ member: StaticString) {
        member.withUTF8Buffer { text in
            append(text[0])
            if text[0] == UInt8(ascii: "{") { depth += 1 }
            newline()
            append(UnsafeBufferPointer(rebasing: text.dropFirst()))
            append(UInt8(ascii: " "))
        }
    }

    /// Ends the object the first `member` opened.
    @inline(__always)
    func endObject() {
        if pretty {
            depth -= 1
            newline()
        }
        append(UInt8(ascii: "}"))
    }

    /// `elements` as a JSON array (`[]` when empty).
    func array<Element: DirectJSONWritable>(_ elements: [Element]) {
        guard !elements.isEmpty else { raw("[]"); return }
        append(UInt8(ascii: "["))
        depth += 1
        for index in elements.indices {
            if index > 0 { append(UInt8(ascii: ",")) }
            newline()
            elements[index].writeJSON(to: self)
        }
        depth -= 1
        newline()
        append(UInt8(ascii: "]"))
    }

    /// `value`, or `null` when nil (what `encodeNullable` writes).
    @inline(__always)
    func nullable<Value: DirectJSONWritable>(_ value: Value?) {
        if let value { value.writeJSON(to: self) } else { raw("null") }
    }

    func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// Opens an object with a span's five members: `text`, `start`, `end`, `byte_start`, `byte_end`.
    func spanMembers(text: String, start: Int, end: Int, byteStart: Int, byteEnd: Int) {
        member("{\"text\":"); quote(text)
        member(",\"start\":"); integer(start)
        member(",\"end\":"); integer(end)
        member(",\"byte_start\":"); integer(byteStart)
        member(",\"byte_end\":"); integer(byteEnd)
    }

    /// A span, the most frequent object in a record (same keys and order as `Span`'s `Codable`
    /// conformance).
    func span(_ span: Span) {
        spanMembers(text: span.text, start: span.start, end: span.end, byteStart: span.byteStart, byteEnd: span.byteEnd)
        endObject()
    }
}

extension Span: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) { writer.span(self) }
}

extension String: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) { writer.quote(self) }
}

extension Decimal: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) { writer.decimal(self) }
}

extension CivilDate: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) { writer.date(self) }
}
