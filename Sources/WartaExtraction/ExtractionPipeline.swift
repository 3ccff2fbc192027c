import WartaLexicons

/// The extractors Warta runs, in order. Adding an extractor is one line here.
public enum ExtractionPipeline {
    /// Record fields filled by the pipeline, in order.
    public static let names = ["dates", "figures", "organisations", "persons", "quotes"]

    /// The standard extractors, built from `lexicons`.
    public static func standard(lexicons: LexiconStore) throws -> [any Extractor] {
        [
            try DateExtractor(lexicons: lexicons),
            try FigureExtractor(lexicons: lexicons),
        ]
    }
}
