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
    @OptionGroup(title: "Datasets and HTML") var input: InputOptions

    func run() throws {
        let lexicons = try common.lexiconStore()
        let tokenizer = try Tokenizer(lexicons: lexicons)
        let clitics = try CliticAnalyzer.withRoots(lexicons: lexicons)
        let header = format == .tsv ? "id\tstart\tend\tbyte_start\tbyte_end\tkind\ttext\n" : nil
        try common.forEachDocument(inputs, input: input, header: header) { document in
            try write(document, tokenizer, clitics)
        }
    }

    func write(_ document: InputDocument, _ tokenizer: Tokenizer, _ clitics: CliticAnalyzer) throws {
        var out = ByteOutput()
        let id = document.id
        let idJSON = ByteOutput.jsonString(id)
        try document.source.bytes.withUnsafeBufferPointer { bytes in
            var cursor = OffsetCursor()
            try tokenizer.tokenize(bytes) { token in
                let start = cursor.codePoint(at: token.byteStart, in: bytes)
                let end = cursor.codePoint(at: token.byteEnd, in: bytes)
                let text = UnsafeBufferPointer(rebasing: bytes[token.byteRange])
                switch format {
                case .jsonl:
                    out.append("{\"id\":"); out.append(idJSON)
                    out.append(",\"text\":"); out.appendJSONString(text)
                    out.append(",\"kind\":\""); out.append(token.kind.rawValue)
                    out.append("\",\"start\":"); out.append(start)
                    out.append(",\"end\":"); out.append(end)
                    out.append(",\"byte_start\":"); out.append(token.byteStart)
                    out.append(",\"byte_end\":"); out.append(token.byteEnd)
                    if token.flags.contains(.nonASCII) {
                        let string = String(decoding: text, as: UTF8.self)
                        let norm = Token.matchingForm(of: string)
                        if norm != string { out.append(",\"norm\":"); out.appendJSONString(norm) }
                    }
                    if token.kind == .word, clitics.mayHaveClitic(utf8: text), let analysis = clitics.analyze(String(decoding: text, as: UTF8.self)) {
                        out.append(",\"clitics\":[")
                        for (index, clitic) in ([analysis.prefix].compactMap { $0 } + analysis.suffixes).enumerated() {
                            if index > 0 { out.append(",") }
                            out.appendJSONString(clitic.form)
                        }
                        out.append("]")
                    }
                    out.append("}\n")
                case .tsv:
                    out.append(id); out.append("\t"); out.append(start); out.append("\t"); out.append(end)
                    out.append("\t"); out.append(token.byteStart); out.append("\t"); out.append(token.byteEnd)
                    out.append("\t"); out.append(token.kind.rawValue); out.append("\t"); out.append(bytes: text); out.append("\n")
                }
                out.flush()
            }
        }
        out.flush(force: true)
    }
}
