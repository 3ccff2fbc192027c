import WartaLexicons
import WartaText
import WartaTokenizer

/// Everything the organisation extractor knows, read from `Lexicons/organisations/` once:
/// the gazetteer as a phrase table of aliases, pattern heads, places and the words that are not names.
public final class OrganisationLexicon: Sendable {
    /// One name a body has had (a gazetteer line).
    struct Name: Sendable {
        let canonical: String
        let id: String
        let kind: String
        let acronym: String?
        /// The periods the name was in use (open ends nil); one unbounded period when always.
        let periods: [(from: CivilDate?, to: CivilDate?)]
        /// A club's canonical is the fullest of its name forms the article writes (`clubs.tsv`).
        var written = false
    }

    /// What an alias points to.
    struct Alias: Sendable {
        let id: String
        /// Written in capitals in the gazetteer: matches only capitalised text.
        let capitalsOnly: Bool
        /// The alias is an acronym (reported in `acronym`).
        let acronym: String?
        /// A club's nickname (`The Reds`): a mention, but never the club's written canonical.
        var nickname = false
    }

    /// An opening word of a patterned name (`Dinas`, `Pemprov`).
    struct Head: Sendable {
        enum Complement: String, Sendable { case name, namePlace = "name-place", nameRegion = "name-region", region, place, company }
        let kind: String
        let complement: Complement
        /// The head's full form in the canonical name (`Pemerintah Provinsi` for `Pemprov`), nil when written in full.
        let expansion: String?
    }

    /// An opening word of a unit written with its parent body (`Komisi`, `Satreskrim`, `Fakultas`).
    struct UnitHead: Sendable {
        /// A Roman numeral or one letter must follow (`Komisi VIII`).
        let numbered: Bool
        /// The head's full form in the canonical name (`Satuan Reserse Kriminal` for `Satreskrim`), nil when written in full.
        let expansion: String?
        /// The parent must be a body of this kind (`party` for `DPW`), nil for any.
        var parentKind: String? = nil
        /// Named alone after a body of `parentKind` (any when nil), the unit is that body's (`Dewan Syura`).
        var alone = false
        /// Other expansions for some parents' ids (`pkb` → `Dewan Pengurus Wilayah`).
        var expansions: [String: String] = [:]
    }

    let names: [Name]
    let namesByID: [String: [Int]]
    let aliases: PhraseTrie<Alias>
    /// Ministry names as they follow `Menteri` (`Kominfo`, `Keuangan`, `Koordinator Bidang Perekonomian`).
    let roleAliases: PhraseTrie<Alias>
    let heads: PhraseTrie<Head>
    /// Units written with their parent (`Komisi VIII DPR`), see `unit-heads.tsv`.
    let unitHeads: PhraseTrie<UnitHead>
    /// A club's city or short word naming it only after the club was named (`Madrid`), and the club's id.
    let clubAgain: PhraseTrie<String>
    /// Stock codes (`BBCA`) and the id of their company, see `tickers.tsv`.
    let tickers: PhraseTrie<String>
    /// Words marking a stock code as a share (`saham`, `emiten`, `berkode`).
    let tickerCues: WordSet
    /// Words before an acronym no list knows that make it a body (`Ketua KSPN`).
    let acronymCues: PhraseTrie<Bool>
    /// The most words an acronym cue has.
    let acronymCueWords: Int
    /// Words closing a competition's, event's or venue's name (`Liga`, `Circuit`): a company opening one is its sponsor.
    let sponsoredTails: WordSet
    /// Bodies whose one-word name is written in lower case (`kumparan`, `detikcom`): found without a capital.
    let lowercaseNames: WordSet
    /// Leagues, cups and race series (`Serie A`, `AFC Champions League`): never bodies, and a body's
    /// name opening one (`AFC`) is part of the competition's name.
    let competitions: PhraseTrie<Bool>
    /// Words for a team (`skuad`, `timnas`): a company's short name after one is a team's nickname (`skuad Garuda`).
    let teamWords: WordSet
    /// Lower-case nouns announcing an organisation's name (`perusahaan`, `klub`) and its kind.
    let announcers: PhraseTrie<String>
    /// The most words an announcing noun has (`lembaga survei`: 2).
    let announcerWords: Int
    /// Words closing a club's or a brokerage's name (`FC`, `Sekuritas`), the kind of body they close and
    /// the legal form its canonical opens with (`PT` for `Sekuritas`), if any.
    let nameSuffixes: PhraseTrie<(kind: String, legalForm: String?)>
    /// A place's level (`province`, `city`, `regency`, `both`, `country`) and, for abbreviations, its full name.
    struct Place: Sendable {
        let level: String
        let canonical: String?
    }

    /// Place names (folded).
    let places: PhraseTrie<Place>
    /// Bodies with regional branches (`kpu`: `KPU Jawa Tengah`).
    let branching: WordSet
    /// National qualifiers a branch's name drops (`Republik Indonesia`).
    let nationalSuffixes: [String]
    /// Heads naming a body's building or office (`Kantor`, `Gedung`): before another body they are no body.
    let buildingHeads: WordSet
    /// Words closing a company's name (`Persero` in parentheses, `Tbk`), folded.
    let companyForms: WordSet
    let placeSuffixes: WordSet
    /// Folded level word → canonical level word (`kab.` → `Kabupaten`).
    let regionLevels: WordMap<String>
    /// Terms that are never organisations (exact text).
    let terms: WordSet
    /// Capitalised words that end a patterned name (exact text).
    let stopwords: WordSet
    /// Lower-case words that join a name's capitalised words (`dan`, `bidang`, `/`).
    let connectors: WordSet
    /// Titles after which a ministry appears in its short form (`Menteri`).
    let ministryTitles: PhraseTrie<Bool>
    /// First words of person titles and ranks (folded): a patterned name stops before them.
    let roleWords: WordSet
    /// Capitalised words naming a unit (`Perwakilan`, `Bidang`): a patterned name made only of
    /// them before a known organisation is a unit of it (`Kantor Perwakilan WHO`), not a body.
    let unitWords: WordSet
    /// Speech cues written before a speaker (`kata`, `ujar`, `menurut`): the word after one is a
    /// person's name, so a patterned name stops before it.
    let cuesBeforeSpeaker: WordSet
    /// Reporting verbs written after a speaker (`mengatakan`).
    let verbsAfterSpeaker: WordSet
    /// Every folded word the organisation and person scans look up.
    let vocabulary: WordSet

    /// How people are named (given names stop a patterned name before a person's name).
    let nameLexicon: NameLexicon

    /// `names` is shared with the person scan; nil loads it from `lexicons`.
    public init(lexicons: LexiconStore = .embedded, tokenizer: Tokenizer, names: NameLexicon? = nil) throws {
        let split = PhraseSplitter(tokenizer: tokenizer)
        let nameLexicon = try names ?? NameLexicon(lexicons: lexicons, tokenizer: tokenizer)
        self.nameLexicon = nameLexicon
        let gazetteer = try Self.gazetteer(lexicons, split)
        self.names = gazetteer.names
        self.namesByID = gazetteer.byID
        self.aliases = gazetteer.aliases.taggedStarts(.aliasStarts)
        lowercaseNames = WordSet(gazetteer.lowercaseNames.map { DocumentWords.fold($0, ascii: false) }).tagged(.lowercaseNames)
        self.roleAliases = gazetteer.roleAliases.taggedStarts(.roleAliasStarts)
        self.clubAgain = gazetteer.clubAgain
        self.tickers = gazetteer.tickers
        tickerCues = WordSet(try lexicons.file("organisations/ticker-cues.txt").keys)
        teamWords = WordSet(try lexicons.file("organisations/team-words.txt").keys)
        sponsoredTails = WordSet(try lexicons.file("organisations/sponsored-tails.txt").keys.map { DocumentWords.fold($0, ascii: false) })
        var competitions = PhraseTrie<Bool>()
        for key in try lexicons.file("organisations/competitions.txt").keys { competitions.insert(split.words(key), true) }
        self.competitions = competitions
        var acronymCues = PhraseTrie<Bool>()
        var acronymCueWords = 0
        for key in try lexicons.file("organisations/acronym-cues.txt").keys {
            let phrase = split.words(key)
            acronymCues.insert(phrase, true)
            acronymCueWords = max(acronymCueWords, phrase.count)
        }
        self.acronymCues = acronymCues
        self.acronymCueWords = acronymCueWords

        var heads = PhraseTrie<Head>()
        let headFile = try lexicons.file("organisations/pattern-heads.tsv")
        for entry in headFile.entries {
            guard let kind = entry[field: 1], let complement = entry[field: 2].flatMap(Head.Complement.init(rawValue:)) else {
                throw LexiconError(path: headFile.path, line: entry.line, message: "expected head, kind, complement")
            }
            let expansion = entry[field: 3].flatMap { $0 == "-" ? nil : $0 }
            heads.insert(split.words(entry.key), Head(kind: kind, complement: complement, expansion: expansion))
        }
        self.heads = heads.taggedStarts(.headStarts)
        var unitHeads = PhraseTrie<UnitHead>()
        for entry in try lexicons.file("organisations/unit-heads.tsv").entries {
            var expansions: [String: String] = [:]
            if let other = entry[field: 5], let colon = other.firstIndex(of: ":") {
                for id in other[..<colon].split(separator: ",") { expansions[String(id)] = String(other[other.index(after: colon)...]) }
            }
            unitHeads.insert(split.words(entry.key), UnitHead(numbered: entry[field: 1] == "numbered",
                                                              expansion: entry[field: 2].flatMap { $0 == "-" ? nil : $0 },
                                                              parentKind: entry[field: 3].flatMap { $0 == "-" ? nil : $0 },
                                                              alone: entry[field: 4] == "alone", expansions: expansions))
        }
        self.unitHeads = unitHeads.taggedStarts(.unitHeadStarts)
        var announcers = PhraseTrie<String>()
        var announcerWords = 0
        for entry in try lexicons.file("organisations/announcing-nouns.tsv").entries {
            let phrase = split.words(entry.key)
            announcers.insert(phrase, entry[field: 1] ?? "other")
            announcerWords = max(announcerWords, phrase.count)
        }
        self.announcers = announcers.taggedStarts(.announcerStarts)
        self.announcerWords = announcerWords
        var suffixes = PhraseTrie<(kind: String, legalForm: String?)>()
        for entry in try lexicons.file("organisations/name-suffixes.tsv").entries {
            suffixes.insert(split.words(entry.key), (entry[field: 1] ?? "other", entry[field: 2]))
        }
        self.nameSuffixes = suffixes.taggedStarts(.nameSuffixStarts)
        var places = PhraseTrie<Place>()
        for entry in try lexicons.file("organisations/places.tsv").entries {
            places.insert(split.words(entry.key), Place(level: entry[field: 1] ?? "regency", canonical: entry[field: 2]))
        }
        self.places = places.taggedStarts(.placeStarts)
        buildingHeads = WordSet(try lexicons.file("organisations/building-heads.txt").keys)
        branching = WordSet(try lexicons.file("organisations/branching.txt").keys)
        nationalSuffixes = try lexicons.file("organisations/national-suffixes.txt").keys
        companyForms = WordSet(try lexicons.file("organisations/company-forms.txt").keys.map { DocumentWords.fold($0, ascii: false) }).tagged(.companyForms)
        placeSuffixes = WordSet(try lexicons.file("organisations/place-suffixes.txt").keys.map { $0.lowercased() }).tagged(.placeSuffixes)
        var levels: WordMap<String> = [:]
        for entry in try lexicons.file("organisations/region-levels.tsv").entries {
            levels[entry.key.lowercased()] = entry[field: 1] ?? entry.key
        }
        regionLevels = levels
        terms = WordSet(try lexicons.file("organisations/not-organisations.txt").keys)
        stopwords = WordSet(try lexicons.file("organisations/name-stopwords.txt").keys)
        connectors = WordSet(try lexicons.file("organisations/name-connectors.txt").keys).tagged(.connectors)
        var ministryTitles = PhraseTrie<Bool>()
        for key in try lexicons.file("organisations/ministry-titles.txt").keys { ministryTitles.insert(split.words(key), true) }
        self.ministryTitles = ministryTitles.taggedStarts(.ministryTitleStarts)
        var roleWords: WordSet = []
        for path in ["people/titles.tsv", "people/ranks.txt"] {
            for key in try lexicons.file(path).keys {
                if let first = split.words(key).first { roleWords.insert(first) }
            }
        }
        self.roleWords = roleWords.tagged(.roleWords)
        unitWords = WordSet(try lexicons.file("people/unit-words.txt").keys)
        var before = WordSet(try lexicons.file("quotes/function-words.tsv").entries.filter { $0[field: 1] == "source" }.map(\.key))
        var after: WordSet = []
        for entry in try lexicons.file("quotes/speech-verbs.tsv").entries {
            before.insert(entry.key)
            for form in (entry[field: 2] ?? "").split(separator: "|") { after.insert(String(form)) }
        }
        for key in try lexicons.file("quotes/indirect-verbs.txt").keys { after.insert(key) }
        cuesBeforeSpeaker = before.tagged(.cuesBeforeSpeaker)
        verbsAfterSpeaker = after.tagged(.verbsAfterSpeaker)
        var vocabulary = aliases.vocabulary.union(roleAliases.vocabulary).union(heads.vocabulary).union(places.vocabulary)
        vocabulary.formUnion(unitHeads.vocabulary)
        vocabulary.formUnion(clubAgain.vocabulary)
        vocabulary.formUnion(tickers.vocabulary)
        vocabulary.formUnion(acronymCues.vocabulary)
        vocabulary.formUnion(competitions.vocabulary)
        vocabulary.formUnion(announcers.vocabulary)
        vocabulary.formUnion(nameSuffixes.vocabulary)
        vocabulary.formUnion(ministryTitles.vocabulary)
        vocabulary.formUnion(nameLexicon.vocabulary)
        for set in [buildingHeads, placeSuffixes, WordSet(levels.keys), terms, stopwords, connectors, roleWords, unitWords, before, after, companyForms, tickerCues, teamWords, sponsoredTails] {
            for word in set { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        }
        self.vocabulary = vocabulary
    }

    /// The sets whose membership `DocumentWords` records per token (see `WordTag`).
    var taggedSets: [WordSet] {
        [companyForms, placeSuffixes, connectors, roleWords, cuesBeforeSpeaker, verbsAfterSpeaker, aliases.startSet, roleAliases.startSet,
         heads.startSet, unitHeads.startSet, announcers.startSet, nameSuffixes.startSet, places.startSet, ministryTitles.startSet,
         nameLexicon.figures.startSet, nameLexicon.initialCues, lowercaseNames]
    }

    /// The name of body `id` current on `date` (the latest name when the date is unknown).
    func name(of id: String, on date: CivilDate?) -> Name {
        // (Indices, not an array of the names: called for every known body found.)
        let candidates = namesByID[id]!
        guard let date else { return names[candidates.first { names[$0].periods.contains { $0.to == nil } } ?? candidates.last!] }
        if let current = candidates.first(where: { names[$0].periods.contains { ($0.from.map { $0 <= date } ?? true) && ($0.to.map { date <= $0 } ?? true) } }) {
            return names[current]
        }
        // Before its first name or after its last: the nearest one.
        return names[candidates.min { distance(names[$0], date) < distance(names[$1], date) }!]
    }

    private func distance(_ name: Name, _ date: CivilDate) -> Int {
        name.periods.map { period -> Int in
            if let from = period.from, date < from { return from.dayNumber - date.dayNumber }
            if let to = period.to, to < date { return date.dayNumber - to.dayNumber }
            return 0
        }.min() ?? 0
    }

    /// `canonical` without a national qualifier (`... Republik Indonesia`), for naming a branch.
    func nationalBase(_ canonical: String) -> String {
        for suffix in nationalSuffixes where canonical.hasSuffix(" " + suffix) {
            return String(canonical.dropLast(suffix.count + 1))
        }
        return canonical
    }

    static func isCapitals(_ text: String) -> Bool {
        var asciiLetters = 0
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { asciiLetters += 1 }
        }
        if ascii { return asciiLetters >= 2 }
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }
}
