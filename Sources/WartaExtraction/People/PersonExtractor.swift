import WartaLexicons
import WartaRecords
import WartaText
import WartaTokenizer

/// Finds people: names introduced with a title or role (`Menteri Kominfo Johnny G Plate`,
/// `Kepala BPBD Mamuju H. Muhammad Yusran, S.Sos.`), names after a speech cue (`kata Budi
/// Santoso`), and later short forms of them (`Johnny`), each linked to the fullest form of the
/// name in the article. Runs after organisations, whose mentions delimit roles.
///
/// | rule | example |
/// | --- | --- |
/// | `person.title-name` | `Presiden Joko Widodo`, `Kepala Pelaksana BPBD Demak Agus Triyanto` |
/// | `person.after-cue` | `"...," kata Budi Santoso` |
/// | `person.short-name` | `Johnny` after `Menteri Kominfo Johnny G Plate`; `Afif` for Mochammad Afifuddin and a lone capitalised `Mega` for Megawati Hangestri Pertiwi (a short form opening a name word); `Gus Ipul` after an alias (the nickname title inside) |
/// | `person.named-later` | `Siti Rahmawati Lubis` when the article later quotes `Siti` alone |
/// | `person.before-verb` | `Kuasa hukum Robertus, Antonius Sembiring, S.H., menyatakan ...` |
/// | `person.descriptor-name` | `terdakwa Daniel Halim Wijaya`, `ekonom PT Bank Mandiri (Persero) Tbk Rizal Fahmi Harahap` |
/// | `person.public-figure` | `Recep Tayyip Erdogan` bare anywhere (a full name in `people/public-figures.tsv`) |
/// | `person.nickname` | `Jokowi`, `SBY`, `MBS`: a listed short form, linked to the full name when the article writes it |
/// | `person.given-name` | `Dedik Setiawan menyamakan kedudukan`: a capitalised run opening with a given name (`people/given-names.txt`) |
/// | `person.bare-name` | `umpan silang Ciro Alves`: two or more capitalised words no lexicon knows, none an ordinary or affixed word but one between name words (`Rosan Perkasa Roeslani`); a body's words before the name stay out (`AfD Alice Weidel`, `Names/PersonScan+NameStart.swift`) |
/// | `person.initials` | `berinisial FR` when the article names `FR` again |
/// | `person.honorific` | `Pak Mahfud`, `Kolonel Inf Dedi Hermawan`: a rank or honorific, then a name (the rank kept out) |
/// | `person.ticket` | `Pramono Anung-Rano Karno`, `pasangan Anies-Muhaimin`: two people joined by a hyphen inside one token (`Names/PersonScan+Tickets.swift`) |
/// | `person.family-name` | `Hwang Sun-hong`, `Min Aung Hlaing`: a family name (`people/family-names.txt`) and words no lexicon knows (`Names/PersonScan+Evidence.swift`) |
/// | `person.listed` | `Jude Bellingham dan Rodrygo`: a name no lexicon knows after a person and `dan` or a comma |
/// | `person.apposed` | `Sulastri, pemilik warung ...`, `Rudi (45)`: a station in apposition (`people/apposed-nouns.txt`) or an age after a name |
/// | `person.alias` | `Immanuel Ebenezer alias Noel`, `Saifullah Yusuf atau Gus Ipul`: another name after an alias cue (`people/alias-cues.tsv`), linked to the person; `pria yang akrab disapa Tom Lembong`, `pelatih yang akrab disapa Teco`: after a person noun, the person last named (whose role holds the noun first) (`Names/PersonScan+Aliases.swift`) |
/// | `person.taken-name` | `... memilih nama Paus Leo XIV`: a name taken with an office after a cue (`people/taken-name-cues.txt`) names the person the sentence is about; a regnal number (`XIV`) is part of a name (`Names/PersonScan+TakenNames.swift`) |
/// | `person.spelled-initials` | `Bunga Citra Lestari ... BCL, sapaan Bunga`: the earlier run whose words the initials before an alias cue spell (`Names/PersonScan+Aliases.swift`) |
/// | `person.defined-initials` | `Agus Harimurti Yudhoyono (AHY)`: initials in parentheses after a person's name, and later `AHY` |
///
/// Bare names (the last five rules) live in `Names/PersonScan+Names.swift`; their evidence is `NameLexicon`.
public struct PersonExtractor: Extractor {
    public let name = "persons"
    public var reads: [String] { ["organisations"] }
    let lexicon: PersonLexicon
    let vocabulary: ExtractionVocabulary

    /// `vocabulary` is the union of the lexicons of every extractor that shares the document's words.
    public init(lexicon: PersonLexicon, vocabulary: ExtractionVocabulary) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
    }

    public func extract(_ document: Document, into record: inout ArticleRecord) {
        let words = document.words(vocabulary)
        var scan = PersonScan(lexicon: lexicon, words: words, document: document, organisations: record.organisations)
        record.persons = scan.run()
    }
}
