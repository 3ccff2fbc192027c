import WartaLexicons
import WartaTokenizer

/// The extractors Warta runs, in order. Adding an extractor is one line here.
public enum ExtractionPipeline {
    /// Record fields filled by the pipeline, in order.
    public static let names = ["dates", "figures", "organisations", "persons", "quotes"]

    /// The standard extractors, built from `lexicons`.
    public static func standard(lexicons: LexiconStore) throws -> [any Extractor] {
        let tokenizer = try Tokenizer(lexicons: lexicons)
        let organisations = try OrganisationLexicon(lexicons: lexicons, tokenizer: tokenizer)
        let names = try NameLexicon(lexicons: lexicons, tokenizer: tokenizer)
        let persons = try PersonLexicon(lexicons: lexicons, tokenizer: tokenizer, organisations: organisations, names: names)
        let quotes = try QuoteLexicon(lexicons: lexicons)
        let vocabulary = ExtractionVocabulary([organisations.vocabulary, persons.vocabulary, quotes.vocabulary],
                                              tagged: organisations.taggedSets + quotes.taggedSets)
        return [
            try DateExtractor(lexicons: lexicons),
            try FigureExtractor(lexicons: lexicons),
            OrganisationExtractor(lexicon: organisations, vocabulary: vocabulary),
            PersonExtractor(lexicon: persons, vocabulary: vocabulary),
            QuoteExtractor(lexicon: quotes, vocabulary: vocabulary),
        ]
    }
}
