import WartaRecords
import WartaText
import WartaTokenizer

/// How a person is introduced: by a title and role, a lower-case descriptor, a speech cue, a
/// reporting verb, or a later short form the article quotes.
extension PersonScan {
    /// `Kepala Pusat Data ... BNPB Hendra Saputra Wibisono`: the title, its complement, ranks, the name.
    mutating func titled(at start: Int) -> Int? {
        guard words.mayStart(start, lexicon.titles.startTag),
              let title = lexicon.titles.longest(in: words, from: start, limit: words.count) else { return nil }
        var cursor = title.end
        var organisation: String?
        // `Presiden KSPI Said Iqbal`: an organisation right after any title makes it a role in that organisation.
        let complement = organisationStarting(at: cursor) != nil ? .org : title.value
        switch complement {
        case .none:
            break
        case .place:
            if let org = organisationStarting(at: cursor) {
                organisation = org.canonical
                cursor = org.end
            } else {
                if cursor < words.count, words.capitalized[cursor], words.value(cursor, lexicon.organisations.regionLevels) != nil { cursor += 1 }
                // `Wakil Gubernur Rano Karno`, `Kanselir Olaf Scholz`: a given name no place list holds, or
                // a public figure's name, after the title is the name, not a place guessed from its shape.
                if let place = places.place(from: cursor), !namesBeforePlace(cursor, known: place) { cursor = place.end }
            }
        case .org:
            // `Menteri Pertanian Andi Amran Sulaiman`: a ministry named by its short form after a
            // minister's title, not reported as an organisation mention but ending the role.
            if organisationStarting(at: cursor) == nil, (words.startsEntry(start, lexicon.organisations.ministryTitles.startTag) ? lexicon.organisations.ministryTitles.longest(in: words, from: start, limit: title.end + 1) : nil) != nil,
               let ministry = (words.startsEntry(cursor, lexicon.organisations.roleAliases.startTag) ? lexicon.organisations.roleAliases.longest(in: words, from: cursor, limit: words.count) : nil) {
                organisation = lexicon.organisations.name(of: ministry.value.id, on: document.published).canonical
                cursor = ministry.end
            }
            while cursor < words.count {
                if let org = organisationStarting(at: cursor) {
                    organisation = org.canonical
                    cursor = org.end
                    if let place = places.knownPlace(from: cursor) { cursor = place.end }
                } else if words.capitalized[cursor], words.hasText(cursor, lexicon.unitWords),
                          !(words.has(cursor, lexicon.names.nobleTitles) && strongNameWord(cursor, in: cursor..<min(cursor + 2, words.count))) {
                    // (`Anggota DPRD NTB Lalu Wirajaya Saputra`: `Lalu` opens a name there, not `Lalu Lintas`.)
                    cursor += 1
                } else if cursor > title.end, let place = places.knownPlace(from: cursor), !publicFigureStarts(at: cursor) {
                    // (`Wakil Menteri Dalam Negeri Bima Arya Sugiarto`: a public figure's name, not the place `Bima`.)
                    cursor = place.end
                } else if (words.isChar(cursor, ",") || words.has(cursor, lexicon.organisations.connectors)),
                          cursor + 1 < words.count, words.capitalized[cursor + 1], cursor > title.end {
                    cursor += 1
                } else if words.isChar(cursor, "("), let close = (cursor + 2..<min(cursor + 6, words.count)).first(where: { words.isChar($0, ")") }),
                          close == cursor + 2 || (cursor + 1..<close).allSatisfy({ words.capitalized[$0] }) {
                    // `(BNPB)`, `(Satgas PASTI)`: a body's short form in brackets.
                    cursor = close + 1
                } else if let next = unitBefore(cursor) {
                    cursor = next
                } else {
                    break
                }
            }
        }
        let roleEnd = cursor
        while let rank = (words.startsEntry(cursor, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: cursor, limit: words.count) : nil) { cursor = rank.end }
        var found = nameRun(from: cursor)
        // `Kepala Balai Besar POM di Makassar Dra. Hasnawati Daeng Bau`: the role goes on in lower
        // case; a rank or honorific a few words on still introduces the name.
        if found == nil {
            var ahead = cursor
            while ahead < words.count, ahead - cursor < 6, words.sentenceOf[ahead] == words.sentenceOf[start], !words.isQuoteMark(ahead) {
                if let rank = (words.startsEntry(ahead, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: ahead, limit: words.count) : nil), words.kinds[ahead] == .abbreviation,
                   let name = nameRun(from: rank.end) {
                    found = name
                    break
                }
                ahead += 1
            }
        }
        // `Pemimpin Hamas di Gaza, Khalil al-Hayya, menyatakan`: a known body, a place after a
        // preposition, then the name in apposition between commas (or before the speaker's verb).
        if found == nil, cursor + 2 < words.count, words.has(cursor, lexicon.placePrepositions), words.capitalized[cursor + 1] {
            var comma = cursor + 1
            while comma < words.count, comma - cursor < 5, words.capitalized[comma] { comma += 1 }
            if comma + 1 < words.count, words.isChar(comma, ","), let next = apposedName(after: comma) { found = next }
        }
        guard var name = found else {
            // `Bahlil, yang juga Menteri Energi dan Sumber Daya Mineral, mengatakan`: a role without a
            // name is no one's name either (a reporting verb after it does not make it a person).
            for token in start..<roleEnd { covered[token] = true }
            return roleEnd > title.end ? roleEnd : title.end
        }
        let runStart = name.lowerBound
        // `Ketua Tim Politik`: one ordinary word after a role is part of the role, not a name.
        // (`Chef de Mission Tim Indonesia`: nor is an ordinary word before a place, though a public figure's name holds it.)
        if name.count == 1, words.kinds[name.lowerBound] == .word,
           !words.has(name.lowerBound, lexicon.names.nameWords) && (isOrdinary(name.lowerBound) || isDerived(name.lowerBound) || words.has(name.lowerBound, lexicon.names.notNames))
            || !words.has(name.lowerBound, lexicon.names.givenNames) && isOrdinary(name.lowerBound) && places.knownPlace(from: name.upperBound) != nil {
            return name.upperBound
        }
        // `Ketua MUI Bidang Dakwah Cholil Nafis`: after a unit word, an ordinary word opening a run of
        // three or more words names the unit's field, part of the role.
        if name.count >= 3, name.lowerBound > start, words.hasText(name.lowerBound - 1, lexicon.unitWords),
           words.kinds[name.lowerBound] == .word, !words.has(name.lowerBound, lexicon.names.nameWords),
           isOrdinary(name.lowerBound) || isDerived(name.lowerBound) || words.has(name.lowerBound - 1, lexicon.organisations.connectors) {
            // (`Direktur Komunikasi Gedung Putih Steven Cheung`: a building's or body's head takes the
            // ordinary words after it up to a given name.)
            let head = name.lowerBound
            name = name.lowerBound + 1..<name.upperBound
            if words.has(head, lexicon.names.notNames) {
                while name.count > 2, words.kinds[name.lowerBound] == .word, isOrdinary(name.lowerBound),
                      !words.has(name.lowerBound, lexicon.names.nameWords), words.has(name.lowerBound + 1, lexicon.names.givenNames) || isOrdinary(name.lowerBound + 1) {
                    name = name.lowerBound + 1..<name.upperBound
                }
            }
        }
        // `Direktur Utama Baykar Haluk Bayraktar`: an organisation no lexicon knows ends where a given name begins.
        if complement == .org, organisation == nil, name.count >= 3, name.lowerBound == roleEnd, !words.has(name.lowerBound, lexicon.names.givenNames),
           let given = name.dropFirst().first(where: { words.has($0, lexicon.names.givenNames) }) {
            name = given..<name.upperBound
        }
        // `Ketua MUI Bidang Dakwah dan Ukhuwah Cholil Nafis`: after a connector inside the role, a run
        // whose first word is no name word ends the role where a name word begins.
        if name.count >= 3, name.lowerBound > start, words.has(name.lowerBound - 1, lexicon.organisations.connectors),
           !words.has(name.lowerBound, lexicon.names.nameWords),
           let given = name.dropFirst().first(where: { words.has($0, lexicon.names.nameWords) }), given + 1 < name.upperBound {
            name = given..<name.upperBound
        }
        // `Ketua Majelis Nasional Woo Won-shik`: a body, place or country glued before the name (`Names/PersonScan+NameStart.swift`).
        // (Words a rule above cut from the run's front belong to the role: `Kepala Staf Gedung Putih`.)
        var nameRoleEnd = name.lowerBound > runStart && (runStart..<name.lowerBound).allSatisfy({ words.capitalized[$0] }) ? name.lowerBound : roleEnd
        let begins = nameStart(in: name, afterRole: true)
        if begins > name.lowerBound {
            name = begins..<name.upperBound
            nameRoleEnd = begins
        }
        // `Hakim Ketua Pengadilan Tindak Pidana Korupsi Jakarta Eko Aryanto`: a run of ordinary words
        // stopped by a place is a body's name; the name comes after the place.
        if name.upperBound < words.count, let place = places.knownPlace(from: name.upperBound), !isNameLike(name),
           let next = nameRun(from: place.end), isNameLike(next) {
            name = next
            nameRoleEnd = place.end
        }
        // A rank inside the run, a body before the name, a name in apposition (`PersonScan+Apposition.swift`).
        guard let settled = settle(name, roleEnd: nameRoleEnd) else {
            for token in start..<name.upperBound { covered[token] = true }
            return name.upperBound
        }
        name = settled.name
        nameRoleEnd = settled.roleEnd
        let role = places.text(start..<(name.lowerBound > nameRoleEnd + 3 ? name.lowerBound : nameRoleEnd))
        // `memilih nama Paus Leo XIV`: a name taken with an office (`Names/PersonScan+TakenNames.swift`).
        if let owner = takenNameOwner(before: start) {
            add(name, role: people[owner].role ?? role, organisation: people[owner].organisation, rule: "person.taken-name", linkWords: people[owner].names)
            return name.upperBound
        }
        add(name, role: role, organisation: organisation, rule: "person.title-name")
        return name.upperBound
    }

    /// True when the place read at `start` after a title is a name instead: a public figure's full
    /// name starts there, or the place is only guessed from its shape (no list holds it) and its
    /// word is a given name followed by another capitalised word (`Wakil Gubernur Rano Karno`).
    func namesBeforePlace(_ start: Int, known place: (end: Int, level: String?, canonical: String?)) -> Bool {
        if publicFigureStarts(at: start) { return true }
        guard place.end == start + 1, words.has(start, lexicon.names.givenNames), start + 1 < words.count,
              words.capitalized[start + 1], words.kinds[start + 1] == .word else { return false }
        return places.knownPlace(from: start) == nil
    }

    /// True when a public figure's full name (not a short form) starts at token `start`.
    func publicFigureStarts(at start: Int) -> Bool {
        let figures = lexicon.names.figures
        guard words.mayStart(start, figures.startTag), let figure = figures.longest(in: words, from: start, limit: words.count) else { return false }
        return !figure.value.short && figure.end > start + 1
    }

    /// A unit name running into an organisation or a rank (`Pusat Penerangan Hukum Kejagung`):
    /// the position of that organisation or rank.
    func unitBefore(_ start: Int) -> Int? {
        // `Ajun Komisaris Besar`: a rank written out in full ends the role.
        if words.capitalized[start], let rank = (words.startsEntry(start, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: start, limit: words.count) : nil), rank.end - start >= 2 { return nil }
        var cursor = start
        while cursor < words.count, cursor - start < 12 {
            if cursor > start, organisationStarting(at: cursor) != nil || (words.startsEntry(cursor, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: cursor, limit: words.count) : nil) != nil && words.capitalized[cursor] {
                return cursor
            }
            // `... Partai Golkar Airlangga Hartarto, Ketua Umum Partai Gerindra ...`: a name begins, the unit does not go on.
            if words.capitalized[cursor], words.has(cursor, lexicon.names.givenNames)
                || (words.startsEntry(cursor, lexicon.names.figures.startTag) ? lexicon.names.figures.longest(in: words, from: cursor, limit: words.count) : nil).map({ !$0.value.short }) == true { return nil }
            let kind = words.kinds[cursor]
            if (words.capitalized[cursor] && (kind == .word || kind == .acronym || kind == .initial)) || kind == .identifier || kind == .number {
                cursor += 1
                continue
            }
            if cursor > start, words.isChar(cursor, ",") || words.has(cursor, lexicon.organisations.connectors) { cursor += 1; continue }
            return nil
        }
        return nil
    }

    /// `Siti Rahmawati Lubis` when the article later quotes `Siti` alone.
    mutating func namedLater(at first: Int) -> Int? {
        guard !places.speakerNames.isEmpty, first == 0 || !words.capitalized[first - 1] || words.kinds[first - 1] != .word else { return nil }
        var start = first
        if words.capitalized[start], words.value(start, lexicon.organisations.regionLevels) != nil, let place = places.place(from: start + 1) {
            start = place.end
        }
        while let place = places.knownPlace(from: start) { start = place.end }
        // `Pak Ganjar`: the honorific stays out of the name.
        if start < words.count, words.capitalized[start], let rank = (words.startsEntry(start, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: start, limit: words.count) : nil),
           rank.end < words.count, words.capitalized[rank.end] { start = rank.end }
        // The name taken below has at most four words from `start`, one of them a speaker's name:
        // without one there, nothing else needs asking (most calls end here).
        guard (start..<min(start + 4, words.count)).contains(where: { words.textIn($0, places.speakerNames) }) else { return nil }
        // `Cak Imin`: a public figure's listed form is read by `figure(at:)`, honorific and all.
        if (words.startsEntry(first, lexicon.names.figures.startTag) ? lexicon.names.figures.longest(in: words, from: first, limit: words.count) : nil) != nil { return nil }
        guard let name = nameRun(from: start), name.count >= 2 || start > first, name.count <= 4,
              name.contains(where: { words.textIn($0, places.speakerNames) }),
              places.knownPlace(from: start) == nil else { return nil }
        // `Melawan Ginting ...`: an ordinary word opening the sentence does not begin a name.
        // (Asked last: each test only says no, and the stemmer costs more than all the others.)
        if start == first, opensSentence(start), !words.has(start, lexicon.names.givenNames), isOrdinary(start) || isDerived(start) { return nil }
        // `BPJS Watch Timboel Siregar`: a word never in a name opening the run is not the name's.
        var named = name
        while named.count > 1, words.has(named.lowerBound, lexicon.names.notNames) { named = named.lowerBound + 1..<named.upperBound }
        // `AfD Alice Weidel`: a body's words before the name (`Names/PersonScan+NameStart.swift`).
        named = bareNameStart(in: named)..<named.upperBound
        add(named, role: nil, organisation: nil, rule: "person.named-later")
        return name.upperBound
    }

    /// `Antonius Sembiring, S.H., menyatakan`, `... Habib Rahman Kurniawan mengatakan`: up to three
    /// capitalised words right before a reporting verb, when no role introduced them.
    mutating func beforeVerb(_ verb: Int) {
        let end = words.skippingDegrees(before: verb)
        var start = end
        while start > 0, end - start < 3, !covered[start - 1], words.kinds[start - 1] == .word, words.capitalized[start - 1],
              words.sentenceOf[start - 1] == words.sentenceOf[verb],
              !words.hasText(start - 1, lexicon.organisations.stopwords), !words.hasText(start - 1, lexicon.organisations.terms),
              !words.hasText(start - 1, lexicon.unitWords) || words.has(start - 1, lexicon.names.nobleTitles),
              (words.startsEntry(start - 1, lexicon.titles.startTag) ? lexicon.titles.longest(in: words, from: start - 1, limit: end) : nil) == nil,
              !words.has(start - 1, lexicon.names.notNames),
              // `Korea Selatan Hwang Sun-hong mengakui`: a place's last word is not the name's.
              !(start - 1 < end - 1 && words.has(start - 1, lexicon.organisations.placeSuffixes)),
              places.knownPlace(from: start - 1) == nil {
            start -= 1
        }
        // `N. Paranietharan mengatakan`: an initial with its full stop or a given name's short form opens the name.
        if start < end, start > 0, !covered[start - 1],
           words.kinds[start - 1] == .initial && words.text[start - 1].hasSuffix(".")
            || words.kinds[start - 1] == .abbreviation && words.has(start - 1, lexicon.names.givenNames),
           words.sentenceOf[start - 1] == words.sentenceOf[verb] { start -= 1 }
        // `Pak Prabowo mengatakan`: an honorific stays out of the name.
        if let rank = (words.startsEntry(start, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: start, limit: end) : nil), rank.end < end { start = rank.end }
        // `Melawan Ginting, ...`: an ordinary word opening the sentence is not part of the name.
        if end - start >= 2, opensSentence(start), !words.has(start, lexicon.names.givenNames), isOrdinary(start) || isDerived(start) { start += 1 }
        guard end - start >= 2 else { return }
        // `Ducati Corse Gigi Dall'Igna mengatakan`: a body's words before the name stay out of it.
        start = nameStart(in: start..<end, afterRole: false)
        add(start..<end, role: nil, organisation: nil, rule: "person.before-verb")
    }

    /// `terdakwa Daniel Halim Wijaya`, `ganda putra Indonesia Raka Aditya/Fajar Nugraha`.
    mutating func described(at start: Int) -> Int? {
        // Most lower-case words start no descriptor: one bit says so before the trie is read.
        guard words.mayStart(start, lexicon.descriptors.startTag),
              let descriptor = lexicon.descriptors.longest(in: words, from: start, limit: words.count) else { return nil }
        var cursor = descriptor.end
        var organisation: String?
        // `ekonom PT Bank Mandiri (Persero) Tbk Rizal Fahmi Harahap`, `anggota DPRD Kabupaten Sleman Nadia Kurniasari`.
        while cursor < words.count {
            if let org = organisationStarting(at: cursor) {
                organisation = org.canonical
                cursor = org.end
            } else if let place = places.knownPlace(from: cursor) {
                cursor = place.end
            } else if words.capitalized[cursor], words.value(cursor, lexicon.organisations.regionLevels) != nil, let place = places.place(from: cursor + 1) {
                cursor = place.end
            } else {
                break
            }
        }
        let roleEnd = cursor
        // `kiper Persib, Teja Paku Alam`: the name in apposition after the role's organisation.
        if organisation != nil, cursor + 1 < words.count, words.isChar(cursor, ","), words.capitalized[cursor + 1],
           words.kinds[cursor + 1] == .word, organisationStarting(at: cursor + 1) == nil { cursor += 1 }
        // (`anggota Ordo Santo Agustinus`, `hakim Pengadilan Tindak Pidana Korupsi`: a run holding a word never
        // in a name, or only ordinary words one of them affixed, is a body's name; `kiper Teja Paku Alam` is a name.)
        guard var name = nameRun(from: cursor), name.count >= 2 || organisation != nil, !covered[name.lowerBound], !holdsNotName(name),
              isNameLike(name) || !name.contains(where: { isDerived($0) }) else { return nil }
        // `pelatih Persis Ong Kim Swee`: a club or body glued before the name (`Names/PersonScan+NameStart.swift`).
        let begins = nameStart(in: name, afterRole: true)
        let role = places.text(start..<(begins > name.lowerBound ? begins : roleEnd))
        if begins > name.lowerBound { name = begins..<name.upperBound }
        add(name, role: role, organisation: organisation, rule: "person.descriptor-name")
        var end = name.upperBound
        if end + 1 < words.count, words.isChar(end, "/"), let partner = nameRun(from: end + 1), partner.count >= 2 {
            add(partner, role: role, organisation: nil, rule: "person.descriptor-name")
            end = partner.upperBound
        }
        return end
    }

    /// `kata Budi Santoso`, `Menurut Hendra`: a name right after a speech cue.
    mutating func afterCue(at first: Int) -> Int? {
        var start = first
        // `kata Pak Mahfud`: the honorific stays out of the name.
        if start < words.count, words.capitalized[start], let rank = (words.startsEntry(start, lexicon.ranks.startTag) ? lexicon.ranks.longest(in: words, from: start, limit: words.count) : nil),
           rank.end < words.count, words.capitalized[rank.end] { start = rank.end }
        guard start < words.count, !covered[start], words.capitalized[start], (words.startsEntry(start, lexicon.titles.startTag) ? lexicon.titles.longest(in: words, from: start, limit: words.count) : nil) == nil else { return nil }
        if let end = figure(at: start) { return end }
        guard var name = nameRun(from: start) else { return nil }
        if known(name) != nil { return name.upperBound }
        // `kata Ketua AfD Alice Weidel`: a body's words before the name stay out of it.
        name = bareNameStart(in: name)..<name.upperBound
        add(name, role: nil, organisation: nil, rule: "person.after-cue")
        return name.upperBound
    }

}
