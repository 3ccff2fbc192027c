import WartaLexicons
import WartaTokenizer

/// What the person extractor knows, read from `Lexicons/people/` and `Lexicons/quotes/` once.
public final class PersonLexicon: Sendable {
    /// Where a title's complement ends and the name begins.
    enum Complement: String, Sendable { case none, place, org }

    let titles: PhraseTrie<Complement>
    /// Ranks and honorifics written before a name (`Kombes Pol`, `Dr.`, `H.`).
    let ranks: PhraseTrie<Bool>
    /// Capitalised words naming a unit inside a role (`Bidang`, `Humas`).
    let unitWords: WordSet
    /// Cues written before a speaker's name (`kata`, `ujar`, `menurut`), folded.
    let cuesBeforeSpeaker: WordSet
    /// Lower-case role nouns before a name (`terdakwa`, `kuasa hukum`).
    let descriptors: PhraseTrie<Bool>
    let organisations: OrganisationLexicon
    /// Given names, name particles, public figures and ordinary words (see `NameLexicon`).
    let names: NameLexicon
    /// Words after which a person is named by initials (`berinisial`), folded.
    let initialCues: WordSet
    /// Words after which a capitalised run is a place (`di`, `asal`), folded.
    let placePrepositions: WordSet
    /// Words before a ticket of two people joined by a hyphen (`pasangan`, `paslon`), folded.
    let ticketCues: WordSet
    /// Every folded word the person scan looks up.
    let vocabulary: WordSet

    /// The sets whose membership `DocumentWords` records per token (see `WordTag`).
    var taggedSets: [WordSet] { [titles.startSet, ranks.startSet, descriptors.startSet] }

    public init(lexicons: LexiconStore = .embedded, tokenizer: Tokenizer, organisations: OrganisationLexicon) throws {
        let split = PhraseSplitter(tokenizer: tokenizer)
        var titles = PhraseTrie<Complement>()
        let file = try lexicons.file("people/titles.tsv")
        for entry in file.entries {
            guard let complement = entry[field: 1].flatMap(Complement.init(rawValue:)) else {
                throw LexiconError(path: file.path, line: entry.line, message: "expected title<TAB>none|place|org")
            }
            titles.insert(split.words(entry.key), complement)
        }
        self.titles = titles.taggedStarts(.titleStarts)
        var ranks = PhraseTrie<Bool>()
        for key in try lexicons.file("people/ranks.txt").keys { ranks.insert(split.words(key), true) }
        self.ranks = ranks.taggedStarts(.rankStarts)
        unitWords = WordSet(try lexicons.file("people/unit-words.txt").keys)
        cuesBeforeSpeaker = organisations.cuesBeforeSpeaker
        var descriptors = PhraseTrie<Bool>()
        for key in try lexicons.file("people/descriptors.txt").keys { descriptors.insert(split.words(key), true) }
        self.descriptors = descriptors.taggedStarts(.descriptorStarts)
        self.organisations = organisations
        self.names = organisations.nameLexicon
        initialCues = organisations.nameLexicon.initialCues
        placePrepositions = WordSet(try lexicons.file("people/place-prepositions.txt").keys)
        ticketCues = WordSet(try lexicons.file("people/ticket-cues.txt").keys)
        var vocabulary = titles.vocabulary.union(ranks.vocabulary).union(descriptors.vocabulary).union(organisations.vocabulary)
        vocabulary.formUnion(organisations.nameLexicon.vocabulary)
        vocabulary.formUnion(initialCues)
        vocabulary.formUnion(placePrepositions)
        vocabulary.formUnion(ticketCues)
        for word in unitWords { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        self.vocabulary = vocabulary
    }
}
