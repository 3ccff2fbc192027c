import ArgumentParser
import Warta

/// The output formats of `warta extract`.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case jsonl, json, csv, tsv, brat, conll, displacy, html

    /// Help text listing every format.
    static let help = """
        jsonl: one record a line (default). json: an array of records. csv/tsv: one row per entity. \
        brat: standoff .ann files. conll: token-per-line BIO tags. displacy: JSON for spaCy's displacy.render(manual=True). \
        html: a page highlighting every entity.
        """

    /// True when the format writes files into a folder rather than to standard output.
    var writesFiles: Bool { self == .brat }

    func renderer(analyzer: Analyzer, perArticleFiles: Bool) -> any ArticleRenderer {
        switch self {
        case .jsonl: JSONRecordRenderer(pretty: false)
        case .json: JSONRecordRenderer(pretty: true)
        case .csv: DelimitedRenderer(separator: ",")
        case .tsv: DelimitedRenderer(separator: "\t")
        case .brat: BratRenderer()
        case .conll: CoNLLRenderer(analyzer: analyzer)
        case .displacy: DisplacyRenderer()
        case .html: HTMLRenderer(perArticlePages: perArticleFiles)
        }
    }
}

/// One analysed article, as the renderers see it.
struct AnalysedArticle: Sendable {
    var document: InputDocument
    var record: ArticleRecord
}

/// What one article turns into: bytes for standard output and files to write (named by a suffix
/// such as `.ann`; the command decides the folder and the base name).
struct RenderedArticle: Sendable {
    var output: [UInt8] = []
    var files: [(suffix: String, bytes: [UInt8])] = []
}

/// Turns analysed articles into one output format. `render` runs on worker threads, so it must
/// not touch shared state; everything else runs on the main thread, in input order.
protocol ArticleRenderer: Sendable {
    /// Written to standard output before the first article.
    var header: String { get }
    /// Written between the previous article's output and the `index`-th's (0-based).
    func separator(before index: Int) -> String
    func render(_ article: AnalysedArticle) throws -> RenderedArticle
    /// Written to standard output after the last article; `count` articles were written.
    func footer(count: Int) -> String
}

extension ArticleRenderer {
    var header: String { "" }
    func separator(before index: Int) -> String { "" }
    func footer(count: Int) -> String { "" }
}

/// `jsonl` and `json`: the record itself.
struct JSONRecordRenderer: ArticleRenderer {
    let pretty: Bool
    var includeText = false
    var header: String { pretty ? "[" : "" }
    func separator(before index: Int) -> String { pretty ? (index == 0 ? "\n" : ",\n") : "" }
    func render(_ article: AnalysedArticle) throws -> RenderedArticle {
        var bytes = includeText
            ? try RecordJSON.encodeBytes(ArticleRecordWithText(record: article.record, text: article.document.source.string), pretty: pretty)
            : try RecordJSON.encodeBytes(article.record, pretty: pretty)
        if !pretty { bytes.append(0x0A) }
        return RenderedArticle(output: bytes)
    }
    func footer(count: Int) -> String { pretty ? (count > 0 ? "\n]\n" : "]\n") : "" }
}
