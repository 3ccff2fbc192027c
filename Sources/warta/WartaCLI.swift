import ArgumentParser

/// The `warta` command: Indonesian news text analysis.
@main
struct WartaCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Indonesian news text analysis: tokens, sentences, stems, quotes, figures, dates, organisations and people.",
        discussion: """
            Examples:
              warta extract Corpus/articles/a01-ekonomi-umkm-digital.txt --published 2020-07-09
              warta extract articles/ --format json > records.json
              cat articles.jsonl | warta extract - > records.jsonl
              warta extract Corpus/articles --format html > entities.html
              warta extract articles.jsonl --format csv > entities.csv
              warta tokenize --format tsv artikel.txt
              warta sentences artikel.txt
            """,
        subcommands: [ExtractCommand.self, RenderCommand.self, TokenizeCommand.self, SentencesCommand.self, EvalCommand.self]
    )
}
