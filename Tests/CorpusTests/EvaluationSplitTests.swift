import Testing
import Warta
import WartaEvaluation
import _WartaTestSupport

/// `warta eval` scores direct quotes and reported statements apart (`quote-direct`,
/// `quote-reported`) beside the `quote` row, and a saved report without those rows still compares.
@Suite("Evaluation: direct and reported quotes")
struct EvaluationSplitTests {
    static let text = "Jakarta (ANTARA) - Menteri Andi Wirawan mengatakan bahwa harga beras turun pekan ini. \"Stok kami aman sampai akhir tahun,\" kata Andi."
    static let gold = """
        # published: 2022-06-15
        quote\tharga beras turun pekan ini\tINDIRECT\tAndi Wirawan\tmengatakan
        quote\tStok kami aman sampai akhir tahun,\tDIRECT\tAndi Wirawan\tkata
        """

    /// Rows of one hand-made extraction: which gold quotes are found, with which type and speaker.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// (gold line index, extracted as direct, speaker) per extracted quote.
        var found: [(Int, Bool, String)]
        /// Expected (tp, fp, fn) of the overlap scores of quote, quote-direct, quote-reported.
        var quote: [Int], direct: [Int], reported: [Int]
        var speakers: [String: (Int, Int)]
        var wrongTypes: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "both found with their types", found: [(0, false, "Andi Wirawan"), (1, true, "Andi Wirawan")],
             quote: [2, 0, 0], direct: [1, 0, 0], reported: [1, 0, 0],
             speakers: ["quote": (2, 2), "quote-direct": (1, 1), "quote-reported": (1, 1)], wrongTypes: 0),
        Case(name: "reported statement missed", found: [(1, true, "Andi Wirawan")],
             quote: [1, 0, 1], direct: [1, 0, 0], reported: [0, 0, 1],
             speakers: ["quote": (1, 1), "quote-direct": (1, 1), "quote-reported": (0, 0)], wrongTypes: 0),
        Case(name: "reported statement taken for a direct quote, wrong speaker", found: [(0, true, "Andi"), (1, true, "Andi Wirawan")],
             quote: [2, 0, 0], direct: [1, 1, 0], reported: [0, 0, 1],
             speakers: ["quote": (1, 2), "quote-direct": (1, 1), "quote-reported": (0, 0)], wrongTypes: 1),
    ]

    @Test("split rows count by type, the quote row as before", arguments: cases)
    func splitRows(_ testCase: Case) throws {
        let article = try GoldArticle(id: "split", text: Self.text, gold: Self.gold)
        let quotes = testCase.found.map { index, direct, speaker in
            Quote(span: article.entities[index].span, direct: direct, verb: nil, speaker: Speaker(name: speaker), rule: "test")
        }
        var report = EvaluationReport()
        Evaluator.add(ArticleRecord(id: "split", quotes: quotes), gold: article, to: &report)
        for (row, expected) in [("quote", testCase.quote), ("quote-direct", testCase.direct), ("quote-reported", testCase.reported)] {
            let score = try #require(report.score(row: row))
            #expect([score.overlap.truePositives, score.overlap.falsePositives, score.overlap.falseNegatives] == expected, "\(row)")
            #expect(score.speakerCorrect == testCase.speakers[row]?.0 && score.speakerTotal == testCase.speakers[row]?.1, "\(row) speakers")
        }
        #expect(report.differences.filter { $0.problem == "wrong-type" }.count == testCase.wrongTypes)
        #expect(report.differences.allSatisfy { $0.kind == "quote" }, "split rows list no differences of their own")
    }

    @Test("on the corpus, direct and reported add up to the quote row's gold and extracted counts")
    func rowsAddUp() throws {
        let corpus = try GoldCorpus(directory: Repository.path("Corpus/articles"))
        let analyzer = try Analyzer()
        let report = try corpus.evaluate { try analyzer.analyze($0.source, published: $0.published, id: $0.id) }
        let quote = try #require(report.score(row: "quote"))
        let direct = try #require(report.score(row: "quote-direct"))
        let reported = try #require(report.score(row: "quote-reported"))
        for (all, a, b) in [(quote.strict, direct.strict, reported.strict), (quote.overlap, direct.overlap, reported.overlap)] {
            #expect(a.truePositives + a.falseNegatives + b.truePositives + b.falseNegatives == all.truePositives + all.falseNegatives)
            #expect(a.truePositives + a.falsePositives + b.truePositives + b.falsePositives == all.truePositives + all.falsePositives)
            #expect(a.truePositives + b.truePositives <= all.truePositives)
        }
        #expect(direct.overlap.truePositives + direct.overlap.falseNegatives > 0 && reported.overlap.truePositives + reported.overlap.falseNegatives > 0)
    }

    @Test("a baseline saved before the split compares; a drop in a split row is a regression")
    func baselineCompatibility() {
        var current = EvaluationReport()
        current.kinds[current.kinds.firstIndex { $0.kind == "quote-reported" }!].overlap.truePositives = 3
        let old = EvaluationReport(kinds: current.kinds.filter { !$0.kind.hasPrefix("quote-") })
        #expect(Evaluator.regressions(current, against: old).isEmpty)
        var worse = current
        let index = worse.kinds.firstIndex { $0.kind == "quote-reported" }!
        worse.kinds[index].overlap.truePositives = 2
        worse.kinds[index].overlap.falseNegatives = 1
        #expect(Evaluator.regressions(worse, against: current).contains { $0.hasPrefix("quote-reported overlap recall") })
    }

    @Test("a quote line whose type is neither DIRECT nor INDIRECT names its line")
    func badType() {
        let gold = "# published: 2022-06-15\nquote\tharga beras turun pekan ini\tREPORTED\tAndi Wirawan\tmengatakan\n"
        #expect(throws: GoldArticle.Problem.self) { try GoldArticle(id: "bad", text: Self.text, gold: gold) }
        do { _ = try GoldArticle(id: "bad", text: Self.text, gold: gold) } catch { #expect(error.line == 2 && error.message.contains("DIRECT or INDIRECT")) }
    }
}
