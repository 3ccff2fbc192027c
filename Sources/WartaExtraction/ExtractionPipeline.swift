import WartaLexicons
import WartaRecords
import WartaTokenizer

/// The extractors Warta runs, in order. Adding an extractor is one line here.
public enum ExtractionPipeline {
    /// Record fields filled by the pipeline, in order.
    public static let names = ["dates", "figures", "organisations", "persons", "quotes"]

    /// The standard extractors, built from `lexicons`.
    public static func standard(lexicons: LexiconStore) throws -> [any Extractor] {
        let tokenizer = try Tokenizer(lexicons: lexicons)
        let names = try NameLexicon(lexicons: lexicons, tokenizer: tokenizer)
        let organisations = try OrganisationLexicon(lexicons: lexicons, tokenizer: tokenizer, names: names)
        let persons = try PersonLexicon(lexicons: lexicons, tokenizer: tokenizer, organisations: organisations)
        let quotes = try QuoteLexicon(lexicons: lexicons)
        let vocabulary = ExtractionVocabulary([organisations.vocabulary, persons.vocabulary, quotes.vocabulary],
                                              tagged: organisations.taggedSets + persons.taggedSets + quotes.taggedSets)
        return [
            try DateExtractor(lexicons: lexicons),
            try FigureExtractor(lexicons: lexicons),
            OrganisationExtractor(lexicon: organisations, vocabulary: vocabulary),
            PersonExtractor(lexicon: persons, vocabulary: vocabulary),
            QuoteExtractor(lexicon: quotes, vocabulary: vocabulary),
        ]
    }

    /// The extractors of `all` needed to fill the fields in `chosen`: those, and every extractor
    /// whose field one of them reads (transitively), in pipeline order.
    public static func needed(for chosen: Set<String>, in all: [any Extractor]) -> [any Extractor] {
        var needed = chosen
        var changed = true
        while changed {
            changed = false
            for extractor in all where needed.contains(extractor.name) {
                for field in extractor.reads where !needed.contains(field) {
                    needed.insert(field)
                    changed = true
                }
            }
        }
        return all.filter { needed.contains($0.name) }
    }

    /// Empties the record field an extractor named `name` fills.
    public static func clear(_ name: String, in record: inout ArticleRecord) {
        switch name {
        case "dates": record.dates = []
        case "figures": record.figures = []
        case "organisations": record.organisations = []
        case "persons": record.persons = []
        case "quotes": record.quotes = []
        default: break
        }
    }
}
