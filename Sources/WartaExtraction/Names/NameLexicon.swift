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
    /// Foreign given names that are also ordinary Indonesian words (`Gigi`, `Tim`), folded: evidence
    /// only before a word that no lexicon and no root list knows (`Gigi Dall'Igna`).
    let ordinaryGivenNames: WordSet
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
    /// Regional noble or customary titles that open a name and stay in it (`Lalu`, `Baiq`, `Teuku`),
    /// folded: evidence of a name only before a word with name evidence (`Lalu` is also "ago").
    let nobleTitles: WordSet
    /// Every folded word the name rules look up through `DocumentWords.known`.
    let vocabulary: WordSet

    public init(lexicons: LexiconStore = .embedded, tokenizer: Tokenizer) throws {
        let split = PhraseSplitter(tokenizer: tokenizer)
        let given = try lexicons.file("people/given-names.txt").keys.map { DocumentWords.fold($0, ascii: false) }
        let stemmer = try Stemmer(lexicons: lexicons, cacheCapacity: 0)
        // Names written in the old spelling (`Djoko`, `Fadjar`, `Soekarno`, `Tjahjo`) are the same given names.
        var givenNames = WordSet(given)
        for name in given {
            for variant in Self.oldSpellings(of: name) where !stemmer.isRoot(variant) { givenNames.insert(variant) }
        }
        // Foreign given names (`foreign-given-names.txt`) keep their spelling; one that is also an
        // ordinary Indonesian word (`Tim`, `Luka`) is left out.
        var ordinaryGivenNames = WordSet()
        for name in try lexicons.file("people/foreign-given-names.txt").keys {
            let folded = DocumentWords.fold(name, ascii: false)
            if !stemmer.isRoot(folded) { givenNames.insert(folded) } else { ordinaryGivenNames.insert(folded) }
        }
        self.givenNames = givenNames
        self.ordinaryGivenNames = ordinaryGivenNames
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
        self.figures = figures.taggedStarts(.figureStarts)
        self.fullNames = fullNames
        self.fullNameWords = fullNameWords
        notNames = WordSet(try lexicons.file("people/not-name-words.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        self.stemmer = stemmer
        nameWords = figures.vocabulary.union(givenNames)
        initialCues = WordSet(try lexicons.file("people/initial-cues.txt").keys).tagged(.initialCues)
        nobleTitles = WordSet(try lexicons.file("people/noble-titles.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        var vocabulary = figures.vocabulary
        vocabulary.formUnion(givenNames)
        vocabulary.formUnion(ordinaryGivenNames)
        vocabulary.formUnion(particles)
        vocabulary.formUnion(notNames)
        vocabulary.formUnion(initialCues)
        vocabulary.formUnion(nobleTitles)
        self.vocabulary = vocabulary
    }

    /// A given name in the spelling before 1972 (EYD): `dj` for `j`, `j` for `y`, `tj` for `c`, `oe` for `u`,
    /// each change alone and all together (`joko` → `djoko`, `cahyo` → `tjahjo`, `sukarno` → `soekarno`).
    /// Works on bytes: string splitting cost a tenth of the start-up.
    static func oldSpellings(of name: String) -> [String] {
        let rules: [(UInt8, [UInt8])] = [(0x6A, [0x64, 0x6A]), (0x79, [0x6A]), (0x63, [0x74, 0x6A]), (0x75, [0x6F, 0x65])]
        func apply(_ input: [UInt8], _ rule: (UInt8, [UInt8])) -> [UInt8] {
            guard input.contains(rule.0) else { return input }
            var output: [UInt8] = []
            output.reserveCapacity(input.count + 4)
            for byte in input {
                if byte == rule.0 { output.append(contentsOf: rule.1) } else { output.append(byte) }
            }
            return output
        }
        let bytes = Array(name.utf8)
        var variants: [[UInt8]] = []
        var all = bytes
        for rule in rules {
            let variant = apply(bytes, rule)
            if variant != bytes { variants.append(variant) }
            all = apply(all, rule)
        }
        if all != bytes, !variants.contains(all) { variants.append(all) }
        return variants.map { String(decoding: $0, as: UTF8.self) }
    }
}
