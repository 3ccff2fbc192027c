import FoundationEssentials
import Testing
import Warta
import _WartaTestSupport

/// The date cases of `Corpus/dates/*.tsv` and the lines of `Corpus/negative/dates.txt`.
@Suite("Date cases")
struct DateCaseTests {
    static let cases = ExtractionCase.load("Corpus/dates", fields: 3)

    @Test("at least 300 expected dates")
    func enough() {
        #expect(Self.cases.reduce(0) { $0 + $1.expected.count } >= 300)
    }

    @Test("each case yields exactly its dates", arguments: cases)
    func dates(_ testCase: ExtractionCase) throws {
        let record = try Shared.analyzer.analyze(text: testCase.input, published: testCase.published)
        var unmatched = record.dates
        for fields in testCase.expected {
            let (surface, kind, value) = (fields[0], fields[1], fields[2])
            guard let range = testCase.range(of: surface) else {
                Issue.record("\(testCase): surface '\(surface)' is not in the input")
                continue
            }
            guard let index = unmatched.firstIndex(where: { $0.byteStart == range.lowerBound && $0.byteEnd == range.upperBound }) else {
                let found = record.dates.map { "\($0.text) [\($0.rule)] \($0.value)" }.joined(separator: ", ")
                Issue.record("\(testCase): missed '\(surface)'; found: \(found)")
                continue
            }
            let date = unmatched.remove(at: index)
            #expect([date.kind, date.value] == [kind, value], "\(testCase): '\(surface)' [\(date.rule)]")
            #expect(!date.rule.isEmpty)
            if date.kind != "set" {
                #expect(date.resolved == !date.value.contains("X"), "\(testCase): '\(surface)' resolved flag")
            }
        }
        for extra in unmatched {
            Issue.record("\(testCase): spurious '\(extra.text)' [\(extra.rule)] \(extra.value)")
        }
        for date in record.dates {
            #expect(SourceText(testCase.input).text(bytes: date.byteStart..<date.byteEnd) == date.text)
        }
    }

    @Test("negative lines yield no date")
    func negatives() throws {
        let lines = ExtractionCase.negatives("Corpus/negative/dates.txt")
        #expect(lines.count >= 50)
        for (text, published) in lines {
            let record = try Shared.analyzer.analyze(text: text, published: published)
            #expect(record.dates.isEmpty, "\(text): \(record.dates.map { "\($0.text) [\($0.rule)] \($0.value)" })")
        }
    }

    @Test("a weekday that contradicts its date warns")
    func weekdayMismatch() throws {
        let record = try Shared.analyzer.analyze(text: "Jakarta (ANTARA) - Banjir melanda, Selasa (9/2/2022).", published: CivilDate(year: 2022, month: 2, day: 9))
        #expect(record.dates.first?.value == "2022-02-09")
        #expect(record.warnings.contains { $0.code == "weekday-mismatch" })
    }

    @Test("without a published date, relative expressions stay unresolved")
    func unresolved() throws {
        let record = try Shared.analyzer.analyze(text: "Banjir terjadi kemarin dan 14 Mei, Kamis.", published: nil)
        #expect(record.dates.map(\.value) == ["XXXX-XX-XX", "XXXX-05-14", "XXXX-WXX-4"])
        #expect(record.dates.allSatisfy { !$0.resolved })
    }
}
