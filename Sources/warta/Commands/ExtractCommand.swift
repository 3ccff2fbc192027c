import ArgumentParser
import Dispatch
import FoundationEssentials
import Warta
#if canImport(Glibc)
import Glibc
#endif

/// `warta extract`: one record per article.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quotes, figures, dates, organisations and people: one JSON record per article.",
        discussion: """
            Inputs are .txt articles (id = file name), .jsonl files (one {"id","text","published"} object a line),
            directories (searched recursively) or - for standard input. Records are written in input order.
            Spans: start/end count Unicode code points (Python's text[start:end]); byte_start/byte_end count UTF-8 bytes.
            A bad input is reported on stderr, the batch goes on, and the exit status is 1 at the end.
            Examples:
              warta extract Corpus/articles/a01-ekonomi-umkm-digital.txt --published 2020-07-09
              warta extract Corpus/articles --types quotes,persons --format json
              warta extract --jobs 2 - < articles.jsonl > records.jsonl
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json }

    @Argument(help: "Files, directories (.txt, .jsonl) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: "Output format: jsonl (one record a line) or json (an array).")
    var format: Format = .jsonl

    @Option(name: .long, help: ArgumentHelp("Comma-separated record fields to fill: \(Analyzer.extractorNames.joined(separator: ",")).", valueName: "list"))
    var types: String?

    @Option(name: [.short, .long], help: "Articles analysed at once (default: all cores). Output order and bytes do not depend on it.")
    var jobs: Int?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let types {
            for name in selectedTypes(types) where !Analyzer.extractorNames.contains(name) {
                throw ValidationError("unknown type '\(name)' in --types; choose from \(Analyzer.extractorNames.joined(separator: ", "))")
            }
        }
    }

    func selectedTypes(_ list: String) -> [String] {
        list.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let analyzer = try Analyzer(lexicons: try common.lexiconStore(), types: types.map { Set(selectedTypes($0)) })
        let log = ProblemLog(quiet: common.quiet)
        let (items, problems) = InputReader.expand(try common.resolvedInputs(inputs))
        problems.forEach(log.report)
        let workers = jobs ?? max(1, System.coreCount)
        var batch = RecordBatch(analyzer: analyzer, workers: workers, format: format, log: log, verbose: common.verbose)
        if format == .json { Output.write("[") }
        let reader = common.reader()
        for item in items {
            try reader.read(item) { result in
                switch result {
                case .failure(let problem): log.report(problem)
                case .success(let document): batch.add(document)
                }
            }
        }
        batch.flush()
        if format == .json { Output.write(batch.written > 0 ? "\n]\n" : "]\n") }
        try log.finish()
    }
}

/// Documents analysed together on `workers` threads and written in input order.
struct RecordBatch {
    let analyzer: Analyzer
    let workers: Int
    let format: ExtractCommand.Format
    let log: ProblemLog
    let verbose: Bool
    var pending: [InputDocument] = []
    var written = 0

    init(analyzer: Analyzer, workers: Int, format: ExtractCommand.Format, log: ProblemLog, verbose: Bool) {
        self.analyzer = analyzer
        self.workers = workers
        self.format = format
        self.log = log
        self.verbose = verbose
    }

    mutating func add(_ document: InputDocument) {
        pending.append(document)
        if pending.count >= workers * 16 { flush() }
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        let documents = pending
        pending.removeAll(keepingCapacity: true)
        let results = ResultSlots(count: documents.count)
        let analyzer = self.analyzer
        let format = self.format
        let work: @Sendable (Int) -> Void = { index in
            let document = documents[index]
            results.set(index, RecordBatch.encode(document, analyzer: analyzer, pretty: format == .json))
        }
        if workers == 1 {
            for index in documents.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: documents.count, execute: work)
        }
        for (document, result) in zip(documents, results.values) {
            switch result {
            case .failure(let problem): log.report(problem)
            case .success(let (line, warnings)):
                if verbose { Output.error("warta: \(document.origin)") }
                warnings.forEach { log.warn(document.origin, $0) }
                switch format {
                case .jsonl: Output.write(line + "\n")
                case .json: Output.write((written == 0 ? "\n" : ",\n") + line)
                }
                written += 1
            }
        }
    }

    static func encode(_ document: InputDocument, analyzer: Analyzer, pretty: Bool) -> Result<(String, [Warning]), InputProblem> {
        do {
            var record = try analyzer.analyze(document.source, published: document.published, id: document.id,
                                              title: document.title, url: document.url)
            record.warnings.insert(contentsOf: document.warnings, at: 0)
            return .success((try RecordJSON.encode(record, pretty: pretty), record.warnings))
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
    typealias Value = Result<(String, [Warning]), InputProblem>
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

enum System {
    static var coreCount: Int {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }
}
