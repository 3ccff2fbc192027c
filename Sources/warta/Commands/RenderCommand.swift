import ArgumentParser
import FoundationEssentials
import Warta
import WartaEvaluation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `warta render`: turns saved records back into any output format without analysing again, e.g.
/// after correcting them by hand or with `jq`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write saved records (from extract --include-text) in another format, without analysing again.",
        discussion: """
            Reads JSONL records that carry their article's "text" (warta extract
            --include-text), checks that every span's offsets slice that text, and
            writes them in any extract format (see warta extract --help).

            Examples:
              warta extract --include-text articles.jsonl > records.jsonl
              warta render --format html records.jsonl > records.html
              jq -c 'select(.quotes != [])' records.jsonl | warta render --format csv -
              warta render --gold Corpus/articles --format html --output-dir gold-pages/
            """
    )

    @Argument(help: "JSONL files of records with text, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp(RecordFormat.help, valueName: "format"))
    var format: RecordFormat = .html

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Folder for brat files or per-article html pages.", valueName: "dir"))
    var outputDir: String?

    @Option(name: .long, help: ArgumentHelp("Render the hand-written gold annotations of a corpus folder (ID.txt + ID.gold.tsv) instead.", valueName: "dir"))
    var gold: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if gold != nil && !inputs.isEmpty { throw ValidationError("give either --gold DIR or record files, not both") }
        if outputDir != nil && format != .brat && format != .html {
            throw ValidationError("--output-dir is for --format brat and html")
        }
        if format == .brat && outputDir == nil {
            throw ValidationError("brat output of records needs --output-dir DIR: each article's ID.txt and ID.ann are written there")
        }
    }

    func run() throws {
        let analyzer = try Analyzer(lexicons: try common.lexiconStore(), types: [])
        let log = ProblemLog(quiet: common.quiet)
        let files = try outputDir.map { try OutputFolder(path: $0) }
        let renderer = format.renderer(analyzer: analyzer, perArticleFiles: files != nil)
        let progress = Progress(enabled: false, totalBytes: nil)
        let batch = RecordBatch(analyzer: analyzer, renderer: renderer, workers: 1, log: log, progress: progress, files: files, verbose: common.verbose)
        Output.write(renderer.header)
        if let gold {
            do {
                for article in try GoldCorpus(directory: gold).articles {
                    batch.render(GoldRecords.article(article, origin: gold + "/" + article.id + ".gold.tsv"))
                }
            } catch {
                log.report(InputProblem(origin: gold, message: "\(error)"))
            }
        }
        for input in try gold == nil ? common.resolvedInputs(inputs) : [] {
            let file: UnsafeMutablePointer<FILE>? = input == "-" ? stdin : fopen(input, "rb")
            guard let file else {
                log.report(InputProblem(origin: input, message: "cannot open: \(String(cString: strerror(errno)))"))
                continue
            }
            defer { if input != "-" { fclose(file) } }
            var buffer: UnsafeMutablePointer<CChar>? = nil
            var capacity = 0
            defer { free(buffer) }
            var number = 0
            while getline(&buffer, &capacity, file) >= 0, let line = buffer {
                number += 1
                let bytes = Array(UnsafeRawBufferPointer(start: line, count: strlen(line)))
                if bytes.allSatisfy(ByteClassCLI.isSpace) { continue }
                let origin = "\(input == "-" ? "stdin" : input):\(number)"
                switch Self.decode(bytes, origin: origin) {
                case .failure(let problem): log.report(problem)
                case .success(let article): batch.render(article)
                }
            }
        }
        Output.write(renderer.footer(count: batch.written))
        try files?.finish(format: format)
        try log.finish()
    }

    /// A record line with its text, checked: every span must slice the text.
    static func decode(_ bytes: [UInt8], origin: String) -> Result<AnalysedArticle, InputProblem> {
        let saved: SavedRecord
        do {
            saved = try JSONDecoder().decode(SavedRecord.self, from: Data(bytes))
        } catch {
            return .failure(InputProblem(origin: origin, message: "not a record with text: \(error)"))
        }
        guard let text = saved.text else {
            return .failure(InputProblem(origin: origin, message: "the record has no \"text\" (write records with warta extract --include-text)"))
        }
        let source = SourceText(text)
        for mention in saved.record.mentions {
            let span = mention.span
            guard span.byteStart >= 0, span.byteStart <= span.byteEnd, span.byteEnd <= source.byteCount,
                  source.span(bytes: span.byteRange) == span else {
                return .failure(InputProblem(origin: origin, message: "\(mention.kind) \"\(span.text)\" at \(span.start)..<\(span.end) does not match the text there"))
            }
        }
        let record = saved.record
        let document = InputDocument(id: record.id, source: source, published: record.published, title: record.title,
                                     url: record.url, origin: origin)
        return .success(AnalysedArticle(document: document, record: record))
    }
}

/// A record as `extract --include-text` writes it: the record's fields plus `"text"`.
struct SavedRecord: Decodable {
    var record: ArticleRecord
    var text: String?

    enum Keys: String, CodingKey { case text }

    init(from decoder: any Decoder) throws {
        record = try ArticleRecord(from: decoder)
        text = try decoder.container(keyedBy: Keys.self).decodeIfPresent(String.self, forKey: .text)
    }
}

extension RecordBatch {
    /// Renders a record that needs no analysis, in order, on this thread.
    func render(_ article: AnalysedArticle) {
        do {
            let rendered = try renderer.render(article)
            Output.write(renderer.separator(before: written))
            Output.write(rendered.output)
            if !rendered.files.isEmpty { try write(rendered.files, for: article.document) }
            written += 1
        } catch {
            log.report(InputProblem(origin: article.document.origin, message: "\(error)"))
        }
    }
}
