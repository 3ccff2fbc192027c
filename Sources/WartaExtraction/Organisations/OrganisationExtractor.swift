import WartaLexicons
import WartaRecords
import WartaText
import WartaTokenizer

/// Finds organisations: gazetteer names and aliases (`Kominfo`), patterned names not in the
/// gazetteer (`Dinas Kesehatan Kabupaten Demak`, `Pemkab Demak`), ministries inside roles
/// (`Menteri Kominfo`), and acronyms the article defines (`... (BPBD)`), each linked to the name
/// current on the article's date. Rules and examples: `OrganisationScan`.
public struct OrganisationExtractor: Extractor {
    public let name = "organisations"
    let lexicon: OrganisationLexicon
    let vocabulary: ExtractionVocabulary

    /// `vocabulary` is the union of the lexicons of every extractor that shares the document's words.
    public init(lexicon: OrganisationLexicon, vocabulary: ExtractionVocabulary) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
    }

    public func extract(_ document: Document, into record: inout ArticleRecord) {
        let words = document.words(vocabulary)
        var scan = OrganisationScan(lexicon: lexicon, words: words, document: document)
        for match in scan.run() {
            record.organisations.append(OrganisationMention(span: document.span(ofTokens: match.tokens), canonical: match.canonical, id: match.id,
                                                            kind: match.kind, acronym: match.acronym, rule: match.rule))
        }
    }
}
