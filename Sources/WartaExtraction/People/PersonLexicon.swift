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
    /// Kinship and religious titles before a nickname (`Gus`, `Cak`), folded.
    let nicknameTitles: WordSet
    /// Words between a full name and another name for the person (`alias`, `disapa`), folded, to
    /// whether any capitalised name may follow (`atau` takes only a nickname title or initials).
    let aliasCues: WordMap<Bool>
    /// Words opening a list of initials after a person noun (`yaitu`), folded.
    let initialListCues: WordSet
    /// Every initials cue, folded, to whether it is strong (`berinisial`) or a list cue (`yaitu`): one lookup a token.
    let initialCueKinds: WordMap<Bool>
    /// Heads of things named after a person (`RSUP`, `Bandara`, `Jalan`).
    let namedAfterHeads: PhraseTrie<Bool>
    /// The last word of each such head (folded): probed before the trie.
    let namedAfterLastWords: WordSet
    /// Family names opening East and Southeast Asian names (`Hwang`, `Nguyen`), folded.
    let familyNames: WordSet
    /// `itu`, `ini`, `tersebut`: after a capitalised run they make it a description, not a name.
    let demonstratives: WordSet
    /// Nouns of a person's station in apposition after a bare name (`pemilik`, `warga`), folded.
    let apposedNouns: WordSet
    /// Capitalised particles inside foreign names (`Di` of `Eusebio Di Francesco`), folded.
    let innerParticles: WordSet
    /// Phrases before a name a person takes on taking an office (`memilih nama`, `bergelar`).
    let takenNameCues: PhraseTrie<Bool>
    /// Words after which a capitalised run names a character or a work, not a person (`memerankan
    /// Edwin`, `film Bukit Duri`), folded.
    let characterCues: WordSet
    /// Relative pronouns (`yang`, `selaku`) and person nouns (`pria`, `politikus`) of `quotes/`,
    /// folded: `pria yang akrab disapa Tom` names the person last named.
    let relatives: WordSet
    let personNouns: WordSet
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
        nicknameTitles = WordSet(try lexicons.file("people/nickname-titles.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        var aliasCues = WordMap<Bool>()
        let aliasFile = try lexicons.file("people/alias-cues.tsv")
        for entry in aliasFile.entries {
            guard let kind = entry[field: 1], kind == "any" || kind == "marked" else {
                throw LexiconError(path: aliasFile.path, line: entry.line, message: "expected word<TAB>any|marked")
            }
            aliasCues.set(entry.key, kind == "any")
        }
        self.aliasCues = aliasCues
        initialListCues = WordSet(try lexicons.file("people/initial-list-cues.txt").keys)
        var initialCueKinds = WordMap<Bool>()
        for cue in initialListCues { initialCueKinds.set(cue, false) }
        for cue in organisations.nameLexicon.initialCues { initialCueKinds.set(cue, true) }
        self.initialCueKinds = initialCueKinds
        var heads = PhraseTrie<Bool>()
        var lastWords: WordSet = []
        for key in try lexicons.file("people/named-after-heads.txt").keys {
            let headWords = split.words(key)
            heads.insert(headWords, true)
            if let last = headWords.last { lastWords.insert(DocumentWords.fold(last, ascii: false)) }
        }
        namedAfterHeads = heads
        namedAfterLastWords = lastWords
        let roots = organisations.nameLexicon.stemmer
        familyNames = WordSet(try lexicons.file("people/family-names.txt").keys.map { DocumentWords.fold($0, ascii: false) }.filter { !roots.isRoot($0) })
        var demonstratives: WordSet = []
        var relatives: WordSet = []
        for entry in try lexicons.file("quotes/function-words.tsv").entries {
            if entry[field: 1] == "demonstrative" { demonstratives.insert(entry.key) }
            if entry[field: 1] == "relative" { relatives.insert(entry.key) }
        }
        self.demonstratives = demonstratives
        self.relatives = relatives
        personNouns = WordSet(try lexicons.file("quotes/person-nouns.txt").keys)
        apposedNouns = WordSet(try lexicons.file("people/apposed-nouns.txt").keys)
        innerParticles = WordSet(try lexicons.file("people/inner-particles.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        var takenNameCues = PhraseTrie<Bool>()
        for key in try lexicons.file("people/taken-name-cues.txt").keys { takenNameCues.insert(split.words(key), true) }
        self.takenNameCues = takenNameCues
        characterCues = WordSet(try lexicons.file("people/character-cues.txt").keys)
        var vocabulary = titles.vocabulary.union(ranks.vocabulary).union(descriptors.vocabulary).union(organisations.vocabulary)
        vocabulary.formUnion(organisations.nameLexicon.vocabulary)
        vocabulary.formUnion(initialCues)
        vocabulary.formUnion(placePrepositions)
        vocabulary.formUnion(ticketCues)
        for set in [nicknameTitles, WordSet(aliasCues.keys), initialListCues, familyNames, demonstratives, apposedNouns, innerParticles, characterCues, relatives, personNouns] { vocabulary.formUnion(set) }
        vocabulary.formUnion(heads.vocabulary)
        vocabulary.formUnion(takenNameCues.vocabulary)
        for word in unitWords { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        self.vocabulary = vocabulary
    }
}
