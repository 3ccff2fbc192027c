import Testing
import Warta
import _WartaTestSupport

/// `Corpus/persons/cases.tsv` and `Corpus/negative/persons.txt`.
@Suite("Person cases")
struct PersonCaseTests {
    static let cases = CaseTable.load("Corpus/persons/cases.tsv", minimumFields: 4)
    static let negatives = CaseTable.load("Corpus/negative/persons.txt", minimumFields: 1)

    @Test("there are at least 100 cases") func count() { #expect(Self.cases.count >= 100) }

    @Test("each text yields its person, linked to the fullest name", arguments: cases)
    func person(_ line: CaseLine) throws {
        let text = line.fields[0]
        let record = try ExtractionCases.record(text, published: "2022-06-15")
        let where_ = try #require(ExtractionCases.occurrence(line.fields[1], in: text), "\(line): surface not in text")
        let found = record.persons.first { $0.byteStart == where_.byteStart && $0.text == where_.text }
        #expect(found?.canonical == line.fields[2], "\(line): \(record.persons.map { "\($0.text)=\($0.canonical)" })")
        if line.fields[3] != "-" { #expect(found?.role == line.fields[3], "\(line): role \(found?.role ?? "nil")") }
        for mention in record.persons { #expect(ExtractionCases.slices(mention.span, text), "\(line): span of \(mention.text)") }
    }

    @Test("negative lines yield no person", arguments: negatives)
    func negative(_ line: CaseLine) throws {
        let record = try ExtractionCases.record(line.fields[0], published: "2022-06-15")
        #expect(record.persons.isEmpty, "\(line): \(record.persons.map(\.text))")
    }

    @Test("every rule reported on the cases is in the rule table of its source files")
    func rulesDocumented() throws {
        let sources = Repository.files(in: "Sources/WartaExtraction/People", suffix: ".swift").map(Repository.read).joined(separator: "\n")
        var rules = Set<String>()
        for line in Self.cases {
            rules.formUnion(try ExtractionCases.record(line.fields[0], published: "2022-06-15").persons.map(\.rule))
        }
        #expect(rules.count >= 3)
        for rule in rules.sorted() { #expect(sources.contains("`\(rule)`"), "rule \(rule) has no row in a rule table") }
    }
}
