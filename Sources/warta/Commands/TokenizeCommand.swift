import ArgumentParser
import Warta

/// `warta tokenize`: one token a line, with its kind and offsets.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print the tokens of each document, one a line.",
        discussion: """
            Offsets: start/end count Unicode code points (Python's text[start:end]); byte_start/byte_end count UTF-8 bytes.
            jsonl adds "norm" (NFC, quotes/dashes/spaces folded) when it differs from the text, and "clitics" for words with clitics.
            Examples:
              warta tokenize artikel.txt
              echo 'Harga naik Rp 5.000 (14,68%).' | warta tokenize --format tsv -
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    @Argument(help: "Files, directories (.txt, .jsonl) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: "Output format: jsonl or tsv.")
    var format: Format = .jsonl

    @OptionGroup var common: CommonOptions

    func run() throws {
        let lexicons = try common.lexiconStore()
        let tokenizer = try Tokenizer(lexicons: lexicons)
        let clitics = try CliticAnalyzer(lexicons: lexicons)
        let log = ProblemLog(quiet: common.quiet)
        let (items, problems) = InputReader.expand(try common.resolvedInputs(inputs))
        problems.forEach(log.report)
        if format == .tsv { Output.write("id\tstart\tend\tbyte_start\tbyte_end\tkind\ttext\n") }
        let reader = common.reader()
        for item in items {
            try reader.read(item, idle: { Output.flush() }) { result in
                switch result {
                case .failure(let problem): log.report(problem)
                case .success(let document):
                    document.warnings.forEach { log.warn(document.origin, $0) }
                    try write(document, tokenizer, clitics)
                }
            }
        }
        try log.finish()
    }

    func write(_ document: InputDocument, _ tokenizer: Tokenizer, _ clitics: CliticAnalyzer) throws {
        let id = JSONText.quoted(document.id)
        var lines = ""
        try document.source.bytes.withUnsafeBufferPointer { bytes in
            var cursor = OffsetCursor()
            try tokenizer.tokenize(bytes) { token in
                let start = cursor.codePoint(at: token.byteStart, in: bytes)
                let end = cursor.codePoint(at: token.byteEnd, in: bytes)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.byteRange]), as: UTF8.self)
                switch format {
                case .jsonl:
                    var extra = ""
                    if token.flags.contains(.nonASCII) {
                        let norm = Token.matchingForm(of: text)
                        if norm != text { extra += ",\"norm\":\(JSONText.quoted(norm))" }
                    }
                    if token.kind == .word, let analysis = clitics.analyze(text) {
                        let forms = ([analysis.prefix].compactMap { $0 } + analysis.suffixes).map { JSONText.quoted($0.form) }
                        extra += ",\"clitics\":[\(forms.joined(separator: ","))]"
                    }
                    lines += "{\"id\":\(id),\"text\":\(JSONText.quoted(text)),\"kind\":\"\(token.kind.rawValue)\",\"start\":\(start),\"end\":\(end),\"byte_start\":\(token.byteStart),\"byte_end\":\(token.byteEnd)\(extra)}\n"
                case .tsv:
                    lines += "\(document.id)\t\(start)\t\(end)\t\(token.byteStart)\t\(token.byteEnd)\t\(token.kind.rawValue)\t\(text)\n"
                }
                if lines.utf8.count > 1 << 16 {
                    Output.write(lines)
                    lines = ""
                }
            }
        }
        Output.write(lines)
    }
}
