import Testing
import Warta
import _WartaTestSupport

/// `Corpus/quotes/cases.tsv` and `Corpus/negative/quotes.txt`.
@Suite("Quote cases")
struct QuoteCaseTests {
    static let cases = CaseTable.load("Corpus/quotes/cases.tsv", minimumFields: 4)
    static let negatives = CaseTable.load("Corpus/negative/quotes.txt", minimumFields: 1)

    @Test("there are at least 200 cases") func count() { #expect(Self.cases.count >= 200) }

    @Test("each text yields its quote, speaker and cue", arguments: cases)
    func quote(_ line: CaseLine) throws {
        let text = line.fields[0]
        let record = try ExtractionCases.record(text, published: "2022-06-15")
        let found = record.quotes.first { $0.text == line.fields[1] }
        #expect(found != nil, "\(line): \(record.quotes.map(\.text))")
        guard let found else { return }
        #expect((found.speaker?.name ?? "-") == line.fields[2], "\(line): speaker \(found.speaker?.name ?? "-")")
        #expect(found.verb?.lowercased() == line.fields[3].lowercased(), "\(line): cue \(found.verb ?? "nil")")
        for quote in record.quotes {
            #expect(ExtractionCases.slices(quote.span, text), "\(line): span of \(quote.text)")
            if let speaker = quote.speakerSpan { #expect(ExtractionCases.slices(speaker, text)) }
        }
    }

    @Test("negative lines yield no quote", arguments: negatives)
    func negative(_ line: CaseLine) throws {
        let record = try ExtractionCases.record(line.fields[0], published: "2022-06-15")
        #expect(record.quotes.isEmpty, "\(line): \(record.quotes.map(\.text))")
    }

    @Test("every rule reported on the cases is in the rule table of its source files")
    func rulesDocumented() throws {
        let sources = Repository.files(in: "Sources/WartaExtraction/Quotes", suffix: ".swift").map(Repository.read).joined(separator: "\n")
        var rules = Set<String>()
        for line in Self.cases {
            rules.formUnion(try ExtractionCases.record(line.fields[0], published: "2022-06-15").quotes.map(\.rule))
        }
        #expect(rules.count >= 3)
        for rule in rules.sorted() { #expect(sources.contains("`\(rule)`"), "rule \(rule) has no row in a rule table") }
    }
}
