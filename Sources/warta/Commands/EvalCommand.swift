import ArgumentParser
import FoundationEssentials
import Warta
import WartaEvaluation

/// `warta eval`: scores extraction against hand-annotated gold articles.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold articles (ID.txt + ID.gold.tsv; see Corpus/README.md).",
        discussion: """
            Prints precision, recall and F1 per kind, with strict (exact span) and overlap span matching;
            quotes also split into direct quotes (quote-direct) and reported statements (quote-reported).
            With --baseline, exits 1 when any score is lower than in the saved report and lists what changed.
            Examples:
              warta eval Corpus/articles
              warta eval Corpus/articles --format json > report.json
              warta eval Corpus/articles --baseline Corpus/baseline.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A folder of gold articles.")
    var goldDirectory: String = "Corpus/articles"

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("A saved JSON report: fail when any score drops below it.", valueName: "file"))
    var baseline: String?

    @Flag(name: .long, help: "List every missed, spurious, wrong-speaker and wrong-type entity.")
    var differences = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let analyzer = try Analyzer(lexicons: try common.lexiconStore())
        let corpus: GoldCorpus
        do { corpus = try GoldCorpus(directory: goldDirectory) } catch { throw ValidationError("\(error)") }
        let report = try corpus.evaluate { article in
            try analyzer.analyze(article.source, published: article.published, id: article.id)
        }
        switch format {
        case .json: Output.write(try RecordJSON.encode(report, pretty: true) + "\n")
        case .text:
            Output.write(report.table + "\n")
            if differences {
                for difference in report.differences {
                    Output.write("\(difference.article)\t\(difference.kind)\t\(difference.problem)\t\(difference.text)\t\(difference.key)\n")
                }
            }
        }
        guard let baseline else { return }
        guard let data = FileManager.default.contents(atPath: baseline) else { throw ValidationError("cannot read baseline \(baseline)") }
        let saved: EvaluationReport
        do { saved = try JSONDecoder().decode(EvaluationReport.self, from: data) } catch {
            throw ValidationError("\(baseline) is not a warta eval JSON report: \(error)")
        }
        let regressions = Evaluator.regressions(report, against: saved)
        let (new, fixed) = Evaluator.changedDifferences(report, against: saved)
        for difference in fixed where !common.quiet { Output.error("fixed: \(difference.article) \(difference.kind) \(difference.problem) '\(difference.text)'") }
        for difference in new { Output.error("new: \(difference.article) \(difference.kind) \(difference.problem) '\(difference.text)' (\(difference.key))") }
        if !regressions.isEmpty {
            regressions.forEach { Output.error("warta eval: regression: \($0)") }
            Output.flush()
            throw ExitCode(1)
        }
    }
}
