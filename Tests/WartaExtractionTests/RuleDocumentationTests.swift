import Testing
import Warta
import _WartaTestSupport

/// Every rule name that the case files make the extractors report is documented, with an
/// example, in the rule table of the source file that implements it.
@Suite("Rule documentation")
struct RuleDocumentationTests {
    static let sources: String = ["Figures", "Dates"].flatMap { folder in
        Repository.files(in: "Sources/WartaExtraction/" + folder, suffix: ".swift").map(Repository.read)
    }.joined(separator: "\n")

    @Test("every rule reported on the cases is in a rule table")
    func documented() throws {
        var rules = Set<String>()
        for testCase in ExtractionCase.load("Corpus/figures", fields: 6) + ExtractionCase.load("Corpus/dates", fields: 3) {
            let record = try Shared.analyzer.analyze(text: testCase.input, published: testCase.published)
            rules.formUnion(record.figures.map(\.rule))
            rules.formUnion(record.dates.map(\.rule))
        }
        #expect(rules.count >= 30)
        for rule in rules.sorted() {
            let documented = Self.sources.contains("`\(rule)`") || (rule.hasSuffix(".range") && Self.sources.contains("`*.range`"))
            #expect(documented, "rule \(rule) has no row in a rule table")
        }
    }
}
