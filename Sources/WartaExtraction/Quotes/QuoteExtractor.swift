import WartaRecords
import WartaText
import WartaTokenizer

/// Finds who said what: direct quotes between quote marks with their cue and speaker, and
/// reported speech (`X mengatakan ...`, `Menurut X, ...`). Runs after persons, whose mentions
/// are the speakers; pronouns and clitic cues (`katanya`) resolve to the most recent person.
///
/// | rule | example |
/// | --- | --- |
/// | `quote.direct-cue-after` | `"...," kata Menteri Kominfo Johnny G Plate` |
/// | `quote.pronoun-speaker` | `"...," ujar dia` |
/// | `quote.clitic-speaker` | `"...," katanya` |
/// | `quote.described-speaker` | `"...," ujar mantan Gubernur DKI Jakarta itu`, `"...," kata hakim.`: a description (or a role noun alone) of the last person named whose role holds its role words, else of the last person speaking |
/// | `quote.inserted-cue` | `"...," kata dia, "..."`: the second part, a quote of its own by the same speaker |
/// | `quote.direct-cue-before` | `Agus mengatakan, "..."` |
/// | `quote.continued-paragraph` | `"... .` at a paragraph's end, continued by `"... ," kata X.` in the next |
/// | `quote.direct-continued` | a quote with no cue, after a quote by the same speaker |
/// | `quote.indirect-verb` | `Agus menjelaskan hingga pukul 12.00 ...` |
/// | `quote.indirect-menurut` | `Menurut dia, ratusan rumah ...`, `Menurutnya, ...`, `Namun, menurut Eko, ...` |
/// | `quote.indirect-coordinated` | `Bupati Pangandaran H. Dadang Sukmana menyambut baik ... dan menyebutkan ...` |
/// | `quote.indirect-separated` | `Rudi dalam siaran persnya di Bandung, Jumat, menyebutkan ...`, `Rudi juga mengatakan, ...`, `Lebih lanjut, Ia menjelaskan ...` |
/// | `quote.indirect-unnamed` | `Sejumlah pedagang di pasar itu mengaku omzet turun ...`: a subject that names no one, a person noun or title opening the sentence; no speaker |
/// | `quote.indirect-described` | `Politikus PKS ini menilai ...`: a description as the subject, of the last person named whose role holds its role words (`QuoteScan+Roles`), else of the last speaker |
/// | `quote.indirect-role` | `Dalam pertimbangannya, hakim menyatakan ...`: a role noun alone as the subject, of the last person named with that role (`hakim tunggal Made Sudarsana`) |
/// | `quote.indirect-cue-after` | `Harga cabai naik, kata Teten.`: reported words before a cue set off by a comma |
/// | `quote.indirect-attributed-after` | `Harga beras turun, demikian dikatakan Kepala Dinas X Budi.`: the words before the attribution |
/// | `quote.indirect-attributed-before` | `Stok beras aman. Hal itu disampaikan Menteri X di Jakarta, Senin.`: the sentence before |
/// | `quote.indirect-inserted-cue` | `Meski ..., ungkap Teten, penerapan ... membuat ...`: the words after the cue, a second quote by the same speaker |
///
/// A verb followed by a noun of `quotes/object-nouns.txt` (`mengucapkan terima kasih`, `menyebut
/// nama ...`) or a quoted term takes an object and reports nothing.
/// Verbs of `quotes/clause-verbs.txt` (`menyampaikan`) report only with a comma, colon,
/// `bahwa` or a clause (`quotes/clause-markers.txt`, a passive verb) after them; the words allowed between a subject and its verb are in
/// `quotes/subject-adjuncts.txt`.
///
/// Not quotes: words after a title cue (`dengan tema "#KitaBelaKitaBeli"`), hashtags, and one-
/// or two-word scare quotes without a cue. An institution's stance (`BNPB mencatat ...`, `Kantor
/// Perdana Menteri Israel Benjamin Netanyahu menyatakan ...`) is not reported: only people speak
/// here. Requests and instructions (`quotes/directive-verbs.txt`: `mengimbau warga ...`, `meminta
/// ... agar`) report only with a comma, colon or `bahwa` after the verb.
public struct QuoteExtractor: Extractor {
    public let name = "quotes"
    public var reads: [String] { ["persons"] }
    let lexicon: QuoteLexicon
    let vocabulary: ExtractionVocabulary

    /// `vocabulary` is the union of the lexicons of every extractor that shares the document's words.
    public init(lexicon: QuoteLexicon, vocabulary: ExtractionVocabulary) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
    }

    public func extract(_ document: Document, into record: inout ArticleRecord) {
        let words = document.words(vocabulary)
        var scan = QuoteScan(lexicon: lexicon, words: words, document: document, persons: record.persons)
        record.quotes = scan.run()
    }
}
