import FoundationEssentials
import WartaRecords
import WartaText

/// A folder of gold articles (`ID.txt` beside `ID.gold.tsv`), read and scored as a whole.
public struct GoldCorpus: Sendable {
    public var articles: [GoldArticle]

    /// A gold file that could not be read; names the file and the line.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Reads every `*.gold.tsv` under `directory` with its article, sorted by id.
    public init(directory: String) throws(Problem) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted() } catch {
            throw Problem(path: directory, message: "cannot list gold directory: \(error)")
        }
        var articles: [GoldArticle] = []
        for name in names where name.hasSuffix(".gold.tsv") {
            let id = String(name.dropLast(".gold.tsv".count))
            let goldPath = directory + "/" + name
            let textPath = directory + "/" + id + ".txt"
            guard let goldData = FileManager.default.contents(atPath: goldPath),
                  let gold = String(validating: goldData, as: UTF8.self) else {
                throw Problem(path: goldPath, message: "cannot read as UTF-8")
            }
            guard let textData = FileManager.default.contents(atPath: textPath),
                  let text = String(validating: textData, as: UTF8.self) else {
                throw Problem(path: textPath, message: "gold file has no readable article beside it")
            }
            do { articles.append(try GoldArticle(id: id, text: text, gold: gold)) } catch {
                throw Problem(path: goldPath, message: error.description)
            }
        }
        if articles.isEmpty { throw Problem(path: directory, message: "no *.gold.tsv files") }
        self.articles = articles
    }

    /// Scores `analyze` (one article in, its record out) over the corpus.
    public func evaluate(_ analyze: (GoldArticle) throws -> ArticleRecord) rethrows -> EvaluationReport {
        var report = EvaluationReport()
        for article in articles {
            Evaluator.add(try analyze(article), gold: article, to: &report)
        }
        return report
    }
}

extension EvaluationReport {
    /// A fixed-width table of the scores, for people.
    public var table: String {
        func cell(_ value: Double) -> String {
            let text = String(Score.rounded(value))
            return text + String(repeating: " ", count: max(0, 7 - text.count))
        }
        let width = max(8, kinds.map(\.kind.count).max() ?? 0)
        func padded(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["\(articles) articles", "\(padded("kind")) mode     P      R      F1     tp   fp   fn"]
        for kind in kinds {
            for (mode, score) in [("strict ", kind.strict), ("overlap", kind.overlap)] {
                lines.append("\(padded(kind.kind)) \(mode)  \(cell(score.precision))\(cell(score.recall))\(cell(score.f1))\(score.truePositives)  \(score.falsePositives)  \(score.falseNegatives)")
            }
            if let correct = kind.speakerCorrect, let total = kind.speakerTotal {
                lines.append("\(padded(kind.kind)) speaker  \(correct)/\(total) matched quotes have the right speaker")
            }
        }
        return lines.joined(separator: "\n")
    }
}
