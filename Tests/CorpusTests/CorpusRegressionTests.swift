import FoundationEssentials
import Testing
import Warta
import WartaEvaluation
import _WartaTestSupport

/// The hand-annotated articles of `Corpus/articles/`: gold files are well-formed, every extracted
/// span slices back to its text, nothing is found outside the body, and no score falls below the
/// committed baselines (`Corpus/baseline.json`, and `Corpus/heldout/baseline.json` for the
/// held-out set, which is checked for drops but never tuned against).
///
/// To accept a new baseline after a reviewed improvement: `WARTA_RECORD_BASELINE=1 swift test
/// --filter CorpusTests` writes it and fails once; review `git diff Corpus/baseline.json`, rerun.
@Suite("Corpus regression", .serialized)
struct CorpusRegressionTests {
    static let analyzer = try! Analyzer()
    static let corpus: Result<GoldCorpus, GoldCorpus.Problem> = Result { () throws(GoldCorpus.Problem) -> GoldCorpus in
        try GoldCorpus(directory: Repository.path("Corpus/articles"))
    }

    static func records() throws -> [(GoldArticle, ArticleRecord)] {
        let corpus = try corpus.get()
        return try corpus.articles.map { ($0, try analyzer.analyze($0.source, published: $0.published, id: $0.id)) }
    }

    @Test("every gold file parses and every surface is found in its article")
    func goldFilesParse() throws {
        let corpus = try Self.corpus.get()
        #expect(corpus.articles.count >= 40)
        #expect(corpus.articles.allSatisfy { $0.published != nil }, "every gold file names its published date")
    }

    @Test("every extracted span slices back to its text and lies in the body")
    func spansAreExact() throws {
        for (gold, record) in try Self.records() {
            let text = gold.source.string
            let scalars = Array(text.unicodeScalars)
            var spans: [Span] = record.sentences + record.related
            spans += record.figures.map(\.span) + record.dates.map(\.span) + record.organisations.map(\.span)
            spans += record.persons.map(\.span) + record.quotes.map(\.span) + record.quotes.compactMap(\.speakerSpan)
            for span in spans {
                #expect(span.end <= scalars.count && String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text,
                        "\(gold.id): span \(span.start)..<\(span.end) does not slice to '\(span.text)'")
                #expect(gold.source.text(bytes: span.byteRange) == span.text, "\(gold.id): byte span of '\(span.text)'")
            }
            let outside = (record.dateline.map { [$0.span] } ?? []) + record.related
            for entity in record.figures.map(\.span) + record.dates.map(\.span) + record.organisations.map(\.span) + record.persons.map(\.span) {
                #expect(!outside.contains { $0.byteRange.overlaps(entity.byteRange) }, "\(gold.id): '\(entity.text)' found outside the body")
            }
        }
    }

    /// Gold folders and their baselines: the tuning corpus and the held-out set.
    static let baselines = [("Corpus/articles", "Corpus/baseline.json"), ("Corpus/heldout", "Corpus/heldout/baseline.json")]

    @Test("no score drops below the committed baseline", arguments: baselines)
    func baseline(_ folder: String, _ baselinePath: String) throws {
        let corpus = try GoldCorpus(directory: Repository.path(folder))
        let report = try corpus.evaluate { try Self.analyzer.analyze($0.source, published: $0.published, id: $0.id) }
        let path = Repository.path(baselinePath)
        let fresh = try RecordJSON.encode(report, pretty: true) + "\n"
        if ProcessInfo.processInfo.environment["WARTA_RECORD_BASELINE"] != nil {
            try TemporaryFiles.write(path, fresh)
            Issue.record("Recorded \(baselinePath): review `git diff \(baselinePath)`, then rerun without WARTA_RECORD_BASELINE.")
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("\(baselinePath) is missing: run WARTA_RECORD_BASELINE=1 swift test --filter CorpusTests")
            return
        }
        let saved = try JSONDecoder().decode(EvaluationReport.self, from: data)
        let regressions = Evaluator.regressions(report, against: saved)
        let (new, _) = Evaluator.changedDifferences(report, against: saved)
        for message in regressions { Issue.record("\(folder): \(message)") }
        if !regressions.isEmpty {
            for difference in new.prefix(40) {
                Issue.record("new \(difference.problem): \(difference.article) \(difference.kind) '\(difference.text)' (\(difference.key))")
            }
        }
        print(folder + "\n" + report.table)
    }
}
