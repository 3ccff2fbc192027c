import WartaText
import WartaTokenizer

/// People named bare, without a title or cue: a capitalised run typed as a person's name by the
/// evidence of `NameLexicon` (public figures and their short forms, given names, words that are
/// no ordinary Indonesian word), and people named by initials. Rules: see `PersonExtractor`.
extension PersonScan {
    /// A capitalised run from `start`: words, initials and particles between capitalised words
    /// (`Muhammad bin Salman`, `Andi A. Mallarangeng`), stopping at covered tokens, titles, known
    /// places, stopwords and the sentence end; at most six tokens.
    @inline(__always)
    func candidateRun(from start: Int) -> Range<Int>? {
        guard start < words.count, words.kinds[start] == .word, words.capitalized[start] else { return nil }
        let sentence = words.sentenceOf[start]
        let organisations = lexicon.organisations
        var end = start
        while end < words.count, end - start < 6, !covered[end], words.sentenceOf[end] == sentence {
            let kind = words.kinds[end]
            if innerParticle(end, start: start) {
                end += 1
            } else if kind == .word, words.capitalized[end] {
                if end > start, words.hasText(end, organisations.stopwords) || words.hasText(end, organisations.terms)
                    || words.value(end, organisations.regionLevels) != nil
                    || (words.startsEntry(end, lexicon.titles.startTag) ? lexicon.titles.longest(in: words, from: end, limit: words.count) : nil) != nil
                    || (words.startsEntry(end, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: end, limit: words.count) : nil) != nil
                    || places.knownPlace(from: end) != nil { break }
                end += 1
            } else if kind == .initial, end > start, words.capitalized[end] {
                end += 1
            } else if end > start, particleJoined(end) {
                end += 1
            } else if end > start, words.has(end, lexicon.names.particles), end + 1 < words.count, !covered[end + 1],
                      words.kinds[end + 1] == .word, words.capitalized[end + 1], words.sentenceOf[end + 1] == sentence {
                end += 1
            } else {
                break
            }
        }
        while end > start, words.kinds[end - 1] == .initial, !words.text[end - 1].hasSuffix(".") { end -= 1 }
        return end > start ? withRegnalNumber(start..<end) : nil
    }

    /// True when token `index` opens its sentence or a quote (where any word is capitalised).
    @inline(__always)
    func opensSentence(_ index: Int) -> Bool {
        index == 0 || words.sentenceOf[index - 1] != words.sentenceOf[index] || words.isQuoteMark(index - 1)
            || words.isChar(index - 1, "(")
    }

    /// True when token `index` is an ordinary Indonesian word written with a capital.
    @inline(__always)
    func isOrdinary(_ index: Int) -> Bool {
        lexicon.names.stemmer.isRoot(words.folded[index])
    }

    /// True when token `index` is an ordinary word with affixes (`Pelatihan`, `Rancangan`): the stemmer finds its root.
    @inline(__always)
    func isDerived(_ index: Int) -> Bool {
        let analysis = lexicon.names.stemmer.analyze(words.folded[index])
        return analysis.inDictionary && (!analysis.prefixes.isEmpty || !analysis.suffixes.isEmpty)
    }

    /// A person named bare at `start`. Returns where the scan goes on (past a run that is not a
    /// person too, so that no later word of a place or event is read as a name), or nil.
    /// `afterPrefix`: a body's words before `start` were left out of the run (`AfD Alice Weidel`).
    mutating func named(at start: Int, afterPrefix: Bool = false) -> Int? {
        let names = lexicon.names
        // `RSUP Haji Adam Malik`, `Jalan Sudirman`: a name after the head of a thing named after a person is that thing's.
        if afterNamedHead(start) { return candidateRun(from: start)?.upperBound ?? start + 1 }
        if let end = figure(at: start) { return end }
        // `Pak Mahfud`, `Kolonel Inf Dedi Hermawan`: an honorific or rank, then a name (not `Ibu Kota`).
        if let rank = (words.startsEntry(start, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: start, limit: words.count) : nil), words.kinds[start] == .word {
            if let end = figure(at: rank.end) { return end }
            guard let run = candidateRun(from: rank.end) else { return rank.end }
            // `Jenderal Senior Min Aung Hlaing`: a family name opens the name too.
            if words.has(run.lowerBound, names.givenNames) || familyName(run) || !(isOrdinary(run.lowerBound) || isDerived(run.lowerBound)) {
                add(run, role: nil, organisation: nil, rule: "person.honorific")
                return run.upperBound
            }
            return run.upperBound
        }
        // `Korea Selatan Hwang Sun-hong`: a place's direction word after the place is the place's.
        if start > 0, words.has(start, lexicon.organisations.placeSuffixes), words.capitalized[start - 1], words.kinds[start - 1] == .word,
           words.sentenceOf[start - 1] == words.sentenceOf[start] { return start + 1 }
        // A place, a level word or a word that is never a name opens no name: the scan goes on after it.
        if let place = places.knownPlace(from: start) { return place.end }
        if words.value(start, lexicon.organisations.regionLevels) != nil || words.hasText(start, lexicon.organisations.stopwords)
            || words.hasText(start, lexicon.organisations.terms) { return nil }
        // `Idul Fitri`, `Timnas Indonesia`: a run opened by a word that is never a name is a thing's
        // name, unless a name clearly begins inside it (`Gedung Putih Steven Cheung`).
        if words.has(start, names.notNames) {
            guard let run = candidateRun(from: start) else { return nil }
            let begins = afterPrefix ? start : bareNameStart(in: run)
            return begins > start ? named(at: begins, afterPrefix: true) ?? run.upperBound : run.upperBound
        }
        guard var run = candidateRun(from: start) else { return nil }
        // `AfD Alice Weidel`, `Komeito Tetsuo Saito`: a body's words glued before a name are not the
        // name's (`PersonScan+NameStart.swift`); the name is read from where it begins.
        if !afterPrefix, run.count >= 2 {
            let begins = bareNameStart(in: run)
            if begins > start { return named(at: begins, afterPrefix: true) ?? run.upperBound }
        }
        // `Lalu Wirajaya Saputra`: a noble title before a name word opens a name as a given name does.
        let given = words.has(run.lowerBound, names.givenNames)
            || words.has(run.lowerBound, names.nobleTitles) && strongNameWord(run.lowerBound, in: run)
        // `PT Mulia Raymond Perkasa`: a run glued to an organisation's name and closed by an ordinary
        // word goes on with that name (company names end in `Perkasa`, `Sejahtera`, `Abadi`).
        if gluedToOrganisation(start), isOrdinary(run.upperBound - 1) { return run.upperBound }
        // `Imam Besar Masjid Istiqlal itu`: a run of ordinary words closed by a demonstrative describes someone.
        // (`artis Sandra Dewi itu`: a run whose ordinary words are all given names names someone.)
        if run.count >= 2, run.upperBound < words.count, words.has(run.upperBound, lexicon.demonstratives),
           (run.lowerBound + 1..<run.upperBound).contains(where: { isOrdinary($0) && !words.has($0, names.givenNames) }) { return run.upperBound }
        // `memerankan Edwin`, `film Bukit Duri`: a role in a story or a work's title names no person of the news.
        if start > 0, !words.capitalized[start - 1], words.has(start - 1, lexicon.characterCues) { return run.upperBound }
        // `Sulastri, pemilik warung ...`, `Jude Bellingham dan Rodrygo` (`PersonScan+Evidence.swift`).
        if !given, let rule = personContext(run) {
            add(run, role: nil, organisation: nil, rule: rule)
            return run.upperBound
        }
        // `Sungai Wulan`, `Jalan Teuku Umar`: a word after a capitalised ordinary word continues a
        // place's or a thing's name.
        if !afterPrefix, start > 0, !opensSentence(start - 1), words.capitalized[start - 1], words.kinds[start - 1] == .word,
           words.sentenceOf[start - 1] == words.sentenceOf[start], !covered[start - 1], isOrdinary(start - 1), !placeEnds(at: start),
           (words.startsEntry(start - 1, lexicon.titles.startTag) ? lexicon.titles.longest(in: words, from: start - 1, limit: start) : nil) == nil,
           (words.startsEntry(start - 1, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: start - 1, limit: start) : nil) == nil {
            return run.upperBound
        }
        // `Selain Budi Arie`, `Usai pelantikan`: an ordinary word opening a sentence is not a name
        // (one word alone there, not a given name, never is).
        if !given, opensSentence(start) {
            guard run.count > 1 else { return nil }
            if isOrdinary(start) || isDerived(start) { return start + 1 }
        }
        while run.count > 1, words.has(run.upperBound - 1, names.particles) { run = run.lowerBound..<run.upperBound - 1 }
        let nameWords = run.filter { words.kinds[$0] == .word }
        if given {
            // `memilih nama Leo XIV`: a name taken with an office names the person the sentence is about.
            if let owner = takenNameOwner(before: start) {
                add(run, role: people[owner].role, organisation: people[owner].organisation, rule: "person.taken-name", linkWords: people[owner].names)
                return run.upperBound
            }
            add(run, role: nil, organisation: nil, rule: "person.given-name")
            return partner(after: run, rule: "person.given-name")
        }
        if familyName(run), !(start > 0 && words.has(start - 1, lexicon.placePrepositions)) {
            add(run, role: nil, organisation: nil, rule: "person.family-name")
            return run.upperBound
        }
        // `Haluk Bayraktar`, `Ciro Alves`: two or more words that no lexicon knows, the first no
        // ordinary word, not after a preposition of place.
        // The cheap tests first: the stemmer is asked last.
        // (`berjuluk I Lariani`: a one-letter word opens a name only before a given name, `I Wayan`.)
        if nameWords.count >= 2, !(start > 0 && words.has(start - 1, lexicon.placePrepositions)),
           words.text[start].utf8.count > 1 || words.has(start + 1, names.givenNames),
           !(run.upperBound < words.count && words.isChar(run.upperBound, "(")),
           bareNameWords(nameWords),
           !words.has(run.lowerBound, names.particles),
           !isOrdinary(run.lowerBound),
           nameWords.allSatisfy({ words.has($0, names.nameWords) || !isDerived($0) || $0 != nameWords[0] && $0 != nameWords[nameWords.count - 1] && isOrdinary($0) }) {
            add(run, role: nil, organisation: nil, rule: "person.bare-name")
            return partner(after: run, rule: "person.bare-name")
        }
        // `pelatih yang akrab disapa Teco itu`: a nickname no rule read names the person last named (`PersonScan+Aliases.swift`).
        if run.count <= 2, let end = nicknameAfterNoun(at: start) { return end }
        return run.upperBound
    }

    /// Where a name begins inside a bare run (no title before it): as `nameStart`, but only at a word
    /// with name evidence and two words or more from the end, and never inside the name of a thing
    /// named after a person (`Stadion Olimpiade Lluis Companys`, `Bandara Internasional Soekarno Hatta`).
    func bareNameStart(in run: Range<Int>) -> Int {
        let begins = nameStart(in: run, afterRole: false)
        guard begins > run.lowerBound, run.upperBound - begins >= 2, strongNameWord(begins, in: run),
              lexicon.namedAfterHeads.longest(in: words, from: run.lowerBound, limit: begins) == nil else { return run.lowerBound }
        return begins
    }

    /// True when the words of a bare run may make a name: each a name word, a particle, a word no
    /// lexicon knows or one that may still be a name word (`possibleNameWord`), none hyphenated; or,
    /// between a first or last word some name list holds and another such word, one capitalised
    /// ordinary word (`Rosan Perkasa Roeslani`, `Bambang Cahaya Wiryawan`: Indonesian names hold words).
    func bareNameWords(_ nameWords: [Int]) -> Bool {
        let names = lexicon.names
        var inner = 0
        for (position, index) in nameWords.enumerated() {
            if words.text[index].contains("-") { return false }
            if words.has(index, names.nameWords) || words.has(index, names.particles) || !words.known[index] || possibleNameWord(index) { continue }
            guard nameWords.count >= 3, position > 0, position < nameWords.count - 1, inner == 0, isOrdinary(index),
                  !words.has(index, names.notNames), !words.has(index, lexicon.titles.vocabulary), !words.has(index, lexicon.ranks.vocabulary)
            else { return false }
            inner += 1
        }
        guard inner > 0 else { return true }
        let first = nameWords[0], last = nameWords[nameWords.count - 1]
        func nameEvidence(_ index: Int) -> Bool { words.has(index, names.nameWords) || words.has(index, lexicon.familyNames) }
        func notOrdinary(_ index: Int) -> Bool { nameEvidence(index) || !words.known[index] && !isOrdinary(index) }
        return (nameEvidence(first) || nameEvidence(last)) && notOrdinary(first) && notOrdinary(last)
    }

    /// True when word `index`, which a lexicon holds, may still be in a bare name: no ordinary word,
    /// never-name word, title's or rank's word (`Corporate Secretary`, `Kabid`). An organisation's
    /// alias (`Hon Hai`) does not make a word a non-name.
    func possibleNameWord(_ index: Int) -> Bool {
        !words.has(index, lexicon.names.notNames) && !words.has(index, lexicon.titles.vocabulary)
            && !words.has(index, lexicon.ranks.vocabulary) && !isOrdinary(index)
    }

    /// True when a known place of one or two words ends right before token `end` (`Amerika Serikat`).
    func placeEnds(at end: Int) -> Bool {
        (end >= 2 && places.knownPlace(from: end - 2)?.end == end) || (end >= 1 && places.knownPlace(from: end - 1)?.end == end)
    }

    /// True when an organisation mention ends right before token `start` (no punctuation between).
    func gluedToOrganisation(_ start: Int) -> Bool {
        guard start > 0, covered[start - 1], words.kinds[start - 1] == .word || words.kinds[start - 1] == .acronym else { return false }
        for begin in stride(from: start - 1, through: max(0, start - 8), by: -1) where organisationStarting(at: begin)?.end == start { return true }
        return false
    }

    /// `Agus Harimurti Yudhoyono (AHY)`: initials in parentheses right after a person's name,
    /// starting with the name's first letter, name that person here and later.
    mutating func definedInitials() {
        for item in found {
            let open = item.tokens.upperBound
            guard open + 2 < words.count, words.isChar(open, "("), words.isChar(open + 2, ")"), words.kinds[open + 1] == .acronym,
                  !covered[open + 1], words.folded[open + 1].first == words.folded[item.tokens.lowerBound].first else { continue }
            found.append(Found(tokens: open + 1..<open + 2, role: item.role, organisation: item.organisation, rule: "person.defined-initials",
                               person: item.person))
            covered[open + 1] = true
            initialsNamed.set(words.text[open + 1], item.person)
        }
    }

    /// A public figure or one of its short forms at `start` (`Jokowi`, `Recep Tayyip Erdogan`),
    /// linked to the person of the article it names. Returns the token after it.
    mutating func figure(at start: Int) -> Int? {
        let names = lexicon.names
        guard words.mayStart(start, names.figures.startTag), let figure = names.figures.longest(in: words, from: start, limit: words.count),
              figure.end >= words.count || !words.capitalized[figure.end] || words.kinds[figure.end] != .word,
              figure.end > start + 1 || OrganisationLexicon.isCapitals(words.text[start]) == figure.value.capitals else { return nil }
        // `Retno` after `Retno Astuti Wardhani`: a short form names a person of the article first.
        // The figure itself when the article names them in full, else a person of the article
        // whose name holds the short form, else the figure.
        let full = names.fullNameWords[figure.value.index]
        let written = figure.value.short && known(words: full) == nil ? known(start..<figure.end) : nil
        add(start..<figure.end, role: nil, organisation: nil, rule: figure.value.short ? "person.nickname" : "person.public-figure",
            linkWords: written.map { people[$0].names } ?? full)
        return figure.end
    }

    /// `berinisial FR, 24 tahun, dan DS`: people named by their initials after an initials cue.
    mutating func initials(at cue: Int) -> Int? {
        // `berinisial FR`; `tiga tersangka, yaitu AK, BS, dan TW`: a list cue a few words after a person noun.
        guard let strong = words.value(cue, lexicon.initialCueKinds),
              strong || (max(0, cue - 4)..<cue).contains(where: { lexicon.descriptors.longest(in: words, from: $0, limit: cue) != nil }) else { return nil }
        var cursor = cue + 1
        var last = cue
        while cursor < words.count, cursor - last <= 8, words.sentenceOf[cursor] == words.sentenceOf[cue] {
            // `masing-masing berinisial ...`: a strong cue ahead reads the list itself.
            if !strong, words.value(cursor, lexicon.initialCueKinds) == true { break }
            // Initials after the cue stand for a person (`berinisial RS`), named again or not.
            // (`PT Cahaya` is a company: initials are not followed by a capitalised word.)
            if words.kinds[cursor] == .acronym, words.text[cursor].utf8.count <= 4, !covered[cursor],
               cursor + 1 >= words.count || !(words.capitalized[cursor + 1] && words.kinds[cursor + 1] == .word),
               strong || words.text[cursor].utf8.count <= 3 && !words.known[cursor] {
                add(cursor..<cursor + 1, role: nil, organisation: nil, rule: "person.initials", linkWords: [words.folded[cursor]])
                initialsNamed.set(words.text[cursor], found[found.count - 1].person)
                last = cursor
            }
            cursor += 1
        }
        return last > cue ? last + 1 : nil
    }

    /// `Rinov Rivaldy/Pitha Haningtyas Mentari`: a pair's second name after a slash. Where the scan goes on.
    mutating func partner(after run: Range<Int>, rule: String) -> Int {
        let end = run.upperBound
        guard end + 1 < words.count, words.isChar(end, "/"), words.capitalized[end + 1], !covered[end + 1],
              let partner = nameRun(from: end + 1), partner.count >= 2, isNameLike(partner) else { return end }
        add(partner, role: nil, organisation: nil, rule: rule)
        return partner.upperBound
    }
}
