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
    }

    /// What an alias points to.
    struct Alias: Sendable {
        let id: String
        /// Written in capitals in the gazetteer: matches only capitalised text.
        let capitalsOnly: Bool
        /// The alias is an acronym (reported in `acronym`).
        let acronym: String?
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
    }

    let names: [Name]
    let namesByID: [String: [Int]]
    let aliases: PhraseTrie<Alias>
    /// Ministry names as they follow `Menteri` (`Kominfo`, `Keuangan`, `Koordinator Bidang Perekonomian`).
    let roleAliases: PhraseTrie<Alias>
    let heads: PhraseTrie<Head>
    /// Units written with their parent (`Komisi VIII DPR`), see `unit-heads.tsv`.
    let unitHeads: PhraseTrie<UnitHead>
    /// Lower-case nouns announcing an organisation's name (`perusahaan`, `klub`) and its kind.
    let announcers: PhraseTrie<String>
    /// The most words an announcing noun has (`lembaga survei`: 2).
    let announcerWords: Int
    /// Words closing a club's or a brokerage's name (`FC`, `Sekuritas`) and the kind of body they close.
    let nameSuffixes: PhraseTrie<String>
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
        var names: [Name] = []
        var byID: [String: [Int]] = [:]
        var aliases = PhraseTrie<Alias>()
        var roleAliases = PhraseTrie<Alias>()
        let file = try lexicons.file("organisations/gazetteer.tsv")
        // Full names first, so an alias never shadows a body's own full name.
        var pending: [(String, Alias)] = []
        for entry in file.entries {
            guard let id = entry[field: 1], let kind = entry[field: 2] else {
                throw LexiconError(path: file.path, line: entry.line, message: "expected canonical, id, kind")
            }
            let list = (entry[field: 3] ?? "").split(separator: "|").map { String($0) }
            let acronym = list.first { Self.isCapitals($0) && !$0.contains(" ") }
            var periods: [(from: CivilDate?, to: CivilDate?)] = []
            var field = 4
            repeat {
                periods.append((entry[field: field].flatMap { CivilDate(iso: $0) }, entry[field: field + 1].flatMap { CivilDate(iso: $0) }))
                field += 2
            } while entry[field: field] != nil || entry[field: field + 1] != nil
            let name = Name(canonical: entry.key, id: id, kind: kind, acronym: acronym, periods: periods)
            byID[id, default: []].append(names.count)
            names.append(name)
            aliases.insert(split.words(entry.key), Alias(id: id, capitalsOnly: false, acronym: nil))
            for alias in list {
                let capitals = Self.isCapitals(alias) && !alias.contains(" ")
                pending.append((alias, Alias(id: id, capitalsOnly: capitals, acronym: capitals ? alias : nil)))
            }
            if kind == "ministry" {
                for full in [entry.key] + list {
                    for prefix in ["Kementerian ", "Kemenko "] where full.hasPrefix(prefix) {
                        let rest = String(full.dropFirst(prefix.count))
                        let words = split.words(prefix == "Kemenko " ? "Koordinator " + rest : rest)
                        roleAliases.insert(words, Alias(id: id, capitalsOnly: false, acronym: nil))
                        if prefix == "Kemenko " { roleAliases.insert(split.words(rest), Alias(id: id, capitalsOnly: false, acronym: nil)) }
                    }
                }
            }
        }
        for (alias, value) in pending {
            aliases.insert(split.words(alias), value)
            if names[byID[value.id]![0]].kind == "ministry" { roleAliases.insert(split.words(alias), value) }
        }
        self.names = names
        self.namesByID = byID
        self.aliases = aliases.taggedStarts(.aliasStarts)
        self.roleAliases = roleAliases.taggedStarts(.roleAliasStarts)

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
            unitHeads.insert(split.words(entry.key), UnitHead(numbered: entry[field: 1] == "numbered",
                                                              expansion: entry[field: 2].flatMap { $0 == "-" ? nil : $0 }))
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
        var suffixes = PhraseTrie<String>()
        for entry in try lexicons.file("organisations/name-suffixes.tsv").entries {
            suffixes.insert(split.words(entry.key), entry[field: 1] ?? "other")
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
        vocabulary.formUnion(announcers.vocabulary)
        vocabulary.formUnion(nameSuffixes.vocabulary)
        vocabulary.formUnion(ministryTitles.vocabulary)
        vocabulary.formUnion(nameLexicon.vocabulary)
        for set in [buildingHeads, placeSuffixes, WordSet(levels.keys), terms, stopwords, connectors, roleWords, unitWords, before, after, companyForms] {
            for word in set { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        }
        self.vocabulary = vocabulary
    }

    /// The sets whose membership `DocumentWords` records per token (see `WordTag`).
    var taggedSets: [WordSet] {
        [companyForms, placeSuffixes, connectors, roleWords, cuesBeforeSpeaker, verbsAfterSpeaker, aliases.startSet, roleAliases.startSet,
         heads.startSet, unitHeads.startSet, announcers.startSet, nameSuffixes.startSet, places.startSet, ministryTitles.startSet,
         nameLexicon.figures.startSet, nameLexicon.initialCues]
    }

    /// The name of body `id` current on `date` (the latest name when the date is unknown).
    func name(of id: String, on date: CivilDate?) -> Name {
        let candidates = namesByID[id]!.map { names[$0] }
        guard let date else { return candidates.first { $0.periods.contains { $0.to == nil } } ?? candidates.last! }
        if let current = candidates.first(where: { $0.periods.contains { ($0.from.map { $0 <= date } ?? true) && ($0.to.map { date <= $0 } ?? true) } }) {
            return current
        }
        // Before its first name or after its last: the nearest one.
        return candidates.min { distance($0, date) < distance($1, date) }!
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
