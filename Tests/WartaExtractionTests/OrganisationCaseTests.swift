import Testing
import Warta
import _WartaTestSupport

/// `Corpus/organisations/cases.tsv` and `Corpus/negative/organisations.txt`.
@Suite("Organisation cases")
struct OrganisationCaseTests {
    static let cases = CaseTable.load("Corpus/organisations/cases.tsv", minimumFields: 4)
    static let negatives = CaseTable.load("Corpus/negative/organisations.txt", minimumFields: 1)

    @Test("there are at least 200 cases") func count() { #expect(Self.cases.count >= 200) }

    @Test("each sentence yields its organisation", arguments: cases)
    func organisation(_ line: CaseLine) throws {
        let text = line.fields[0]
        let record = try ExtractionCases.record(text, published: line.fields[3])
        let where_ = try #require(ExtractionCases.occurrence(line.fields[1], in: text), "\(line): surface not in text")
        let found = record.organisations.first { $0.byteStart == where_.byteStart && $0.text == where_.text }
        #expect(found?.canonical == line.fields[2], "\(line): \(line.fields[1]) → \(record.organisations.map { "\($0.text)=\($0.canonical)" })")
        for mention in record.organisations { #expect(ExtractionCases.slices(mention.span, text), "\(line): span of \(mention.text)") }
    }

    @Test("negative lines yield no organisation", arguments: negatives)
    func negative(_ line: CaseLine) throws {
        let record = try ExtractionCases.record(line.fields[0], published: "2022-06-15")
        #expect(record.organisations.isEmpty, "\(line): \(record.organisations.map(\.text))")
    }

    @Test("the dateline agency and Baca juga lines are not story organisations")
    func outsideBody() throws {
        let text = "Jakarta (ANTARA) - Hujan turun sejak pagi.\nBaca juga: BMKG catat 27 gempa susulan"
        #expect(try ExtractionCases.record(text).organisations.isEmpty)
    }

    @Test("every rule reported on the cases is in the rule table of its source files")
    func rulesDocumented() throws {
        let sources = Repository.files(in: "Sources/WartaExtraction/Organisations", suffix: ".swift").map(Repository.read).joined(separator: "\n")
        var rules = Set<String>()
        for line in Self.cases {
            rules.formUnion(try ExtractionCases.record(line.fields[0], published: "2022-06-15").organisations.map(\.rule))
        }
        #expect(rules.count >= 3)
        for rule in rules.sorted() { #expect(sources.contains("`\(rule)`"), "rule \(rule) has no row in a rule table") }
    }
}
