import WartaText
import WartaTokenizer

/// One pass over an article's tokens finding organisations. Rules, tried in this order at each
/// capitalised token:
///
/// | rule | example |
/// | --- | --- |
/// | `org.pattern-region` | `BPBD Demak` → Badan Penanggulangan Bencana Daerah Kabupaten Demak; `Pemkab Demak` |
/// | `org.definition-alias` | `BPBD` after `... Daerah (BPBD) Kabupaten Mamuju` |
/// | `org.gazetteer-name`, `org.gazetteer-alias` | `Kementerian Kesehatan`, `Kemenkes`, `BMKG` |
/// | `org.gazetteer-branch` | `KONI Sumatera Utara` → Komite Olahraga Nasional Indonesia Provinsi Sumatera Utara; `BPKP Perwakilan Sumut` → Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Sumatera Utara (a representative office) |
/// | `org.pattern-name` | `Dinas Kesehatan Kabupaten Demak`, `Universitas Negeri Padang`, `PT Sinar Jaya (Persero) Tbk` |
/// | `org.definition-region` | `Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Mamuju` |
/// | `org.definition-continued` | `Rumah Sakit Umum Daerah (RSUD) dr. Slamet Garut` |
/// | `org.inner-acronym` | `Badan Reserse Kriminal (Bareskrim) Polri`, `Pemerintah Provinsi (Pemprov) Jawa Timur` |
/// | `org.definition-acronym` | `BMKG` in `Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)` |
/// | `org.definition-name` | `Lembaga Survei Nusantara (LSN)`: a capitalised name defined by an acronym |
/// | `org.foreign-body` | `Kementerian Pertahanan Arab Saudi` (a foreign ministry), `Partai Buruh Inggris` (a foreign party), `Apple Indonesia` (a foreign company's Indonesian arm) |
/// | `org.unit-of-parent`, `org.unit-again`, `org.numbered-unit`, `org.name-suffix`, `org.announced` | `Komisi VIII DPR`, later `Komisi VIII`; `Kodim 0507/Bekasi`; `perusahaan Nusantara Prima Logistik` (see `OrganisationScan+Units.swift`) |
/// | `org.club-nickname`, `org.club-again`, `org.ticker`, `org.cued-acronym`, `org.head-again`, `org.named-again` | `The Reds`; `Madrid` after `Real Madrid`; `saham BBCA`; `Ketua KSPN`; `BPBD` alone after `BPBD Kalimantan Barat`; `Satgas PASTI` again (see `OrganisationScan+Again.swift`) |
/// | `org.shaped-name`, `org.or-alias` | `eFishery`, `42XFund`; `eFishery` in `PT Multidaya Teknologi Nusantara atau eFishery` (see `OrganisationScan+Evidence.swift`) |
/// | `org.listed` | `Arunika` in `investor seperti Arunika, Kencana Ventures, dan Tirta Capital` (see `OrganisationScan+Lists.swift`) |
/// | `org.lowercase-name` | `kumparan`, `detikcom`: a body whose one-word name the lists write in lower case, found without a capital |
/// | `org.definition-known` | `Kementerian Komunikasi Digital (Komdigi)`: a patterned name defined by a known body's acronym is that body |
struct OrganisationScan {
    let lexicon: OrganisationLexicon
    let words: DocumentWords
    let document: Document
    /// Region level seen in the article for a place (`Kabupaten` for `Halmahera Barat`).
    var levels: WordMap<String> = [:]
    var aliases: WordMap<ArticleAlias> = [:]
    var matches: [OrganisationMatch] = []
    /// Units the article named with their parent (`komisi viii` → Komisi VIII Dewan Perwakilan Rakyat ...), by their folded words.
    var unitAliases: [(words: [String], canonical: String, id: String, kind: String)] = []
    /// Words the article uses alone as a speaker's name (`kata Robertus`).
    var speakerNames: WordSet = []
    /// Speaker names and capitalised words standing alone mid-sentence (`kuasa hukum Robertus,`):
    /// a patterned name stops before them.
    var standaloneNames: WordSet = []
    /// Multi-word places the article names after a level word (`Kabupaten Muara Sakti`), folded.
    var articlePlaces = PhraseTrie<String>()
    /// Names of several words the article gave a body no list knows (`Satgas PASTI`), folded.
    var articleNames = PhraseTrie<ArticleAlias>()
    /// Clubs the article has named (`Madrid` alone is Real Madrid only after it).
    var clubsSeen: Set<String> = []

    init(lexicon: OrganisationLexicon, words: DocumentWords, document: Document) {
        self.lexicon = lexicon
        self.words = words
        self.document = document
    }

    mutating func run() -> [OrganisationMatch] {
        learnNames()
        let initials = personInitials()
        var index = 0
        let count = words.count
        while index < count {
            // `berinisial MK`: a person's initials, not Mahkamah Konstitusi, here and later.
            if !initials.isEmpty, words.kinds[index] == .acronym, words.textIn(index, initials) {
                index += 1
                continue
            }
            if words.isChar(index, "(") && (matches.last?.tokens.upperBound ?? 0) <= index, let end = definedName(at: index) {
                index = end
                continue
            }
            // `perusahaan Nusantara Prima Logistik`: a name announced by a lower-case noun.
            // (The name opens with a capital within the announcing noun's length: most tokens have none.)
            // (`Perusahaan rintisan Kirimaja ...` opening a sentence too, unless the noun opens a patterned name: `Bank Sentosa`.)
            if words.mayStart(index, lexicon.announcers.startTag),
               !words.capitalized[index] || (index == 0 || words.sentenceOf[index - 1] != words.sentenceOf[index])
                && (words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: words.count) : nil) == nil,
               (index + 1..<min(index + 1 + lexicon.announcerWords, count)).contains(where: { words.capitalized[$0] }),
               let announced = announced(after: index), match(at: announced.tokens.lowerBound) == nil,
               // (`Organisasi Kesehatan Dunia` opening a sentence is a name itself: a capitalised noun announces only
               // a name that is no known body's and holds a word that is not an ordinary word.)
               !words.capitalized[index] || lexicon.aliases.longest(in: words, from: index, limit: words.count) == nil
                && announced.tokens.contains(where: { !lexicon.nameLexicon.stemmer.isRoot(words.folded[$0]) && !words.known[$0] }) {
                // `perusahaan Nusantara Prima Logistik`: the announced name alone later names the same body.
                // (One word only when it is no ordinary word: `startup Kirimaja`.)
                if announced.tokens.count >= 2 || !words.known[announced.tokens.lowerBound] && !lexicon.nameLexicon.stemmer.isRoot(words.folded[announced.tokens.lowerBound]) {
                    learnName(announced.tokens, ArticleAlias(canonical: announced.canonical, id: announced.id, kind: announced.kind))
                }
                matches.append(announced)
                index = announced.tokens.upperBound
                continue
            }
            // `eFishery`, `42XFund`: a name by its shape (a small letter or digit first, a capital inside).
            if mayBeShaped(index) {
                if let shaped = shapedName(at: index) {
                    matches.append(shaped)
                    index = shaped.tokens.upperBound
                    if let alias = orAlias(after: shaped) { matches.append(alias); index = alias.tokens.upperBound }
                } else { index += 1 }
                continue
            }
            // `kumparan`, `detikcom`: a body whose name is written in lower case.
            if !words.capitalized[index], words.has(index, lexicon.lowercaseNames),
               let found = lexicon.aliases.longest(in: words, from: index, limit: index + 1) {
                let name = lexicon.name(of: found.value.id, on: document.published)
                matches.append(OrganisationMatch(tokens: index..<index + 1, canonical: name.canonical, id: name.id, kind: name.kind,
                                                 acronym: nil, rule: "org.lowercase-name"))
                index += 1
                continue
            }
            guard words.capitalized[index], isNameToken(index), var match = match(at: index)
                    ?? (words.kinds[index] == .acronym ? cuedAcronym(at: index) : nil) else {
                index += 1
                continue
            }
            // `AFC Champions League Two`, `klub Serie A`: a competition, not a body.
            if let end = competitionEnd(at: index), end >= match.tokens.upperBound {
                index = end
                continue
            }
            if match.rule == "org.name-suffix" { learnTail(of: match) }
            if match.rule == "org.pattern-name", match.kind == "company" { learnBareCompany(match) }
            learnUnit(match)
            if match.club { clubsSeen.insert(match.id) }
            index = match.tokens.upperBound
            if let inner = match.defines { aliases[inner] = ArticleAlias(canonical: match.canonical, id: match.id, kind: match.kind) }
            index = definition(after: &match)
            matches.append(match)
            if let pending = pendingAcronym {
                matches.append(pending)
                pendingAcronym = nil
            } else if index == match.tokens.upperBound, let alias = orAlias(after: match) {
                // `PT Multidaya Teknologi Nusantara atau eFishery`
                matches.append(alias)
                index = alias.tokens.upperBound
            }
        }
        extendLists()
        if !clubsSeen.isEmpty { nameClubsAsWritten() }
        return matches
    }

    var pendingAcronym: OrganisationMatch?

    /// Acronyms written as a person's initials after an initials cue (`berinisial MK dan KS`).
    func personInitials() -> WordSet {
        var initials: WordSet = []
        let cues = lexicon.nameLexicon.initialCues
        for cue in 0..<words.count where words.has(cue, cues) {
            var cursor = cue + 1
            var last = cue
            while cursor < words.count, cursor - last <= 8, words.sentenceOf[cursor] == words.sentenceOf[cue] {
                // (`PT Cahaya Profit Global` a few words after the initials is a company's name.)
                if words.kinds[cursor] == .acronym, words.text[cursor].utf8.count <= 4,
                   !(isNameToken(cursor + 1) && lexicon.heads.longest(in: words, from: cursor, limit: cursor + 1) != nil) {
                    initials.insert(words.text[cursor])
                    last = cursor
                }
                cursor += 1
            }
        }
        return initials
    }

    // MARK: - Matching at one token

    func match(at index: Int) -> OrganisationMatch? {
        let gazetteer = (words.startsEntry(index, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: index, limit: words.count, skippingParenthesis: true) : nil)
        // `Komisi VIII DPR`, `Satreskrim Polres Bogor`: a unit with its parent, unless a known name runs longer.
        switch unit(at: index) {
        // (`PP Muhammadiyah`: a unit the gazetteer knows by that name is the known body.)
        case .match(let unit) where gazetteer.map({ $0.end < unit.tokens.upperBound }) ?? true: return unit
        case .blocked where gazetteer == nil: return nil
        default: break
        }
        // `Kodim 0507/Bekasi`: a numbered military or police unit.
        if let numbered = numberedUnit(at: index), gazetteer.map({ $0.end <= numbered.tokens.upperBound }) ?? true { return numbered }
        // `Djarum Group`: a tail after a known name makes a longer name.
        if let club = nameSuffix(at: index), gazetteer.map({ $0.end < club.tokens.upperBound }) ?? true { return club }
        // `Kodam Jaya` is a known body before it is `Kodam` and a place.
        if let head = (words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: words.count) : nil),
           head.value.complement == .region || head.value.complement == .place,
           let match = regional(head: index..<head.end, head.value),
           (gazetteer.map { $0.end < match.tokens.upperBound } ?? true) {
            return match
        }
        // An article's acronym (`KPU` for the KPU of Jawa Tengah) gives way to a longer known name
        // (`KPU RI`) and to another branch (`KPU Kota Surabaya`).
        if !aliases.isEmpty, let alias = words.textValue(index, aliases),
           !(gazetteer.map { $0.end > index + 1 || branch(canonical: "", id: $0.value.id, kind: "", at: $0.end) != nil } ?? false),
           !((words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: index + 1) : nil).flatMap { patterned(head: index..<index + 1, $0.value) }.map { $0.tokens.count > 1 } ?? false) {
            if let branch = branch(canonical: alias.canonical, id: alias.id, kind: alias.kind, at: index + 1) {
                // `Dinsos Kota Makassar` after `Dinas Sosial (Dinsos) Kota Makassar`: the alias already names that branch.
                let base = lexicon.nationalBase(alias.canonical)
                if base == alias.canonical, alias.canonical.hasSuffix(String(branch.canonical.dropFirst(base.count))) {
                    return OrganisationMatch(tokens: index..<branch.end, canonical: alias.canonical, id: alias.id, kind: alias.kind,
                                             acronym: words.text[index], rule: "org.definition-alias")
                }
                return OrganisationMatch(tokens: index..<branch.end, canonical: branch.canonical, id: branch.id, kind: alias.kind,
                                         acronym: words.text[index], rule: "org.gazetteer-branch")
            }
            return OrganisationMatch(tokens: index..<index + 1, canonical: alias.canonical, id: alias.id, kind: alias.kind,
                                     acronym: words.text[index], rule: "org.definition-alias")
        }
        // `Satgas PASTI`, `Nusantara Prima Logistik` again after the article named them.
        if !articleNames.isEmpty, let named = articleNames.longestAnyWord(in: words, from: index, limit: words.count),
           gazetteer.map({ $0.end <= named.end }) ?? true, named.end >= words.count || !isNameToken(named.end) || personFollows(named.end, short: (index..<named.end).contains { words.kinds[$0] == .acronym }) {
            return OrganisationMatch(tokens: index..<named.end, canonical: named.value.canonical, id: named.value.id, kind: named.value.kind,
                                     acronym: nil, rule: "org.named-again")
        }
        // `Madrid` after `Real Madrid`; `BBCA` in a sentence about shares.
        if !clubsSeen.isEmpty, let club = clubNamedAgain(at: index, gazetteer: gazetteer) { return club }
        if gazetteer == nil, words.kinds[index] == .acronym, let ticker = ticker(at: index) { return ticker }
        if let found = gazetteer,
           !found.value.capitalsOnly || OrganisationLexicon.isCapitals(words.text[index]) {
            let name = lexicon.name(of: found.value.id, on: document.published)
            // `Airbus A330-300`, `Boeing 737`: a maker's name before a model number is the product.
            if name.kind == "company", found.end < words.count, Self.isModelNumber(words.text[found.end]) { return nil }
            // `BRI Liga 1`, `Pertamina Mandalika International Circuit`: a sponsor's name opening a competition or venue.
            if name.kind.hasSuffix("company"), sponsored(from: found.end) { return nil }
            // `skuad Garuda`: a company's short name after a word for a team is the team's nickname.
            if name.kind.hasSuffix("company"), index > 0, words.has(index - 1, lexicon.teamWords), surface(index..<found.end) != name.canonical { return nil }
            // `PT Wijaya Karya Serang Panimbang`: a longer `PT` name opening with a known company's is another company
            // when it goes on with an ordinary word or a place (not a person's name: `PT KAI Didiek Hartantyo`).
            if found.end < words.count, isNameToken(found.end), words.startsEntry(index, lexicon.heads.startTag), name.kind.hasSuffix("company"),
               lexicon.nameLexicon.stemmer.isRoot(words.folded[found.end]) || knownPlace(from: found.end) != nil,
               let head = lexicon.heads.longest(in: words, from: index, limit: index + 1), head.value.complement == .company,
               let longer = patterned(head: index..<head.end, head.value), longer.tokens.upperBound > found.end { return longer }
            let acronym = found.value.acronym ?? name.acronym
            // `Badan Reserse Kriminal (Bareskrim) Polri`: an acronym written inside the name.
            let open = (index..<found.end).first { words.isChar($0, "(") && !words.has($0 + 1, lexicon.companyForms) }
            let inner = open.map { words.text[$0 + 1] }
            if let branch = branch(canonical: name.canonical, id: name.id, kind: name.kind, at: found.end) {
                return OrganisationMatch(tokens: index..<branch.end, canonical: branch.canonical, id: branch.id, kind: name.kind,
                                         acronym: branch.inner ?? acronym, rule: "org.gazetteer-branch", defines: branch.inner ?? inner)
            }
            // `Kementerian Pertahanan Arab Saudi`: a ministry or government named with a foreign
            // country is that country's; `Apple Indonesia`: a foreign company's Indonesian arm.
            // `Partai Buruh Korea`: a party named with a foreign country is that country's.
            if name.kind == "ministry" || name.kind == "company" || name.kind == "party", found.end < words.count, words.capitalized[found.end],
               let country = knownPlace(from: found.end), country.level == "country",
               name.kind == "company" ? words.folded[found.end] == "indonesia" : words.folded[found.end] != "indonesia" {
                let canonical = text(index..<country.end)
                return OrganisationMatch(tokens: index..<country.end, canonical: canonical, id: Self.slug(canonical), kind: name.kind,
                                         acronym: nil, rule: "org.foreign-body")
            }
            let surface = text(index..<found.end)
            let rule = found.value.nickname ? "org.club-nickname"
                : inner != nil ? "org.inner-acronym" : surface == name.canonical ? "org.gazetteer-name" : "org.gazetteer-alias"
            return OrganisationMatch(tokens: index..<found.end, canonical: name.canonical, id: name.id, kind: name.kind,
                                     acronym: acronym, rule: rule, defines: inner, club: name.written)
        }
        if let head = (words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: words.count) : nil), words.capitalized[index] {
            // `Kantor Kementerian Perindustrian`: the office of a body is that body's building, not another body.
            // `Kantor Kementerian` alone is generic; `Kantor Otoritas Bandar Udara ...` is a body's name.
            if words.hasText(index, lexicon.buildingHeads), head.end < words.count {
                // `Kantor Presiden`, `Kantor Perdana Menteri`: an officer's office is a building or a role, no body.
                if words.has(head.end, lexicon.roleWords) { return nil }
                if (words.startsEntry(head.end, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: head.end, limit: words.count) : nil) != nil { return nil }
                if let inner = (words.startsEntry(head.end, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: head.end, limit: words.count) : nil),
                   patterned(head: head.end..<inner.end, inner.value) == nil { return nil }
            }
            // `Kodim Letkol Inf`, `BPBD Daniel`: a regional head with no place after it names no new body,
            // but may name again the unit the article opened with it.
            let found = head.value.complement == .region || head.value.complement == .place ? nil : patterned(head: index..<head.end, head.value)
            return found ?? (head.end == index + 1 && !matches.isEmpty ? headNamedAgain(at: index) : nil)
        }
        return nil
    }

    func surface(_ range: Range<Int>) -> String { text(range) }

    /// A competition's, event's or venue's word (`Liga`, `Circuit`) among the next capitalised words.
    func sponsored(from start: Int) -> Bool {
        var index = start
        while index < words.count, index - start < 4, words.capitalized[index] || words.kinds[index] == .number {
            if words.has(index, lexicon.sponsoredTails) { return true }
            index += 1
        }
        return false
    }

    /// A level word or a known place at `index` (`Kota Makassar` after `(Perumda AM)` continues the name).
    func regionFollows(_ index: Int) -> Bool {
        index < words.count && words.capitalized[index] && (words.value(index, lexicon.regionLevels) != nil || knownPlace(from: index) != nil)
    }

    /// `737`, `A330-300`: digits, or one capital then digits.
    static func isModelNumber(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        guard first >= 0x41 && first <= 0x5A, let second = bytes.next() else { return false }
        return second >= 0x30 && second <= 0x39
    }

    /// A body's regional branch after its name: `KPU Provinsi Jawa Tengah` (a level word and a
    /// place, for any body but ministries and international ones) or `Bawaslu Jawa Tengah` (a
    /// province, for bodies listed in branching.txt).
    func branch(canonical: String, id: String, kind: String, at start: Int) -> (end: Int, canonical: String, id: String, inner: String?)? {
        guard start < words.count, words.capitalized[start], kind != "ministry", kind != "international" else { return nil }
        let canonical = lexicon.nationalBase(canonical)
        // `BPKP Perwakilan Sumut`, `Ombudsman RI Perwakilan Provinsi Aceh`: a body's representative office in a region.
        if words.folded[start] == "perwakilan", start + 1 < words.count, words.capitalized[start + 1] {
            var from = start + 1
            let writtenLevel = words.value(from, lexicon.regionLevels)
            if writtenLevel != nil { from += 1 }
            if let place = writtenLevel != nil ? place(from: from) : knownPlace(from: from), place.level != "country" {
                let level = writtenLevel ?? inferredLevel(text(from..<place.end), lexiconLevel: place.level)
                let full = canonical + " Perwakilan " + level + " " + placeName(from..<place.end, canonical: place.canonical)
                return (place.end, full, id + "-" + Self.slug(full), nil)
            }
        }
        if let level = words.value(start, lexicon.regionLevels), level != "Kecamatan" {
            // `Badan Narkotika Nasional Provinsi (BNNP) Sumatera Barat`: the branch's acronym after the level word.
            var from = start + 1
            var inner: String?
            if let close = innerAcronym(at: from) {
                inner = words.text[from + 1]
                from = close + 1
            }
            if let place = place(from: from) {
                let full = canonical + " " + level + " " + placeName(from..<place.end, canonical: place.canonical)
                return (place.end, full, id + "-" + Self.slug(full), inner)
            }
        }
        if lexicon.branching.contains(id), let place = knownPlace(from: start), place.level == "province" {
            let full = canonical + " Provinsi " + placeName(start..<place.end, canonical: place.canonical)
            return (place.end, full, id + "-" + Self.slug(full), nil)
        }
        return nil
    }

    /// `BPBD Demak`, `DPRD Provinsi DKI Jakarta`, `Pemprov Sulawesi Barat`, `Polres Demak`,
    /// `Pemerintah Provinsi (Pemprov) Jawa Timur`.
    func regional(head: Range<Int>, _ info: OrganisationLexicon.Head) -> OrganisationMatch? {
        var start = head.upperBound
        var inner: String?
        if let close = innerAcronym(at: start) {
            inner = words.text[start + 1]
            start = close + 1
        }
        var writtenLevel: String?
        if start < words.count, words.capitalized[start], let level = words.value(start, lexicon.regionLevels) {
            writtenLevel = level
            start += 1
        }
        guard let place = place(from: start) else { return nil }
        // `BPBD Daniel`: an unknown capitalised word the article uses as a person's name is no place.
        if place.level == nil, place.canonical == nil, writtenLevel == nil,
           words.has(start, lexicon.nameLexicon.givenNames) || words.textIn(start, speakerNames) { return nil }
        var placeText = placeName(start..<place.end, canonical: place.canonical)
        var end = place.end
        // `Kedutaan Besar Ukraina di Jakarta`: a mission's seat is part of its name.
        if info.kind == "international", end + 1 < words.count, words.folded[end] == "di", words.sentenceOf[end + 1] == words.sentenceOf[end],
           let seat = self.place(from: end + 1) {
            placeText += " di " + placeName(end + 1..<seat.end, canonical: seat.canonical)
            end = seat.end
        }
        let headText = info.expansion ?? text(head)
        let canonical: String
        if info.complement == .region {
            let level = writtenLevel ?? inferredLevel(text(start..<place.end), lexiconLevel: place.level)
            canonical = headText + " " + level + " " + placeText
        } else {
            canonical = headText + (writtenLevel.map { " " + $0 } ?? "") + " " + placeText
        }
        let acronym = OrganisationLexicon.isCapitals(words.text[head.lowerBound]) ? words.text[head.lowerBound] : inner
        return OrganisationMatch(tokens: head.lowerBound..<end, canonical: canonical, id: Self.slug(canonical), kind: info.kind,
                                 acronym: acronym, rule: inner == nil ? "org.pattern-region" : "org.inner-acronym", defines: inner)
    }

    /// `(Satpol PP)`, `(Perumda)` at `open`: an acronym of one or two capitalised tokens in
    /// parentheses; the index of `)`.
    func innerAcronym(at open: Int) -> Int? {
        guard open + 2 < words.count, words.isChar(open, "("), words.capitalized[open + 1] else { return nil }
        if words.isChar(open + 2, ")") { return open + 2 }
        if open + 3 < words.count, words.isChar(open + 3, ")"), words.capitalized[open + 2], words.kinds[open + 2] == .acronym { return open + 3 }
        return nil
    }

    /// `Dinas Kesehatan Kabupaten Demak`, `Universitas Negeri Padang`, `PT Sinar Jaya (Persero) Tbk`,
    /// `Perusahaan Umum Daerah (Perumda) Pasar Kota Medan` (an acronym of the head inside the name).
    func patterned(head: Range<Int>, _ info: OrganisationLexicon.Head, nameFrom: Int? = nil) -> OrganisationMatch? {
        if nameFrom == nil, info.complement != .company, let close = innerAcronym(at: head.upperBound),
           !words.has(head.upperBound + 1, lexicon.companyForms),
           var match = patterned(head: head, info, nameFrom: close + 1) {
            match.acronym = words.text[head.upperBound + 1]
            // `Satuan Tugas (Satgas) Penanggulangan Banjir`: a later `Satgas` alone names this body.
            match.defines = words.text[head.upperBound + 1]
            match.rule = "org.inner-acronym"
            return match
        }
        let from = nameFrom ?? head.upperBound
        let levels = info.complement == .namePlace || info.complement == .nameRegion
        guard let run = nameRun(from: from, levels: levels, placesEnd: info.complement != .company) else { return nil }
        var end = run.end
        // `Komisi XI`, `Komisi B`: a numbered unit, not a body.
        guard (from..<end).contains(where: { words.kinds[$0] == .word }) else { return nil }
        // `Badan Anggaran DPRD ...`: a name made only of unit words before another body is a unit of it.
        if (from..<end).allSatisfy({ words.hasText($0, lexicon.unitWords) }), end < words.count,
           (words.startsEntry(end, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: end, limit: words.count) : nil) != nil { return nil }
        if info.complement == .company {
            if end + 2 < words.count, words.isChar(end, "("), words.has(end + 1, lexicon.companyForms), words.isChar(end + 2, ")") { end += 3 }
            if end < words.count, words.has(end, lexicon.companyForms) { end += 1 }
        }
        // `Dinas Perhubungan DKI Jakarta` → Dinas Perhubungan Provinsi DKI Jakarta: a regional
        // office's name carries the level of its region.
        if info.complement == .nameRegion, let place = run.place {
            let nameEnd = run.levelToken ?? place.lowerBound
            let placeText = placeName(place, canonical: run.placeCanonical)
            let level = run.level ?? inferredLevel(text(place), lexiconLevel: run.placeLevel)
            let prefix = info.expansion.map { $0 + (nameEnd > from ? " " + text(from..<nameEnd) : "") }
                ?? (nameFrom != nil ? text(head) + (nameEnd > from ? " " + text(from..<nameEnd) : "") : text(head.lowerBound..<nameEnd))
            let canonical = prefix + " " + level + " " + placeText
            return OrganisationMatch(tokens: head.lowerBound..<end, canonical: canonical, id: Self.slug(canonical), kind: info.kind,
                                     acronym: nil, rule: "org.pattern-region")
        }
        var canonical = (info.expansion.map { $0 + " " + text(from..<end) })
            ?? (nameFrom != nil ? text(head) + " " + text(from..<end) : text(head.lowerBound..<end))
        // `Rumah Sakit Akademik UGM`: a name owned by a known body ends with its acronym;
        // `Kantor Perwakilan WHO`: a name made only of unit words is a unit of that body.
        // `Badan Eksekutif Mahasiswa Universitas Indonesia`: a university owns the name before it.
        if info.complement != .company, end < words.count, let owner = (words.startsEntry(end, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: end, limit: words.count) : nil),
           owner.end == end + 1 && owner.value.capitalsOnly && OrganisationLexicon.isCapitals(words.text[end])
            || lexicon.name(of: owner.value.id, on: document.published).kind == "university",
           owner.end >= words.count || !isNameToken(owner.end) {
            if (from..<end).allSatisfy({ words.hasText($0, lexicon.unitWords) }) { return nil }
            canonical += " " + lexicon.name(of: owner.value.id, on: document.published).canonical
            end = owner.end
        }
        return OrganisationMatch(tokens: head.lowerBound..<end, canonical: canonical, id: Self.slug(canonical), kind: info.kind,
                                 acronym: nil, rule: "org.pattern-name")
    }

    // MARK: - Definitions

    /// After a match: `(ACR)` either continues a regional name (`... Daerah (BPBD) Kabupaten Mamuju`)
    /// or defines an acronym for the rest of the article. Returns the token to continue from.
    mutating func definition(after match: inout OrganisationMatch) -> Int {
        let end = match.tokens.upperBound
        // `Satuan Tugas ... Ilegal (Satgas PASTI)`: a two-word short name, found again later.
        if end + 3 < words.count, words.isChar(end, "("), words.isChar(end + 3, ")"), words.capitalized[end + 1],
           isNameToken(end + 2), words.kinds[end + 2] == .acronym || words.kinds[end + 1] == .acronym,
           !regionFollows(end + 4) && !(isNameToken(end + 4) && regionFollows(end + 5)) {
            let alias = ArticleAlias(canonical: match.canonical, id: match.id, kind: match.kind)
            learnName(end + 1..<end + 3, alias)
            pendingAcronym = OrganisationMatch(tokens: end + 1..<end + 3, canonical: match.canonical, id: match.id, kind: match.kind,
                                               acronym: text(end + 1..<end + 3), rule: "org.definition-acronym")
            return end + 4
        }
        guard end + 2 < words.count, words.isChar(end, "("), words.isChar(end + 2, ")"), words.capitalized[end + 1],
              !words.hasText(end + 1, lexicon.terms) else { return end }
        let acronym = words.text[end + 1]
        // `Kementerian Komunikasi Digital (Komdigi)`: a patterned name defined by a known body's
        // acronym is that body. `Majelis Umum Perserikatan Bangsa-Bangsa (PBB)`: a known body's
        // acronym after another known body names the body inside the name, not this one.
        // (`Partai Kekuatan Rakyat (PPP)`: a patterned name sharing no word with the known body is another body.)
        // (`Partai Kekuatan Rakyat (PPP)`: a party's acronym after a party's name is that party's, as no party holds another.)
        if let known = (words.startsEntry(end + 1, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: end + 1, limit: end + 2) : nil), known.value.id != match.id,
           match.kind != "party" || !match.rule.hasPrefix("org.gazetteer") || lexicon.name(of: known.value.id, on: document.published).kind != "party",
           !known.value.capitalsOnly || OrganisationLexicon.isCapitals(acronym),
           !match.rule.hasPrefix("org.pattern") || sharesWords(match.tokens, lexicon.name(of: known.value.id, on: document.published).canonical) {
            let body = lexicon.name(of: known.value.id, on: document.published)
            if match.rule.hasPrefix("org.pattern"), body.kind == match.kind {
                match.canonical = body.canonical
                match.id = body.id
                match.acronym = acronym
                match.rule = "org.definition-known"
                aliases[acronym] = ArticleAlias(canonical: body.canonical, id: body.id, kind: body.kind)
            }
            pendingAcronym = OrganisationMatch(tokens: end + 1..<end + 2, canonical: body.canonical, id: body.id, kind: body.kind,
                                               acronym: acronym, rule: "org.gazetteer-alias")
            return end + 3
        }
        var after = end + 3
        var writtenLevel: String?
        if after < words.count, words.capitalized[after], let level = words.value(after, lexicon.regionLevels) {
            writtenLevel = level
            after += 1
        }
        let regionHead = (words.startsEntry(end + 1, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: end + 1, limit: end + 2) : nil).map { $0.value.complement == .region } ?? false
        if writtenLevel != nil || regionHead, words.sentenceOf[min(after, words.count - 1)] == words.sentenceOf[end],
           let place = place(from: after) {
            let level = writtenLevel ?? inferredLevel(text(after..<place.end), lexiconLevel: place.level)
            match.canonical = text(match.tokens) + " " + level + " " + placeName(after..<place.end, canonical: place.canonical)
            match.id = Self.slug(match.canonical)
            match.acronym = acronym
            match.tokens = match.tokens.lowerBound..<place.end
            match.rule = "org.definition-region"
            aliases[acronym] = ArticleAlias(canonical: match.canonical, id: match.id, kind: match.kind)
            return place.end
        }
        // `Badan Pengawas Pemilihan Umum (Bawaslu) DKI Jakarta`, `Ikatan Pedagang Pasar Indonesia
        // (Ikappi) Sumatera Utara`: a body's provincial branch named after its acronym.
        if match.kind != "ministry", match.kind != "international", words.sentenceOf[min(after, words.count - 1)] == words.sentenceOf[end] {
            var branchCanonical: String?
            var branchEnd = after
            if let branch = branch(canonical: match.canonical, id: match.id, kind: match.kind, at: after) {
                branchCanonical = branch.canonical
                branchEnd = branch.end
            } else if after < words.count, words.capitalized[after], let place = knownPlace(from: after), place.level == "province" {
                branchCanonical = lexicon.nationalBase(match.canonical) + " " + placeName(after..<place.end, canonical: place.canonical)
                branchEnd = place.end
            }
            if let canonical = branchCanonical {
                match.canonical = canonical
                match.id = Self.slug(canonical)
                match.acronym = acronym
                match.tokens = match.tokens.lowerBound..<branchEnd
                match.rule = "org.definition-region"
                aliases[acronym] = ArticleAlias(canonical: canonical, id: match.id, kind: match.kind)
                return branchEnd
            }
        }
        // `Rumah Sakit Umum Daerah (RSUD) dr. Slamet Garut`: the acronym is a head whose name goes on.
        if let head = (words.startsEntry(end + 1, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: end + 1, limit: end + 2) : nil), head.value.complement != .region,
           let rest = patterned(head: end + 1..<end + 2, head.value, nameFrom: end + 3), rest.tokens.upperBound > end + 3 {
            match.canonical = match.canonical + " " + text(end + 3..<rest.tokens.upperBound)
            match.id = Self.slug(match.canonical)
            match.acronym = acronym
            match.tokens = match.tokens.lowerBound..<rest.tokens.upperBound
            match.rule = "org.definition-continued"
            return rest.tokens.upperBound
        }
        aliases[acronym] = ArticleAlias(canonical: match.canonical, id: match.id, kind: match.kind)
        if match.acronym == nil { match.acronym = acronym }
        pendingAcronym = OrganisationMatch(tokens: end + 1..<end + 2, canonical: match.canonical, id: match.id, kind: match.kind,
                                           acronym: acronym, rule: "org.definition-acronym")
        return end + 3
    }

    /// `Lembaga Survei Nusantara (LSN)`: a capitalised run no other rule knew, defined by an
    /// acronym whose first letter matches. Returns the token after `)`.
    mutating func definedName(at open: Int) -> Int? {
        guard open + 2 < words.count, words.isChar(open + 2, ")"),
              words.kinds[open + 1] == .acronym || words.capitalized[open + 1] && (words.kinds[open + 1] == .identifier || words.kinds[open + 1] == .word),
              words.text[open + 1].count >= 3, !words.hasText(open + 1, lexicon.terms),
              lexicon.aliases.longest(in: words, from: open + 1, limit: open + 2) == nil else { return nil }
        let floor = max(matches.last?.tokens.upperBound ?? 0, 0)
        var start = open
        while start > floor, words.sentenceOf[start - 1] == words.sentenceOf[open] {
            let previous = start - 1
            if isNameToken(previous) || (words.has(previous, lexicon.connectors) && start < open) || (words.isChar(previous, ",") && start < open) {
                start = previous
            } else { break }
        }
        while start < open, !isNameToken(start) || words.hasText(start, lexicon.stopwords) { start += 1 }
        // `Peneliti Institute for ... (IETS)`: capitalised words before the acronym's first letter are not the name.
        let initial = words.text[open + 1].first
        while start + 1 < open, words.text[start].first != initial, isNameToken(start + 1) { start += 1 }
        let nameWords = (start..<open).filter { isNameToken($0) }
        // `Susilo Bambang Yudhoyono (SBY)`: a person's initials, not a body's acronym.
        if nameWords.contains(where: { words.has($0, lexicon.nameLexicon.givenNames) || (words.startsEntry($0, lexicon.nameLexicon.figures.startTag) ? lexicon.nameLexicon.figures.longest(in: words, from: $0, limit: open) : nil) != nil }) {
            return nil
        }
        guard nameWords.count >= 2, !words.hasText(start, lexicon.terms),
              words.text[start].first == words.text[open + 1].first else { return nil }
        // `Forum Masyarakat Peduli Parlemen Indonesia (Formappi)`, `... (P2G)`: a short form in mixed
        // case is built from the name's words (not a place's short form such as `Jabar`).
        if words.kinds[open + 1] != .acronym {
            guard knownPlace(from: start) == nil, Self.builds(words.text[open + 1], from: nameWords.map { words.folded[$0] }) else { return nil }
        }
        let canonical = text(start..<open)
        let acronym = words.text[open + 1]
        matches.append(OrganisationMatch(tokens: start..<open, canonical: canonical, id: Self.slug(canonical), kind: "other",
                                         acronym: acronym, rule: "org.definition-name"))
        matches.append(OrganisationMatch(tokens: open + 1..<open + 2, canonical: canonical, id: Self.slug(canonical), kind: "other",
                                         acronym: acronym, rule: "org.definition-acronym"))
        aliases[acronym] = ArticleAlias(canonical: canonical, id: Self.slug(canonical), kind: "other")
        return open + 3
    }
}
