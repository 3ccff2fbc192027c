import ArgumentParser
import Warta

/// `warta sentences`: the body sentences of each document, one a line.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print the body sentences of each document, one a line (dateline, related links and credits left out).",
        discussion: """
            Examples:
              warta sentences artikel.txt
              warta sentences --format tsv Corpus/articles/
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    @Argument(help: "Files, directories (.txt, .jsonl) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: "Output format: jsonl or tsv.")
    var format: Format = .jsonl

    @OptionGroup var common: CommonOptions

    func run() throws {
        let analyzer = try Analyzer(lexicons: try common.lexiconStore(), types: [])
        let log = ProblemLog(quiet: common.quiet)
        let (items, problems) = InputReader.expand(try common.resolvedInputs(inputs))
        problems.forEach(log.report)
        if format == .tsv { Output.write("id\tstart\tend\ttext\n") }
        let reader = common.reader()
        for item in items {
            try reader.read(item, idle: { Output.flush() }) { result in
                switch result {
                case .failure(let problem): log.report(problem)
                case .success(let document):
                    document.warnings.forEach { log.warn(document.origin, $0) }
                    let segmented = try analyzer.segment(document.source, published: document.published)
                    var lines = ""
                    for range in segmented.sentences {
                        let span = document.source.span(bytes: range)
                        switch format {
                        case .jsonl:
                            lines += "{\"id\":\(JSONText.quoted(document.id)),\"text\":\(JSONText.quoted(span.text)),\"start\":\(span.start),\"end\":\(span.end),\"byte_start\":\(span.byteStart),\"byte_end\":\(span.byteEnd)}\n"
                        case .tsv:
                            lines += "\(document.id)\t\(span.start)\t\(span.end)\t\(span.text.replacingTabs())\n"
                        }
                    }
                    Output.write(lines)
                }
            }
        }
        try log.finish()
    }
}

extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
