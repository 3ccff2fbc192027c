import WartaLexicons
import WartaStemmer
import WartaTokenizer

/// What Warta knows about how people are named, read once from `Lexicons/people/` and
/// the stemmer's root lexicon: given names, the particles inside a name (`bin`, `da`, `van`), public
/// figures with their short forms (`Jokowi` for Joko Widodo), and the ordinary Indonesian words that
/// a capitalised word at the start of a sentence usually is (`Selain`, `Usai`).
public final class NameLexicon: Sendable {
    /// A public figure's full name, or one of its short forms.
    struct Figure: Sendable {
        /// Index into `fullNames`.
        let index: Int
        /// A short form (`Jokowi`, `SBY`), not the full name.
        let short: Bool
        /// Written in capitals in the lexicon (`SBY`): a one-word form matches only capitals, and a
        /// one-word form in lower case only text that is not all capitals (`Xi`, not `XI`).
        let capitals: Bool
    }

    /// Given names (folded): a capitalised run opening with one is a person's name.
    let givenNames: WordSet
    /// Lower-case particles joining a name's capitalised words (folded).
    let particles: WordSet
    /// Public figures' full names and short forms (folded words).
    let figures: PhraseTrie<Figure>
    /// Each figure's full name as written in the lexicon, and its folded name words.
    let fullNames: [String]
    let fullNameWords: [[String]]
    /// Capitalised words that never stand in a person's name (`Online`, `Facility`, `Natalis`), folded.
    let notNames: WordSet
    /// The root lexicon (hunspell-id roots and Warta's additions) and root finder: whether a
    /// capitalised word is an ordinary Indonesian word (`Selain`, `Usai`) or an affixed one
    /// (`Pelatihan Pembelajar`), not a name.
    let stemmer: Stemmer
    /// Given names and the words of public figures' names (folded): words a bare name may hold
    /// though a lexicon knows them.
    let nameWords: WordSet
    /// Words after which a person is named by initials (`berinisial`), folded.
    let initialCues: WordSet
    /// Every folded word the name rules look up through `DocumentWords.known`.
    let vocabulary: WordSet

    public init(lexicons: LexiconStore = .embedded, tokenizer: Tokenizer) throws {
        let split = PhraseSplitter(tokenizer: tokenizer)
        givenNames = WordSet(try lexicons.file("people/given-names.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        particles = WordSet(try lexicons.file("people/name-particles.txt").keys)
        var figures = PhraseTrie<Figure>()
        var fullNames: [String] = []
        var fullNameWords: [[String]] = []
        let file = try lexicons.file("people/public-figures.tsv")
        for entry in file.entries {
            let index = fullNames.count
            fullNames.append(entry.key)
            let nameWords = split.words(entry.key)
            fullNameWords.append(nameWords)
            figures.insert(nameWords, Figure(index: index, short: false, capitals: OrganisationLexicon.isCapitals(entry.key)))
            for short in (entry[field: 1] ?? "-").split(separator: "|") where short != "-" {
                figures.insert(split.words(String(short)), Figure(index: index, short: true, capitals: OrganisationLexicon.isCapitals(String(short))))
            }
        }
        self.figures = figures
        self.fullNames = fullNames
        self.fullNameWords = fullNameWords
        notNames = WordSet(try lexicons.file("people/not-name-words.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        stemmer = try Stemmer(lexicons: lexicons, cacheCapacity: 0)
        nameWords = figures.vocabulary.union(givenNames)
        initialCues = WordSet(try lexicons.file("people/initial-cues.txt").keys)
        var vocabulary = figures.vocabulary
        vocabulary.formUnion(givenNames)
        vocabulary.formUnion(particles)
        vocabulary.formUnion(notNames)
        vocabulary.formUnion(initialCues)
        self.vocabulary = vocabulary
    }
}
