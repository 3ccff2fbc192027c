import FoundationEssentials
import Warta
import _WartaTestSupport

/// One table-driven extraction case: an input sentence, its reference date and every entity it
/// must yield (lines with the same input, or `"` in the input column, belong to one case).
struct ExtractionCase: Sendable, CustomStringConvertible {
    let input: String
    let published: CivilDate?
    /// The first line of the case, for messages.
    let where_: String
    /// The expected entities, each as its fields after the input column.
    let expected: [[String]]

    var description: String { "\(where_) \(input)" }

    /// Cases of every `.tsv` file in `folder`. A `# published: YYYY-MM-DD` header line sets the
    /// reference date for the lines after it; a line's optional extra column `published=...`
    /// overrides it.
    static func load(_ folder: String, fields: Int) -> [ExtractionCase] {
        var cases: [ExtractionCase] = []
        for file in Repository.files(in: folder, suffix: ".tsv") {
            var published: CivilDate?
            var pending: (input: String, published: CivilDate?, where_: String, expected: [[String]])?
            func flush() {
                if let pending { cases.append(ExtractionCase(input: pending.input, published: pending.published, where_: pending.where_, expected: pending.expected)) }
                pending = nil
            }
            for (offset, raw) in Repository.read(file).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
                if line.hasPrefix("# published:") {
                    flush()
                    published = CivilDate(iso: line.dropFirst("# published:".count).trimmingCharacters(in: " "))
                    continue
                }
                if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                var columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                var linePublished = published
                if let last = columns.last, last.hasPrefix("published=") {
                    linePublished = CivilDate(iso: last.dropFirst("published=".count))
                    columns.removeLast()
                }
                let input = columns[0] == "\"" ? (pending?.input ?? "") : columns[0]
                let entity = Array(columns.dropFirst()) + Array(repeating: "<missing field>", count: max(0, fields - columns.count + 1))
                if let current = pending, current.input == input, current.published == linePublished {
                    pending!.expected.append(entity)
                } else {
                    flush()
                    pending = (input, linePublished, "\(file):\(offset + 1)", [entity])
                }
            }
            flush()
        }
        return cases
    }

    /// Lines of a negative file (`#` comments skipped) with the file's `# published:` date.
    static func negatives(_ relative: String) -> [(text: String, published: CivilDate?)] {
        var published: CivilDate?
        var lines: [(String, CivilDate?)] = []
        for raw in Repository.read(relative).split(separator: "\n") {
            if raw.hasPrefix("# published:") { published = CivilDate(iso: raw.dropFirst("# published:".count).trimmingCharacters(in: " ")) }
            if raw.hasPrefix("#") || raw.allSatisfy({ $0 == " " }) { continue }
            lines.append((String(raw), published))
        }
        return lines
    }

    /// The byte range of `surface` (or `surface@N`, its N-th occurrence) in the input.
    func range(of surface: String) -> Range<Int>? {
        var needle = surface
        var occurrence = 1
        if let at = surface.lastIndex(of: "@"), let n = Int(surface[surface.index(after: at)...]) {
            needle = String(surface[..<at])
            occurrence = n
        }
        let haystack = Array(input.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            seen += 1
            if seen == occurrence { return start..<(start + pattern.count) }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

/// The analyser the extraction tests share (dates and figures only, so cases run fast).
enum Shared {
    static let analyzer = try! Analyzer(types: ["dates", "figures"])

    /// Normalises a decimal for comparison: `14.680` → `14.68`.
    static func number(_ value: Decimal?) -> String {
        guard let value else { return "-" }
        return plain("\(value)")
    }

    static func plain(_ text: String) -> String {
        guard text != "-", text.contains(".") else { return text }
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }
}
