import Testing
import Warta
import _WartaTestSupport

/// Shared by the organisation, person and quote case tests: one analyser, and helpers that find
/// the N-th occurrence of a surface (`SURFACE@N`) and check a span slices back to its text.
enum ExtractionCases {
    static let analyzer = try! Analyzer(types: ["organisations", "persons", "quotes"])

    static func record(_ text: String, published: String? = nil) throws -> ArticleRecord {
        try analyzer.analyze(text: text, published: published.flatMap { CivilDate(iso: $0) })
    }

    /// The byte offset of the N-th occurrence of `surface` (`Johnny@2`) in `text`.
    static func occurrence(_ surface: String, in text: String) -> (text: String, byteStart: Int)? {
        var name = surface
        var wanted = 1
        if let at = surface.lastIndex(of: "@"), let number = Int(surface[surface.index(after: at)...]) {
            name = String(surface[..<at])
            wanted = number
        }
        let bytes = Array(text.utf8)
        let needle = Array(name.utf8)
        var seen = 0
        var index = 0
        while index + needle.count <= bytes.count {
            if Array(bytes[index..<index + needle.count]) == needle {
                seen += 1
                if seen == wanted { return (name, index) }
            }
            index += 1
        }
        return nil
    }

    /// True when `span` slices `text` back to `span.text`, by code points and by bytes.
    static func slices(_ span: Span, _ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard span.end <= scalars.count else { return false }
        let byCodePoint = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        let byByte = String(decoding: Array(text.utf8)[span.byteStart..<span.byteEnd], as: UTF8.self)
        return byCodePoint == span.text && byByte == span.text
    }
}
