import ArgumentParser
import Dispatch
import Warta
import WartaInput

/// `warta extract`: one record per article, in any of the output formats.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quotes, figures, dates, organisations and people from articles.",
        discussion: """
            Inputs (by extension; directories are searched recursively, sorted, for
            .txt, .jsonl, .html/.htm and .warc/.warc.gz; quoted glob patterns work):
              .txt          one article (id = file name)
              .jsonl        one JSON object a line
              .json         an array of JSON objects (or one object)
              .csv, .tsv    a header row, then one article a row (RFC 4180 quoting:
                            quoted fields may hold commas, quotes and line breaks)
              .html, .htm   a saved web page: main text, title, url, site, authors
                            and published date-time read from the page
              .warc(.gz)    a web crawl: every HTML page of a 200 response is an
                            article (id = WARC-Record-ID, url = WARC-Target-URI);
                            other records are skipped and counted on stderr
              -             standard input: JSONL when it starts with "{", an HTML
                            page when it starts with "<", else one article
            Dataset fields are found by name, case-insensitively: text, content,
            isi, body, artikel; id; published, date, tanggal; title, judul; url,
            link (--text-column etc. name others). Dates may be ISO
            (2020-07-16, 2020-07-16T18:23:00+07:00) or Indonesian (16 Juli 2020,
            Kamis, 16 Juli 2020 18:23 WIB). A text field with HTML markup
            (<p>, <br>, &quot;) is read as HTML (--html always, --no-html never).
            A page's published date resolves relative dates; --published wins
            over it. For HTML, spans refer to the text Warta extracted:
            --include-text writes it in each record.
            Records are written in input order as they are done, whatever --jobs is.
            Spans: start/end count code points (Python's text[start:end]),
            byte_start/byte_end UTF-8 bytes.
            A bad input is reported on stderr, the batch goes on, and the exit
            status is 1 at the end (0 with --error-records). Warnings about an
            article go to stderr and to its record's "warnings".

            Formats (docs/output-formats.md):
              jsonl     one record a line (default); json: an array of records
              csv, tsv  one row per entity: id, kind, label, offsets, text,
                        normalised value and fields
              brat      ID.ann (+ ID.txt) for the brat annotation tool, beside
                        each .txt input or in --output-dir (required for JSONL
                        and standard input), with annotation.conf, visual.conf
              conll     TOKEN START END TAG a line, BIO tags, blank line after
                        each sentence
              displacy  [{"text","ents":[{"start","end","label"}],"title"}] for
                        displacy.render(docs, style="ent", manual=True)
              html      one self-contained page highlighting every entity; with
                        --output-dir one page per article and index.html

            Examples:
              warta extract Corpus/articles/b05-hukum-kpk-ott-bupati.txt \\
                  --published 2022-02-10
              warta extract Corpus/articles --types quotes,persons --format json
              warta extract --jobs 2 - < articles.jsonl > records.jsonl
              warta extract 'news/*.txt' --format csv > entities.csv
              warta extract Corpus/articles --format html > entities.html
              warta extract articles.jsonl --format brat --output-dir brat/
              warta extract page.html --include-text
              warta extract crawl.warc.gz --jobs 2 > records.jsonl
              warta extract berita.csv --text-column naskah --date-column waktu
              warta extract dump.json --html --include-text
            """
    )

    @Argument(help: "Files (.txt, .jsonl, .json, .csv, .tsv, .html, .warc, .warc.gz), directories, glob patterns or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp(RecordFormat.help, valueName: "format"))
    var format: RecordFormat = .jsonl

    @Option(name: .long, help: ArgumentHelp("Record fields to write, comma-separated (\(Analyzer.extractorNames.joined(separator: ","))): chooses which fields are written, never what they contain.", valueName: "list"))
    var types: String?

    @Option(name: [.short, .long], help: "Articles analysed at once (default: all cores). Output order and bytes do not depend on it.")
    var jobs: Int?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Folder for brat files or per-article html pages (created if missing).", valueName: "dir"))
    var outputDir: String?

    @Flag(name: .long, help: "Write a record for each input that cannot be read or analysed (its id, empty fields and an input-error warning) and exit 0: one record per input, for Spark and other engines that abort on a non-zero exit.")
    var errorRecords = false

    @Flag(name: .long, help: "jsonl/json: add the article's \"text\" to each record (what warta render reads): for HTML input the extracted text, which every span slices.")
    var includeText = false

    @OptionGroup var common: CommonOptions
    @OptionGroup(title: "Datasets and HTML") var input: InputOptions

    func validate() throws {
        if includeText && format != .jsonl && format != .json {
            throw ValidationError("--include-text is for --format jsonl and json")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let types {
            for name in selectedTypes(types) where !Analyzer.extractorNames.contains(name) {
                throw ValidationError("unknown type '\(name)' in --types; choose from \(Analyzer.extractorNames.joined(separator: ", "))")
            }
        }
        if outputDir != nil && format != .brat && format != .html {
            throw ValidationError("--output-dir is for --format brat and html; other formats write to standard output")
        }
    }

    func selectedTypes(_ list: String) -> [String] {
        list.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let store = try common.lexiconStore()
        let analyzer = try Analyzer(lexicons: store, types: types.map { Set(selectedTypes($0)) })
        let reader = try common.reader(input, lexicons: store)
        let log = ProblemLog(quiet: common.quiet, verbose: common.verbose)
        log.failuresAreRecords = errorRecords
        let (items, problems) = InputReader.expand(try common.resolvedInputs(inputs))
        if format == .brat, outputDir == nil, items.contains(where: { if case .text = $0 { false } else { true } }) {
            throw ValidationError("brat output of JSONL or standard input needs --output-dir DIR: each article's ID.txt and ID.ann are written there")
        }
        let files = try outputDir.map { try OutputFolder(path: $0) }
        let progress = Progress(enabled: Output.stderrIsTerminal && !common.quiet, totalBytes: InputReader.totalBytes(items))
        let renderer: any ArticleRenderer = includeText ? JSONRecordRenderer(pretty: format == .json, includeText: true)
            : format.renderer(analyzer: analyzer, perArticleFiles: files != nil)
        let batch = RecordBatch(analyzer: analyzer, html: reader.html, renderer: renderer, workers: jobs ?? max(1, System.coreCount),
                                log: log, progress: progress, files: files, verbose: common.verbose)
        batch.errorRecords = errorRecords
        problems.forEach { batch.add($0) }
        Output.write(renderer.header)
        for item in items {
            reader.read(item, idle: { batch.flush(); Output.flush() }) { result in
                switch result {
                case .failure(let problem): batch.add(problem)
                case .success(let document): batch.add(document)
                }
            }
        }
        batch.flush()
        Output.write(renderer.footer(count: batch.written))
        try files?.finish(format: format)
        progress.finish()
        if common.verbose {
            Output.error("warta: \(progress.articles) article(s), \(progress.bytes) bytes read")
        }
        if !common.quiet {
            let offsetsShown = includeText || ![.jsonl, .json].contains(format)
            reader.summary.lines(includeText: offsetsShown).forEach { Output.error("warta: \($0)") }
        }
        try log.finish()
    }
}

/// Documents analysed together on `workers` threads and written in input order, as soon as each
/// group is done: memory holds at most `workers * 16` articles, whatever the input's size.
final class RecordBatch {
    let analyzer: Analyzer
    /// Reads pending HTML in the workers (nil for `warta render`, which reads records).
    let html: HTMLArticleReader?
    let renderer: any ArticleRenderer
    let workers: Int
    let log: ProblemLog
    let progress: Progress
    let files: OutputFolder?
    let verbose: Bool
    var pending: [Result<InputDocument, InputProblem>] = []
    var written = 0
    var errorRecords = false

    init(analyzer: Analyzer, html: HTMLArticleReader? = nil, renderer: any ArticleRenderer, workers: Int, log: ProblemLog, progress: Progress,
         files: OutputFolder?, verbose: Bool) {
        self.analyzer = analyzer
        self.html = html
        self.renderer = renderer
        self.workers = workers
        self.log = log
        self.progress = progress
        self.files = files
        self.verbose = verbose
    }

    func add(_ document: InputDocument) {
        pending.append(.success(document))
        if pending.count >= workers * 16 { flush() }
    }

    /// An input that could not be read, kept in its place in the order.
    func add(_ problem: InputProblem) {
        pending.append(.failure(problem))
        if pending.count >= workers * 16 { flush() }
    }

    func flush() {
        guard !pending.isEmpty else { return }
        let documents = pending
        pending.removeAll(keepingCapacity: true)
        let results = ResultSlots(count: documents.count)
        let (analyzer, html, renderer) = (self.analyzer, self.html, self.renderer)
        let work: @Sendable (Int) -> Void = { index in
            switch documents[index] {
            case .success(let document): results.set(index, RecordBatch.process(document, analyzer: analyzer, html: html, renderer: renderer))
            case .failure(let problem): results.set(index, .failure(problem))
            }
        }
        if workers == 1 {
            for index in documents.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: documents.count, execute: work)
        }
        var bytes = 0
        for (input, result) in zip(documents, results.values) {
            guard case .success(let document) = input else {
                if case .failure(let problem) = result { fail(problem) }
                continue
            }
            bytes += document.inputBytes
            switch result {
            case .failure(let problem): fail(problem)
            case .success(let (rendered, warnings)):
                if verbose { Output.error("warta: \(document.origin)") }
                warnings.forEach { log.warn(document.origin, $0) }
                Output.write(renderer.separator(before: written))
                Output.write(rendered.output)
                if !rendered.files.isEmpty {
                    do { try write(rendered.files, for: document) } catch { log.report(InputProblem(origin: document.origin, message: "\(error)")) }
                }
                written += 1
            }
        }
        progress.advance(articles: documents.count, bytes: bytes)
    }

    /// Reports a failed input and, with `--error-records`, writes its record in its place.
    func fail(_ problem: InputProblem) {
        log.report(problem)
        guard errorRecords else { return }
        let id = problem.id ?? problem.origin
        let warning = Warning(code: "input-error", message: problem.message)
        let document = InputDocument(id: id, source: SourceText(validatedBytes: []), origin: problem.origin)
        let record = ArticleRecord(id: id, warnings: [warning])
        do {
            let rendered = try renderer.render(AnalysedArticle(document: document, record: record))
            Output.write(renderer.separator(before: written))
            Output.write(rendered.output)
            written += 1
        } catch {
            log.report(InputProblem(origin: problem.origin, message: "\(error)"))
        }
    }

    func write(_ rendered: [(suffix: String, bytes: [UInt8])], for document: InputDocument) throws {
        if let files {
            let base = files.claimName(for: document.id, title: document.title)
            for file in rendered { try files.write(base + file.suffix, file.bytes) }
        } else if document.origin.hasSuffix(".txt") {
            // Beside the input text: only the annotations (the .txt is the input itself).
            let base = String(document.origin.dropLast(4))
            for file in rendered where file.suffix != ".txt" { try OutputFolder.writeFile(base + file.suffix, file.bytes) }
        }
    }

    /// Reads the document's HTML if it has any, analyses it and renders its record.
    static func process(_ input: InputDocument, analyzer: Analyzer, html: HTMLArticleReader?, renderer: any ArticleRenderer) -> Result<(RenderedArticle, [Warning]), InputProblem> {
        let document: InputDocument
        switch html.map({ input.resolvingHTML(with: $0) }) ?? .success(input) {
        case .failure(let problem): return .failure(problem)
        case .success(let resolved): document = resolved
        }
        do {
            var record = try analyzer.analyze(document.source, published: document.published, id: document.id,
                                              title: document.title, url: document.url)
            record.publishedTime = document.publishedTime
            record.site = document.site
            record.authors = document.authors
            record.warnings.insert(contentsOf: document.warnings, at: 0)
            let rendered = try renderer.render(AnalysedArticle(document: document, record: record))
            return .success((rendered, record.warnings))
        } catch {
            return .failure(InputProblem(origin: document.origin, message: "analysis failed: \(error)"))
        }
    }
}

/// Per-index result storage that concurrent workers fill without sharing a lock. The buffer is
/// allocated once and never reassigned: each worker writes only its own element, and no worker
/// touches shared Swift state (a `var` array property reached through the mutating
/// `withUnsafeMutableBufferPointer` from every worker relied on copy-on-write never firing).
final class ResultSlots: @unchecked Sendable {
    typealias Value = Result<(RenderedArticle, [Warning]), InputProblem>
    private let slots: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: Value) { slots[index] = value }
    var values: [Value] { slots.map { $0! } }
}
