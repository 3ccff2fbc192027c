import ArgumentParser

/// The `warta` command: Indonesian news text analysis.
@main
struct WartaCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Indonesian news text analysis: tokens, sentences, stems, quotes, figures, dates, organisations and people.",
        discussion: """
            Examples:
              warta extract Corpus/articles/b05-hukum-kpk-ott-bupati.txt --published 2022-02-10
              warta extract articles/ --format json > records.json
              cat articles.jsonl | warta extract - > records.jsonl
              warta extract Corpus/articles --format html > entities.html
              warta extract articles.jsonl --format csv > entities.csv
              warta render --gold Corpus/articles --format html -o gold-pages/
              warta tokenize --format tsv artikel.txt
              warta sentences artikel.txt
              warta stem --explain meluncurkan keberlangsungan
            """,
        subcommands: [ExtractCommand.self, RenderCommand.self, TokenizeCommand.self, SentencesCommand.self, StemCommand.self, EvalCommand.self]
    )
}
