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
    @OptionGroup(title: "Datasets and HTML") var input: InputOptions

    func run() throws {
        let lexicons = try common.lexiconStore()
        let splitter = try SentenceSplitter(lexicons: lexicons)
        let layoutReader = try ArticleLayoutReader(lexicons: lexicons)
        try common.forEachDocument(inputs, input: input, header: format == .tsv ? "id\tstart\tend\ttext\n" : nil) { document in
            try write(document, splitter, layoutReader.read(document.source))
        }
    }

    /// Streams the body sentences of one document, paragraph by paragraph.
    func write(_ document: InputDocument, _ splitter: SentenceSplitter, _ layout: ArticleLayout) throws {
        var out = ByteOutput()
        let idJSON = ByteOutput.jsonString(document.id)
        try document.source.bytes.withUnsafeBufferPointer { bytes in
            var cursor = OffsetCursor()
            for paragraph in layout.body {
                for range in try splitter.sentences(in: bytes, range: paragraph) {
                    let start = cursor.codePoint(at: range.lowerBound, in: bytes)
                    let end = cursor.codePoint(at: range.upperBound, in: bytes)
                    let text = UnsafeBufferPointer(rebasing: bytes[range])
                    switch format {
                    case .jsonl:
                        out.append("{\"id\":"); out.append(idJSON)
                        out.append(",\"text\":"); out.appendJSONString(text)
                        out.append(",\"start\":"); out.append(start)
                        out.append(",\"end\":"); out.append(end)
                        out.append(",\"byte_start\":"); out.append(range.lowerBound)
                        out.append(",\"byte_end\":"); out.append(range.upperBound)
                        out.append("}\n")
                    case .tsv:
                        out.append(document.id); out.append("\t"); out.append(start); out.append("\t"); out.append(end); out.append("\t")
                        out.append(String(decoding: text, as: UTF8.self).replacingTabs()); out.append("\n")
                    }
                    out.flush()
                }
            }
        }
        out.flush(force: true)
    }
}

extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
