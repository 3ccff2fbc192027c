import Testing
import WartaText
import WartaTokenizer
import _WartaTestSupport

/// Datelines, related-article lines and credits: `Corpus/segmentation/layout.tsv`.
@Suite("Article layout")
struct ArticleLayoutTests {
    static let reader = try! ArticleLayoutReader()
    static let cases = CaseTable.load("Corpus/segmentation/layout.tsv", minimumFields: 6)

    @Test("dateline, related titles, credits and body as annotated", arguments: cases)
    func layout(_ line: CaseLine) {
        let source = SourceText(line.fields[1])
        let layout = Self.reader.read(source)
        let dateline = layout.dateline.map { "\(source.text(bytes: $0.whole))|\(source.text(bytes: $0.place))|\(source.text(bytes: $0.agency))" } ?? "-"
        #expect(dateline == line.fields[2], "\(line) dateline")
        let related = layout.related.map { source.text(bytes: $0) }.joined(separator: " || ")
        #expect(related == (line.fields[3] == "-" ? "" : line.fields[3]), "\(line) related")
        let credits = layout.credits.map { "\($0.role): \(source.text(bytes: $0.name))" }.joined(separator: " || ")
        #expect(credits == (line.fields[4] == "-" ? "" : line.fields[4]), "\(line) credits")
        let firstBody = layout.body.first.map { source.text(bytes: $0).trimmingPrefixSpaces() } ?? "-"
        #expect(firstBody == line.fields[5], "\(line) first body paragraph")
    }
}

extension String {
    func trimmingPrefixSpaces() -> String { String(drop { $0 == " " }) }
}
