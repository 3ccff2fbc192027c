import Warta

/// What every fuzz target shares: turning fuzzer bytes into Warta's input, and invariant checks
/// that trap (so libFuzzer records the input) when a promise is broken.
public enum Fuzz {
    /// One analyser for the whole run, as an embedder would hold it.
    public static let analyzer: Analyzer = {
        do { return try Analyzer() } catch { fatalError("cannot build the analyser: \(error)") }
    }()

    /// Raw fuzzer bytes as source text: valid UTF-8 passes as it is, anything else is repaired
    /// the way `warta --lossy` does (Warta's library only ever sees valid UTF-8).
    public static func source(_ data: UnsafePointer<UInt8>, _ size: Int) -> SourceText {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        if bytes.withUnsafeBufferPointer({ UTF8Validator.firstFailure(in: $0) }) == nil {
            return SourceText(validatedBytes: bytes)
        }
        return SourceText(validatedBytes: UTF8Validator.repair(bytes).bytes)
    }

    /// Traps with `message` unless `condition` holds.
    @inline(__always)
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }

    /// Byte ranges are non-empty, ascending, not overlapping, inside the input, on scalar boundaries.
    public static func requireOrdered(_ ranges: [Range<Int>], in source: SourceText, _ what: String) {
        var previousEnd = 0
        for range in ranges {
            require(!range.isEmpty, "\(what) \(range) is empty")
            require(range.lowerBound >= previousEnd, "\(what) \(range) overlaps the previous (ends \(previousEnd))")
            require(range.upperBound <= source.byteCount, "\(what) \(range) ends past \(source.byteCount)")
            for edge in [range.lowerBound, range.upperBound] where edge < source.byteCount {
                require(source.bytes[edge] & 0xC0 != 0x80, "\(what) \(range) cuts a character")
            }
            previousEnd = range.upperBound
        }
    }

    /// A span slices its source back to its text, in bytes and in code points.
    public static func requireSpan(_ span: Span, in source: SourceText, _ what: String) {
        require(span.byteStart >= 0 && span.byteStart <= span.byteEnd && span.byteEnd <= source.byteCount, "\(what) bytes out of range")
        require(source.text(bytes: span.byteRange) == span.text, "\(what) text differs from its slice")
        require(source.codePointOffset(ofByte: span.byteStart) == span.start
                && source.codePointOffset(ofByte: span.byteEnd) == span.end, "\(what) code points wrong")
        let scalars = source.string.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: span.start)
        let upper = scalars.index(lower, offsetBy: span.end - span.start)
        require(String(scalars[lower..<upper]) == span.text, "\(what) code-point slice differs")
    }

    /// Every span-shaped value in a record (found by reflection, so new extractors are covered).
    public static func requireRecordSpans(_ record: ArticleRecord, in source: SourceText) {
        func walk(_ value: Any, _ path: String) {
            let mirror = Mirror(reflecting: value)
            var fields: [String: Any] = [:]
            for child in mirror.children { if let label = child.label { fields[label] = child.value } }
            if let text = fields["text"] as? String, let start = fields["start"] as? Int, let end = fields["end"] as? Int,
               let byteStart = fields["byteStart"] as? Int, let byteEnd = fields["byteEnd"] as? Int {
                requireSpan(Span(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd), in: source, path)
            }
            for (index, child) in mirror.children.enumerated() where !(child.value is String || child.value is Int) {
                walk(child.value, path + "." + (child.label ?? String(index)))
            }
        }
        walk(record, "record")
    }
}
