import Testing
import WartaText
import WartaTokenizer
import _WartaTestSupport

/// The table-driven sentence cases of `Corpus/segmentation/sentences.tsv`.
@Suite("Sentence splitter cases")
struct SentenceCaseTests {
    static let splitter = try! SentenceSplitter()
    static let cases = CaseTable.load("Corpus/segmentation/sentences.tsv", minimumFields: 3)

    @Test("at least 100 cases")
    func enough() {
        #expect(Self.cases.count >= 100)
    }

    @Test("each case splits into exactly the expected sentences", arguments: cases)
    func sentences(_ line: CaseLine) throws {
        let source = SourceText(line.fields[1])
        let sentences = try Self.splitter.sentences(in: source).map { source.text(bytes: $0) }
        let expected = line.fields[2].split(separator: " || ", omittingEmptySubsequences: false).map(String.init)
        #expect(sentences == expected, "\(line) [\(line.fields[0])]")
    }
}
