import Warta

/// Checks the promises Warta makes about spans, for property and adversarial tests. Each check
/// returns a list of human-readable violations (empty when all holds), so a test can report them.
public enum SpanInvariants {
    /// The code-point offset of every byte offset that starts a scalar (and of the end).
    /// (-1 at continuation bytes.)
    static func codePointTable(_ bytes: [UInt8]) -> [Int] {
        var table = [Int](repeating: -1, count: bytes.count + 1)
        var codePoint = 0
        for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            table[index] = codePoint
            codePoint += 1
        }
        table[bytes.count] = codePoint
        return table
    }

    /// Every span-shaped value (`text`, `start`, `end`, `byteStart`, `byteEnd`) found anywhere in a
    /// record (by reflection, so extractors' entity types are covered as they land) slices `source`
    /// back to its text, in bytes and in code points. (Reflection rather than parsing the JSON:
    /// corelibs Foundation's `JSONSerialization` drops a U+FEFF that follows an escape sequence.)
    public static func recordSpans(_ record: ArticleRecord, source: SourceText) -> [String] {
        let table = codePointTable(source.bytes)
        var problems: [String] = []
        func walk(_ value: Any, _ path: String) {
            let mirror = Mirror(reflecting: value)
            var fields: [String: Any] = [:]
            for child in mirror.children { if let label = child.label { fields[label] = child.value } }
            if let text = fields["text"] as? String, let start = fields["start"] as? Int, let end = fields["end"] as? Int,
               let byteStart = fields["byteStart"] as? Int, let byteEnd = fields["byteEnd"] as? Int {
                problems += check(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd,
                                  source: source, table: table, at: path)
            }
            for (index, child) in mirror.children.enumerated() {
                if child.value is String || child.value is Int { continue }
                walk(child.value, path + "." + (child.label ?? String(index)))
            }
        }
        walk(record, "record")
        return problems
    }

    /// Spans in one pass, sharing the offset table.
    public static func check(_ spans: [Span], source: SourceText, name: String) -> [String] {
        let table = codePointTable(source.bytes)
        return spans.enumerated().flatMap { index, span in
            check(text: span.text, start: span.start, end: span.end, byteStart: span.byteStart, byteEnd: span.byteEnd,
                  source: source, table: table, at: "\(name)[\(index)]")
        }
    }

    /// One span against its source.
    public static func check(_ span: Span, source: SourceText, at path: String) -> [String] {
        check(text: span.text, start: span.start, end: span.end, byteStart: span.byteStart, byteEnd: span.byteEnd,
              source: source, table: codePointTable(source.bytes), at: path)
    }

    static func check(text: String, start: Int, end: Int, byteStart: Int, byteEnd: Int, source: SourceText,
                      table: [Int], at path: String) -> [String] {
        guard 0 <= byteStart, byteStart <= byteEnd, byteEnd <= source.byteCount else {
            return ["\(path): bytes \(byteStart)..<\(byteEnd) outside 0..<\(source.byteCount)"]
        }
        var problems: [String] = []
        let cpStart = table[byteStart], cpEnd = table[byteEnd]
        guard cpStart >= 0, cpEnd >= 0 else {
            return ["\(path): bytes \(byteStart)..<\(byteEnd) cut a character"]
        }
        if cpStart != start || cpEnd != end {
            problems.append("\(path): code points \(start)..<\(end), expected \(cpStart)..<\(cpEnd)")
        }
        if source.text(bytes: byteStart..<byteEnd) != text {
            problems.append("\(path): text \(text.debugDescription) is not the slice \(source.text(bytes: byteStart..<byteEnd).debugDescription)")
        }
        return problems
    }

    /// Byte ranges that must be non-empty, ascending, non-overlapping, within `0..<count` and on
    /// scalar boundaries.
    public static func orderedRanges(_ ranges: [Range<Int>], in bytes: [UInt8], name: String) -> [String] {
        var problems: [String] = []
        var previousEnd = 0
        for (index, range) in ranges.enumerated() {
            if range.isEmpty { problems.append("\(name)[\(index)] is empty at \(range.lowerBound)") }
            if range.lowerBound < previousEnd { problems.append("\(name)[\(index)] \(range) overlaps or precedes the previous (ends \(previousEnd))") }
            if range.upperBound > bytes.count { problems.append("\(name)[\(index)] \(range) ends past \(bytes.count)") ; continue }
            for edge in [range.lowerBound, range.upperBound] where edge < bytes.count && bytes[edge] & 0xC0 == 0x80 {
                problems.append("\(name)[\(index)] \(range) cuts a character at byte \(edge)")
            }
            previousEnd = max(previousEnd, range.upperBound)
        }
        return problems
    }

    /// True for what Warta treats as white space between tokens and around sentences.
    public static func isSpaceOrInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || MatchingFold.fold(scalar) == nil || MatchingFold.fold(scalar) == " "
    }

    /// Sentences tile the body: in order, not overlapping, each inside one body paragraph, trimmed,
    /// and every character of a paragraph that is not white space lies in exactly one sentence.
    public static func sentencesTile(_ sentences: [Range<Int>], body: [Range<Int>], source: SourceText) -> [String] {
        var problems = orderedRanges(sentences, in: source.bytes, name: "sentence")
        var covered = [UInt8](repeating: 0, count: source.byteCount)
        for (index, sentence) in sentences.enumerated() where sentence.upperBound <= source.byteCount {
            if !body.contains(where: { $0.lowerBound <= sentence.lowerBound && sentence.upperBound <= $0.upperBound }) {
                problems.append("sentence[\(index)] \(sentence) is not inside one body paragraph")
            }
            let scalars = Array(source.text(bytes: sentence).unicodeScalars)
            if let first = scalars.first, let last = scalars.last, isSpaceOrInvisible(first) || isSpaceOrInvisible(last) {
                problems.append("sentence[\(index)] \(source.text(bytes: sentence).debugDescription) is not trimmed")
            }
            for byte in sentence { covered[byte] &+= 1 }
        }
        for paragraph in body {
            var index = paragraph.lowerBound
            for scalar in source.text(bytes: paragraph).unicodeScalars {
                if !isSpaceOrInvisible(scalar) && covered[index] != 1 {
                    problems.append("\(scalar.escaped(asASCII: true)) at byte \(index) is in \(covered[index]) sentences")
                }
                index += UTF8.width(scalar)
            }
        }
        return problems
    }
}
