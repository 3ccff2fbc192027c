import ArgumentParser
import Warta
import WartaInput

/// Options every reading subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of lexicon files that override or extend the built-in ones.", valueName: "dir"))
    var lexicons: String?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of refusing the document.")
    var lossy = false

    @Option(name: .long, help: ArgumentHelp("Reference date (YYYY-MM-DD) for text files and JSONL lines without one.", valueName: "date"))
    var published: String?

    @Flag(name: [.short, .long], help: "Print nothing on stderr but errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print each document's name and warnings on stderr.")
    var verbose = false

    func validate() throws {
        if let published, CivilDate(iso: published) == nil {
            throw ValidationError("--published must be a date written YYYY-MM-DD, got '\(published)'")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var publishedDate: CivilDate? { published.flatMap { CivilDate(iso: $0) } }

    func lexiconStore() throws -> LexiconStore {
        guard let lexicons else { return .embedded }
        do { return try LexiconStore(overridingWith: lexicons) } catch { throw ValidationError("\(error)") }
    }

    func reader(_ input: InputOptions, lexicons store: LexiconStore? = nil) throws -> InputReader {
        let html: HTMLArticleReader
        do { html = try HTMLArticleReader(lexicons: try store ?? lexiconStore()) } catch { throw ValidationError("\(error)") }
        return InputReader(policy: DecodingPolicy(lossy: lossy), published: publishedDate, fields: input.fields,
                           htmlMode: input.htmlMode, html: html)
    }

    /// Reads every document of `inputs` in order (HTML read into text), reporting unreadable
    /// ones and reading warnings on stderr, calls `body` with each good one, then exits non-zero
    /// if anything failed.
    func forEachDocument(_ inputs: [String], input: InputOptions, header: String? = nil, _ body: (InputDocument) throws -> Void) throws {
        let log = ProblemLog(quiet: quiet)
        let (items, problems) = InputReader.expand(try resolvedInputs(inputs))
        problems.forEach(log.report)
        if let header { Output.write(header) }
        let reader = try reader(input)
        for item in items {
            try reader.read(item, idle: { Output.flush() }) { result in
                switch result.flatMap({ $0.resolvingHTML(with: reader.html) }) {
                case .failure(let problem): log.report(problem)
                case .success(let document):
                    document.warnings.forEach { log.warn(document.origin, $0) }
                    try body(document)
                }
            }
        }
        if !quiet { reader.summary.lines(includeText: true).forEach { Output.error("warta: \($0)") } }
        try log.finish()
    }

    /// The input arguments, `-` when none were given and stdin is not a terminal.
    func resolvedInputs(_ inputs: [String]) throws -> [String] {
        if !inputs.isEmpty { return inputs }
        if !Output.stdinIsTerminal { return ["-"] }
        throw ValidationError("give one or more files, directories or - (standard input)")
    }
}

/// Counts problems across a batch and turns them into the exit status.
final class ProblemLog {
    private(set) var count = 0
    let quiet: Bool
    /// When failures are written as records (`--error-records`), they do not fail the run.
    var failuresAreRecords = false

    /// Warnings printed before the rest are only counted (all are printed with `--verbose`);
    /// every warning is in its record's `warnings` anyway.
    var warningLimit = 20
    private(set) var warnings = 0

    init(quiet: Bool, verbose: Bool = false) {
        self.quiet = quiet
        if verbose { warningLimit = Int.max }
    }

    func report(_ problem: InputProblem) {
        count += 1
        Output.error("warta: error: \(problem)")
    }

    func warn(_ origin: String, _ warning: Warning) {
        warnings += 1
        guard !quiet else { return }
        if warnings <= warningLimit {
            Output.error("warta: warning: \(origin): \(warning)")
        } else if warnings == warningLimit + 1 {
            Output.error("warta: more warnings are only counted (--verbose prints all; each is in its record's \"warnings\")")
        }
    }

    /// Exits non-zero when anything failed, after everything good was written.
    func finish() throws {
        Output.flush()
        if warnings > warningLimit && !quiet {
            Output.error("warta: \(warnings) warning(s) in all, \(warnings - warningLimit) not printed")
        }
        if count > 0 && failuresAreRecords {
            Output.error("warta: \(count) input(s) failed; each has a record with an input-error warning")
        } else if count > 0 {
            Output.error("warta: \(count) input(s) failed; every other record was written")
            throw ExitCode(1)
        }
    }
}
