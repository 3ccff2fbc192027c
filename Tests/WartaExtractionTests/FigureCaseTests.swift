import FoundationEssentials
import Testing
import Warta
import _WartaTestSupport

/// The figure cases of `Corpus/figures/*.tsv` and the lines of `Corpus/negative/figures.txt`.
@Suite("Figure cases")
struct FigureCaseTests {
    static let cases = ExtractionCase.load("Corpus/figures", fields: 6)

    @Test("at least 400 expected figures")
    func enough() {
        #expect(Self.cases.reduce(0) { $0 + $1.expected.count } >= 400)
    }

    @Test("each case yields exactly its figures", arguments: cases)
    func figures(_ testCase: ExtractionCase) throws {
        let record = try Shared.analyzer.analyze(text: testCase.input, published: testCase.published)
        var unmatched = record.figures
        for fields in testCase.expected {
            let (surface, kind, value, valueMax, unit, counted) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
            guard let range = testCase.range(of: surface) else {
                Issue.record("\(testCase): surface '\(surface)' is not in the input")
                continue
            }
            guard let index = unmatched.firstIndex(where: { $0.byteStart == range.lowerBound && $0.byteEnd == range.upperBound }) else {
                let found = record.figures.map { "\($0.text) [\($0.rule)]" }.joined(separator: ", ")
                Issue.record("\(testCase): missed '\(surface)'; found: \(found)")
                continue
            }
            let figure = unmatched.remove(at: index)
            let got = [figure.kind, Shared.number(figure.value), Shared.number(figure.valueMax), figure.unit ?? "-", figure.counted ?? "-"]
            let want = [kind, Shared.plain(value), Shared.plain(valueMax), unit, counted]
            #expect(got == want, "\(testCase): '\(surface)' [\(figure.rule)]")
            #expect(!figure.rule.isEmpty)
        }
        for extra in unmatched {
            Issue.record("\(testCase): spurious '\(extra.text)' [\(extra.rule)] value \(Shared.number(extra.value))")
        }
        for figure in record.figures {
            #expect(SourceText(testCase.input).text(bytes: figure.byteStart..<figure.byteEnd) == figure.text)
            let scalars = Array(testCase.input.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
        }
    }

    @Test("negative lines yield no figure")
    func negatives() throws {
        let lines = ExtractionCase.negatives("Corpus/negative/figures.txt")
        #expect(lines.count >= 50)
        for (text, published) in lines {
            let record = try Shared.analyzer.analyze(text: text, published: published)
            #expect(record.figures.isEmpty, "\(text): \(record.figures.map { "\($0.text) [\($0.rule)]" })")
        }
    }
}

/// Qualifiers stay outside a figure's surface and mark it approximate.
@Suite("Figure qualifiers")
struct FigureQualifierTests {
    @Test("qualifier and approximate flag", arguments: [
        ("Sekitar 60 persen warga sudah divaksin.", "60 persen", "Sekitar"),
        ("Hampir 1.000 rumah terendam banjir.", "1.000", "Hampir"),
        ("Lebih dari 20 desa terisolasi.", "20", "Lebih dari"),
        ("Kurang lebih 300 orang hadir.", "300", "Kurang lebih"),
        ("Ratusan rumah terendam.", "Ratusan", nil),
        ("Sebanyak 312 orang mengungsi.", "312", nil),
    ] as [(String, String, String?)])
    func qualifier(_ input: String, _ surface: String, _ qualifier: String?) throws {
        let record = try Shared.analyzer.analyze(text: input)
        let figure = try #require(record.figures.first { $0.text == surface })
        #expect(figure.qualifier == qualifier)
        #expect(figure.approximate == (qualifier != nil || figure.value == nil))
    }
}
