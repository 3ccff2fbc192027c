import WartaRecords
import WartaText
import WartaTokenizer

/// One pass finding people with roles, then a pass linking short forms. See `PersonExtractor`.
struct PersonScan {
    struct Found {
        var tokens: Range<Int>
        var role: String?
        var organisation: String?
        var rule: String
        var person = 0
        /// Part of a token (`Baswedan-Muhaimin` in a ticket): the bytes of the mention, when not whole tokens.
        var bytes: Range<Int>? = nil
    }

    /// One person of the article: every name word seen, the fullest form, role and organisation.
    struct Person {
        var names: [String]
        var canonical: String
        var role: String?
        var organisation: String?
        /// The canonical name is a nickname (`Jokowi`): any name written out replaces it.
        var nickname = false
        /// Words of a short form the article wrote for the person (`danny` of `Danny Pomanto` for
        /// Mohammad Ramdhan Pomanto): a later `Danny` alone names them too.
        var aliases: [String] = []
    }

    let lexicon: PersonLexicon
    let words: DocumentWords
    let document: Document
    var places: OrganisationScan
    /// For each token, the index in `organisationsStarting` of the organisation mention starting
    /// there, else -1 (plain integers: an array of optional tuples holding strings cost a copy
    /// per token to make and to free).
    var orgAt: [Int32]
    /// The organisation mentions by where they start: (end token, canonical).
    var organisationsStarting: [(end: Int, canonical: String)] = []
    var covered: [Bool]
    var found: [Found] = []
    var people: [Person] = []
    /// For each name word, the people whose names hold it (ascending, may repeat): `known` checks
    /// only them, not every person of a long article. People without name words match any name.
    /// (A `WordMap` to the last entry of the word's chain in `peopleEntries`: no Swift `Hasher`,
    /// and no array per word.)
    var peopleWithWord = WordMap<Int>()
    /// Each entry: a person and the previous entry of the same word (-1 for none).
    var peopleEntries: [(person: Int, previous: Int)] = []
    var peopleWithoutWords: [Int] = []
    /// Initials that name a person in this article (`FR` after `berinisial FR`, `AHY` after
    /// `Agus Harimurti Yudhoyono (AHY)`), to the person.
    var initialsNamed = WordMap<Int>()

    init(lexicon: PersonLexicon, words: DocumentWords, document: Document, organisations: [OrganisationMention]) {
        self.lexicon = lexicon
        self.words = words
        self.document = document
        self.places = OrganisationScan(lexicon: lexicon.organisations, words: words, document: document)
        covered = Array(repeating: false, count: words.count)
        orgAt = Array(repeating: -1, count: words.count + 1)
        let tokens = document.tokens
        var cursor = 0
        for mention in organisations {
            while cursor < tokens.count && tokens[cursor].byteStart < mention.byteStart { cursor += 1 }
            var end = cursor
            while end < tokens.count && tokens[end].byteEnd <= mention.byteEnd { end += 1 }
            end = Self.withoutFigure(cursor..<end, words: words, figures: lexicon.names.figures)
            if end > cursor {
                orgAt[cursor] = Int32(truncatingIfNeeded: organisationsStarting.count)
                organisationsStarting.append((end, mention.canonical))
                for index in cursor..<end { covered[index] = true }
            }
        }
    }

    /// Where an organisation mention ends once a public figure's full name closing it is left out
    /// (`Ketua Harian Partai Gerindra Sufmi Dasco Ahmad` read as one body): the person's words are
    /// not the body's. Runs once per organisation mention.
    static func withoutFigure(_ mention: Range<Int>, words: DocumentWords, figures: PhraseTrie<NameLexicon.Figure>) -> Int {
        guard mention.count >= 3 else { return mention.upperBound }
        for start in mention.lowerBound + 1..<mention.upperBound - 1 where words.mayStart(start, figures.startTag) {
            if let figure = figures.longest(in: words, from: start, limit: mention.upperBound), !figure.value.short,
               figure.end == mention.upperBound { return start }
        }
        return mention.upperBound
    }

    /// The organisation mention starting at token `index` (end token, canonical), if any.
    @inline(__always)
    func organisationStarting(at index: Int) -> (end: Int, canonical: String)? {
        let slot = orgAt[index]
        return slot < 0 ? nil : organisationsStarting[Int(slot)]
    }

    mutating func run() -> [PersonMention] {
        places.learnNames()
        tickets()
        var index = 0
        while index < words.count {
            if words.capitalized[index], !covered[index], let end = titled(at: index) ?? namedLater(at: index) {
                index = end
            } else if words.capitalized[index], !covered[index], let end = named(at: index) {
                index = end
            } else if words.kinds[index] == .acronym, let end = spelledInitials(at: index) {
                index = end
            } else if words.has(index, lexicon.cuesBeforeSpeaker), let end = afterCue(at: index + 1) {
                index = end
            } else if !words.capitalized[index], words.known[index], let end = described(at: index) ?? initials(at: index) {
                index = end
            } else if words.has(index, lexicon.organisations.verbsAfterSpeaker) {
                beforeVerb(index)
                index += 1
            } else {
                index += 1
            }
        }
        definedInitials()
        nicknamesAfterNouns()
        linkShortNames()
        found.sort { ($0.tokens.lowerBound, $0.bytes?.lowerBound ?? 0) < ($1.tokens.lowerBound, $1.bytes?.lowerBound ?? 0) }
        return found.map { item in
            let person = people[item.person]
            return PersonMention(span: item.bytes.map { document.span($0) } ?? document.span(ofTokens: item.tokens), canonical: person.canonical, role: person.role,
                                 organisation: person.organisation, rule: item.rule)
        }
    }

    /// Capitalised words and initials: `Johnny G. Plate`, `Ahmad Fauzan Rifa'i`.
    @inline(__always)
    func nameRun(from start: Int) -> Range<Int>? {
        if start < words.count, words.capitalized[start], let figure = (words.startsEntry(start, lexicon.names.figures.startTag) ? lexicon.names.figures.longest(in: words, from: start, limit: words.count) : nil),
           !figure.value.short, figure.end >= words.count || !words.capitalized[figure.end] { return start..<figure.end }
        var end = start
        while end < words.count, end - start < 6, !covered[end],
              words.capitalized[end] || end > start && (words.has(end, lexicon.names.particles) || particleJoined(end)),
              words.sentenceOf[end] == words.sentenceOf[start] {
            let kind = words.kinds[end]
            // `Khalil al-Hayya`: a particle joined by a hyphen to the last name.
            if end > start, !words.capitalized[end], particleJoined(end) { end += 1; continue }
            if kind == .initial && end > start { end += 1; continue }
            // `N. Paranietharan`, `Moh. Adib Khumaidi`: an initial with its full stop or a given name's
            // short form (`people/given-names.txt`) may open a name when a capitalised word follows.
            if end == start, kind == .initial && words.text[end].hasSuffix(".") || kind == .abbreviation && words.has(end, lexicon.names.givenNames), end + 1 < words.count, words.kinds[end + 1] == .word,
               words.capitalized[end + 1], !covered[end + 1], words.sentenceOf[end + 1] == words.sentenceOf[start] { end += 1; continue }
            // `Muhammad bin Salman`, `David da Silva`: a particle between capitalised words.
            if end > start, words.has(end, lexicon.names.particles), end + 1 < words.count, words.capitalized[end + 1],
               words.kinds[end + 1] == .word, !covered[end + 1] { end += 1; continue }
            if innerParticle(end, start: start) { end += 1; continue }
            if !words.capitalized[end] { break }
            guard kind == .word, !words.hasText(end, lexicon.organisations.stopwords), !words.hasText(end, lexicon.organisations.terms),
                  (words.startsEntry(end, lexicon.titles.startTag) ? lexicon.titles.longest(in: words, from: end, limit: words.count) : nil) == nil
                    || titleOpensName(start, at: end),
                  places.knownPlace(from: end) == nil else { break }
            end += 1
        }
        while end > start, words.kinds[end - 1] == .initial, !words.text[end - 1].hasSuffix(".") || end - start == 1 { end -= 1 }
        return end > start ? withRegnalNumber(start..<end) : nil
    }

    /// `Eusebio Di Francesco`: a capitalised particle (`people/inner-particles.txt`) after a given name
    /// and before a capitalised word no root list knows, inside a name.
    @inline(__always)
    func innerParticle(_ index: Int, start: Int) -> Bool {
        index > start && index + 1 < words.count && words.capitalized[index] && words.has(index, lexicon.innerParticles)
            && words.has(index - 1, lexicon.names.givenNames) && words.kinds[index + 1] == .word && words.capitalized[index + 1]
            && !covered[index + 1] && words.sentenceOf[index + 1] == words.sentenceOf[index] && !isOrdinary(index + 1)
            && places.knownPlace(from: index + 1) == nil
    }

    /// `Ketua KOI (KOI) Raja Sapta Oktohari`: a title word opening a name run after a bracket, an
    /// acronym or a lower-case word is a name word when a public figure's or a given name holds it
    /// and a capitalised word that is no place follows (`Bupati Raja Ampat` stays a title and a place).
    func titleOpensName(_ start: Int, at index: Int) -> Bool {
        index == start && index > 0 && !(words.capitalized[index - 1] && words.kinds[index - 1] == .word)
            && words.has(index, lexicon.names.nameWords) && places.knownPlace(from: index) == nil
            && index + 1 < words.count && words.capitalized[index + 1] && words.kinds[index + 1] == .word
            && places.knownPlace(from: index + 1) == nil
    }

    /// Records a mention of `name`. `linkWords` (a public figure's full name for `Jokowi`) are the
    /// name words it is known by when they differ from its own.
    mutating func add(_ run: Range<Int>, role: String?, organisation: String?, rule: String, linkWords: [String]? = nil,
                      bytes: Range<Int>? = nil, written: String? = nil, short: Bool = false) {
        var name = run
        let nameWords = linkWords ?? name.filter { isNameToken($0) }.map { words.folded[$0] }
        let text = written ?? places.text(name)
        let nickname = rule == "person.nickname" || short
        // `Afif` for Mochammad Afifuddin (`Names/PersonScan+Aliases.swift`).
        var person = known(words: nameWords)
        if person == nil, nameWords.count == 1, linkWords == nil, bytes == nil, name.count == 1 { person = prefixOwner(of: nameWords[0]) }
        if let existing = person {
            if bytes == nil { name = withNicknameTitle(name, person: existing) }
            if !nickname, people[existing].nickname || nameWords.count > people[existing].names.count
                || text.count > people[existing].canonical.count && nameWords.count >= people[existing].names.count {
                people[existing].canonical = text
                people[existing].nickname = false
                if nameWords.count >= people[existing].names.count { people[existing].names = nameWords }
                index(person: existing)
            }
            if people[existing].role == nil { people[existing].role = role; people[existing].organisation = organisation }
            found.append(Found(tokens: name, role: role, organisation: organisation, rule: rule, person: existing, bytes: bytes))
        } else {
            people.append(Person(names: nameWords, canonical: text, role: role, organisation: organisation, nickname: nickname))
            index(person: people.count - 1)
            found.append(Found(tokens: name, role: role, organisation: organisation, rule: rule, person: people.count - 1, bytes: bytes))
        }
        for index in name { covered[index] = true }
        // `Danny Pomanto` for a public figure of another full name: its words name the person later.
        if linkWords != nil, bytes == nil, let person = found.last?.person {
            for token in name where isNameToken(token) {
                let word = words.folded[token]
                guard !people[person].names.contains(word), !people[person].aliases.contains(word),
                      (words.startsEntry(token, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: token, limit: token + 1) : nil) == nil else { continue }
                people[person].aliases.append(word)
                addPerson(person, toWord: word)
            }
        }
        // `Immanuel Ebenezer alias Noel`: another name for the person right after the mention.
        if bytes == nil, let person = found.last?.person { aliasAfter(name.upperBound, person: person) }
    }

    /// Records person `person`'s name words in `peopleWithWord`.
    mutating func index(person: Int) {
        let names = people[person].names
        if names.isEmpty { peopleWithoutWords.append(person) }
        for word in names { addPerson(person, toWord: word) }
    }

    /// Appends `person` to the people whose name words hold `word`.
    mutating func addPerson(_ person: Int, toWord word: String) {
        let hash = WordHash.of(word)
        peopleEntries.append((person, peopleWithWord.value(word, hash: hash) ?? -1))
        peopleWithWord.set(word, hash: hash, peopleEntries.count - 1)
    }

    /// The person whose name holds every word of `name` (or whose words `name` holds); of several,
    /// the one with the most name words, the earliest on a tie.
    func known(_ name: Range<Int>) -> Int? {
        known(words: name.filter { isNameToken($0) }.map { words.folded[$0] })
    }

    func known(words nameWords: [String]) -> Int? {
        guard !nameWords.isEmpty, !people.isEmpty else { return nil }
        // Either containment needs a shared word (or a person without words): only they can match.
        var candidates = peopleWithoutWords
        for word in nameWords {
            var entry = peopleWithWord.value(word, hash: WordHash.of(word)) ?? -1
            while entry >= 0 {
                candidates.append(peopleEntries[entry].person)
                entry = peopleEntries[entry].previous
            }
        }
        candidates.sort()
        var best: Int?
        var previous = -1
        for index in candidates where index != previous {
            previous = index
            // Names have a handful of words: linear containment beats building sets.
            let theirs = people[index].names
            let aliases = people[index].aliases
            if nameWords.allSatisfy({ theirs.contains($0) || aliases.contains($0) }) || theirs.allSatisfy({ nameWords.contains($0) }) {
                if best == nil || theirs.count > people[best!].names.count { best = index }
            }
        }
        return best
    }

    /// The first four bytes of token `index`, ASCII letters lowered, as one number, when the token
    /// has four bytes or more and they are ASCII (read from the source: no string per token).
    @inline(__always)
    func tokenOpening(_ index: Int) -> UInt32? {
        let token = document.tokens[index]
        guard token.byteEnd - token.byteStart >= 4 else { return nil }
        var value: UInt32 = 0
        for offset in token.byteStart..<token.byteStart + 4 {
            var byte = document.source.bytes[offset]
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    /// The first four UTF-8 bytes of `word` (four bytes or more) as one number.
    @inline(__always)
    static func opening(_ word: String) -> UInt32 {
        var value: UInt32 = 0
        var count = 0
        for byte in word.utf8 {
            value = value << 8 | UInt32(byte)
            count += 1
            if count == 4 { break }
        }
        return value
    }

    /// `Johnny`, `Hadi` anywhere after the full name: every capitalised run of a known person's name words.
    mutating func linkShortNames() {
        guard !people.isEmpty else { return }
        var nameWords: WordSet = []
        for person in people { nameWords.formUnion(person.names); nameWords.formUnion(person.aliases) }
        // The first four bytes of every name word of six bytes or more: a lone capitalised word is
        // asked whether it opens one (`Mega`) only when its own first four bytes are among them.
        var openings: [UInt32] = []
        for person in people {
            for name in person.names where name.utf8.count >= 6 { openings.append(Self.opening(name)) }
        }
        var index = 0
        while index < words.count {
            if !covered[index], words.kinds[index] == .acronym, let person = words.textValue(index, initialsNamed) {
                found.append(Found(tokens: index..<index + 1, role: people[person].role, organisation: people[person].organisation,
                                   rule: "person.short-name", person: person))
                covered[index] = true
            }
            guard !covered[index], words.kinds[index] == .word, words.capitalized[index], nameWords.contains(words.folded[index], hash: words.foldedHashes[index]) else {
                // `Tanpa Mega, kami ...` after `Megawati Hangestri Pertiwi`: one capitalised word alone
                // inside a sentence that opens one person's name word (`Names/PersonScan+Aliases.swift`).
                if !openings.isEmpty, !covered[index], words.capitalized[index], words.kinds[index] == .word, index > 0,
                   !(words.capitalized[index - 1] && words.kinds[index - 1] == .word),
                   index + 1 >= words.count || !(words.capitalized[index + 1] && words.kinds[index + 1] == .word),
                   let opening = tokenOpening(index), openings.contains(opening), !opensSentence(index),
                   let person = prefixOwner(of: words.folded[index]) {
                    found.append(Found(tokens: index..<index + 1, role: people[person].role, organisation: people[person].organisation,
                                       rule: "person.short-name", person: person))
                    covered[index] = true
                }
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, !covered[end] {
                if words.capitalized[end],
                   words.kinds[end] == .initial || (words.kinds[end] == .word && nameWords.contains(words.folded[end], hash: words.foldedHashes[end])) {
                    end += 1
                } else if words.kinds[end] == .acronym, regnalNumber(end) {
                    // `Leo XIV`, `Leo XIII`: the regnal number is the name's (and tells the two apart).
                    end += 1
                } else if words.has(end, lexicon.names.particles), end + 1 < words.count, !covered[end + 1], words.capitalized[end + 1],
                          words.kinds[end + 1] == .word, nameWords.contains(words.folded[end + 1], hash: words.foldedHashes[end + 1]) {
                    // `Abdulaziz bin Salman`: a particle between two of the person's name words.
                    end += 2
                } else {
                    break
                }
            }
            // `Tim teknis ...` after `Tim Cook`: an ordinary word opening a sentence, alone, is that word.
            // (`Bagus menjelaskan`: a reporting verb after it makes it the name.)
            let ordinaryOpening = end == index + 1 && opensSentence(index) && isOrdinary(index) && !words.has(index, lexicon.names.givenNames)
                && !(end < words.count && (words.has(end, lexicon.organisations.verbsAfterSpeaker) || words.isChar(end, ",")))
            if !ordinaryOpening, let person = known(index..<end) {
                let tokens = withNicknameTitle(index..<end, person: person)
                found.append(Found(tokens: tokens, role: people[person].role, organisation: people[person].organisation,
                                   rule: "person.short-name", person: person))
                for token in tokens { covered[token] = true }
            }
            index = end
        }
    }
}
