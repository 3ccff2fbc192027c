import WartaText
import WartaTokenizer

/// Units written with their parent, and organisations announced by a lower-case noun. Rules (see
/// the table in `OrganisationScan`):
///
/// | rule | example |
/// | --- | --- |
/// | `org.unit-of-parent` | `Komisi VIII DPR`, `Fraksi Partai Golkar`, `Satreskrim Polres Bogor`, `Fakultas Pertanian Universitas Brawijaya`, `DPW PKB Jawa Timur` (a party organ keeps its region as written), `Fraksi Partai Golkar DPRD Sumut` (a faction with its legislature), `Komite Wasit PSSI`, `Lembaga Falakiyah PBNU`: one mention of the unit, canonical name ending with the parent's |
/// | `org.unit-again` | `Komisi VIII` after `Komisi VIII DPR`, `Satreskrim` after `Satreskrim Polres Bogor`: the same words alone name the unit the article wrote with its parent |
/// | `org.numbered-unit` | `Korem 051/Wijayakarta`, `Komando Resor Militer (Korem) 141/Toddopuli`, `Batalyon Infanteri 201/Jaya Yudha`: a military or police head, a number and its name |
/// | `org.name-suffix` | `Port FC`, `Mandiri Sekuritas`, `Samuel Sekuritas Indonesia` (a local arm's country closes it), `Amazon MGM Studios`, `Come and See Pictures`: one to three capitalised words or acronyms (English `and` may join them) closed by a club's, a brokerage's or a studio's suffix (`name-suffixes.tsv`) |
/// | `org.party-organ` | `Dewan Syura` alone after the article named PKB, `Satreskrim` alone after `Polres Metro Jakarta Selatan`: the unit of the party (or the body of the head's parent kind) last named (`unit-heads.tsv`, column alone) |
/// | `org.announced` | `perusahaan Nusantara Prima Logistik`, `klub Persikabo`, `lembaga survei Indikator Politik Indonesia`: a capitalised run after a noun announcing an organisation |
extension OrganisationScan {
    /// What a unit head at a token gives.
    enum UnitResult {
        case match(OrganisationMatch)
        /// A numbered unit (`Komisi XI`) with no parent and none learnt: no body at all here.
        case blocked
        case none
    }

    /// `Komisi VIII DPR`, `Satuan Reserse Kriminal (Satreskrim) Polres Bogor`: a unit head, name words,
    /// then a parent body (found by `match(at:)`, so a parent may itself be a unit).
    func unit(at index: Int) -> UnitResult {
        guard let head = (words.startsEntry(index, lexicon.unitHeads.startTag) ? lexicon.unitHeads.longest(in: words, from: index, limit: words.count) : nil) else { return .none }
        let info = head.value
        let sentence = words.sentenceOf[index]
        var cursor = head.end
        var nameTokens: [Int] = []
        if info.numbered {
            guard cursor < words.count, Self.isDesignator(words.text[cursor]) else { return .none }
            nameTokens.append(cursor)
            cursor += 1
        }
        while cursor < words.count, words.sentenceOf[cursor] == sentence, cursor - head.end <= 8 {
            if isNameToken(cursor), var parent = match(at: cursor) {
                // `DPW PKB`: a party organ's parent is a party; `DPD RI` is no organ.
                if let kind = info.parentKind, parent.kind != kind { return .none }
                let headText = info.expansions[parent.id] ?? info.expansion ?? text(index..<head.end)
                var canonical = headText
                var segment: Int?
                var previous = -2
                for token in nameTokens {
                    if token != previous + 1, let start = segment { canonical += " " + text(start..<previous + 1); segment = nil }
                    if segment == nil { segment = token }
                    previous = token
                }
                if let start = segment { canonical += " " + text(start..<previous + 1) }
                canonical += " " + parent.canonical
                // `DPW PKB Jawa Timur`, `DPC PDI Perjuangan Kota Surabaya`: a party organ's region as written.
                if parent.kind == "party", let region = organRegion(from: parent.tokens.upperBound) {
                    canonical += " " + text(parent.tokens.upperBound..<region)
                    parent.tokens = parent.tokens.lowerBound..<region
                } else if parent.kind == "party", isNameToken(parent.tokens.upperBound),
                          let house = match(at: parent.tokens.upperBound), house.kind == "legislature" {
                    // `Fraksi Partai Golkar DPRD Sumut`: a party's faction in a legislature is the legislature's unit.
                    canonical += " " + house.canonical
                    parent.tokens = parent.tokens.lowerBound..<house.tokens.upperBound
                }
                parent.tokens = index..<parent.tokens.upperBound
                parent.canonical = canonical
                parent.id = Self.slug(canonical)
                parent.acronym = nil
                parent.rule = "org.unit-of-parent"
                parent.defines = nil
                return .match(parent)
            }
            // `(Satreskrim)`: an acronym of the unit written inside it.
            if let close = innerAcronym(at: cursor), !nameTokens.isEmpty || info.expansion == nil {
                cursor = close + 1
                continue
            }
            // (`Lembaga Jasa Keuangan Lainnya OJK`: a word with the clitic `-nya` is a description, not a unit's name.)
            if isNameToken(cursor), words.kinds[cursor] == .word || words.kinds[cursor] == .acronym,
               !words.has(cursor, lexicon.roleWords), !words.has(cursor, lexicon.nameLexicon.givenNames),
               !words.folded[cursor].hasSuffix("nya") {
                nameTokens.append(cursor)
                cursor += 1
                continue
            }
            // `Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Jakarta Pusat`: a court's chamber at its parent.
            if words.folded[cursor] == "pada", isNameToken(cursor + 1), match(at: cursor + 1) != nil {
                nameTokens.append(cursor)
                cursor += 1
                continue
            }
            if !nameTokens.isEmpty, words.has(cursor, lexicon.connectors), isNameToken(cursor + 1) {
                nameTokens.append(cursor)
                cursor += 1
                continue
            }
            break
        }
        // `Komisi VIII` after `Komisi VIII DPR`: the unit the article named with its parent.
        let end = info.numbered ? head.end + 1 : cursor
        if !unitAliases.isEmpty, end > index {
            for alias in unitAliases where alias.words.count == end - index {
                if (0..<alias.words.count).allSatisfy({ words.folded[index + $0] == alias.words[$0] }) {
                    return .match(OrganisationMatch(tokens: index..<end, canonical: alias.canonical, id: alias.id, kind: alias.kind,
                                                    acronym: nil, rule: "org.unit-again"))
                }
            }
        }
        // `Dewan Syura` alone in a story about PKB: the organ of the party the article last named.
        // `Satreskrim` alone in a story about Polres Metro Jakarta Selatan: that police body's unit.
        if info.alone, end == head.end, let parent = lastBody(of: info.parentKind ?? "party") {
            let canonical = (info.expansions[parent.id] ?? info.expansion ?? text(index..<head.end)) + " " + parent.canonical
            return .match(OrganisationMatch(tokens: index..<end, canonical: canonical, id: Self.slug(canonical), kind: parent.kind,
                                            acronym: nil, rule: "org.party-organ"))
        }
        return info.numbered ? .blocked : .none
    }

    /// The body of `kind` the article named last, not a unit of it (`Dewan Syura` alone is the last party's organ).
    func lastBody(of kind: String) -> OrganisationMatch? {
        matches.last { $0.kind == kind && $0.rule != "org.unit-of-parent" && $0.rule != "org.unit-again" && $0.rule != "org.party-organ" }
    }

    /// The region after a party organ's party (`Jawa Timur`, `Kota Surabaya`): where it ends.
    func organRegion(from start: Int) -> Int? {
        guard start < words.count, words.capitalized[start], words.sentenceOf[start] == words.sentenceOf[start - 1] else { return nil }
        var from = start
        if words.value(start, lexicon.regionLevels) != nil { from += 1 }
        return knownPlace(from: from)?.end
    }

    /// Remembers a unit found with its parent, so the article's later `Komisi VIII` names it.
    mutating func learnUnit(_ match: OrganisationMatch) {
        guard match.rule == "org.unit-of-parent", let head = (words.startsEntry(match.tokens.lowerBound, lexicon.unitHeads.startTag) ? lexicon.unitHeads.longest(in: words, from: match.tokens.lowerBound, limit: words.count) : nil) else { return }
        var end = head.end
        if head.value.numbered { end += 1 } else {
            while end < match.tokens.upperBound, organisationEnd(at: end) == nil, words.kinds[end] == .word || words.kinds[end] == .acronym { end += 1 }
        }
        // `Satreskrim` alone later: a one-word head written short names the unit too.
        let short = head.end - match.tokens.lowerBound == 1 && head.value.expansion != nil
        guard end < match.tokens.upperBound, end - match.tokens.lowerBound >= 2 || short else { return }
        unitAliases.append((Array(words.folded[match.tokens.lowerBound..<end]), match.canonical, match.id, match.kind))
    }

    /// Where a body starting at `index` ends, if one starts there (the parent of a unit).
    func organisationEnd(at index: Int) -> Int? {
        guard isNameToken(index) else { return nil }
        if let found = (words.startsEntry(index, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: index, limit: words.count) : nil) { return found.end }
        if let head = (words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: words.count) : nil) { return head.end }
        return nil
    }

    /// `Kodim 0507/Bekasi`, `Komando Resor Militer (Korem) 141/Toddopuli`: a military or police head
    /// (`pattern-heads.tsv`, kind police-military), then a number, then `/` and the unit's name.
    func numberedUnit(at index: Int) -> OrganisationMatch? {
        guard let head = (words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: words.count) : nil), head.value.kind == "police-military" else { return nil }
        var cursor = head.end
        var inner: String?
        if let close = innerAcronym(at: cursor) {
            inner = words.text[cursor + 1]
            cursor = close + 1
        }
        guard cursor < words.count, words.kinds[cursor] == .number, words.sentenceOf[cursor] == words.sentenceOf[index] else { return nil }
        let number = cursor
        cursor += 1
        var nameEnd = cursor
        if cursor + 1 < words.count, words.isChar(cursor, "/"), isNameToken(cursor + 1) {
            nameEnd = cursor + 1
            while nameEnd < words.count, nameEnd - cursor <= 3, isNameToken(nameEnd), words.kinds[nameEnd] == .word,
                  !words.has(nameEnd, lexicon.roleWords), words.sentenceOf[nameEnd] == words.sentenceOf[index] { nameEnd += 1 }
        }
        let canonical = (head.value.expansion ?? text(index..<head.end)) + " " + text(number..<nameEnd)
        return OrganisationMatch(tokens: index..<nameEnd, canonical: canonical, id: Self.slug(canonical), kind: head.value.kind,
                                 acronym: inner, rule: "org.numbered-unit", defines: inner)
    }

    /// `Port FC`, `Mandiri Sekuritas`: capitalised words (not a known body's name) closed by a suffix of `name-suffixes.tsv`.
    func nameSuffix(at index: Int) -> OrganisationMatch? {
        var end = index
        // (`FTI Consulting`, `Amazon MGM Studios`: acronyms may be part of the name; `Come and See Pictures`:
        // an English name may join its words with `and`.)
        while end < words.count, end - index < 3,
              words.kinds[end] == .word || words.kinds[end] == .acronym,
              words.capitalized[end] || end > index && words.folded[end] == "and" && end + 1 < words.count && words.capitalized[end + 1],
              !words.known[end] || (words.startsEntry(end, lexicon.nameSuffixes.startTag) ? lexicon.nameSuffixes.longest(in: words, from: end, limit: words.count) : nil) == nil {
            end += 1
        }
        guard end > index, end < words.count, words.known[end], words.sentenceOf[end] == words.sentenceOf[index],
              let suffix = (words.startsEntry(end, lexicon.nameSuffixes.startTag) ? lexicon.nameSuffixes.longest(in: words, from: end, limit: words.count) : nil),
              !words.has(index, lexicon.nameLexicon.givenNames) else { return nil }
        // `Pembalap Ducati Lenovo Team`: a known name starting inside the run and reaching the tail is found from its own first word.
        for inner in index + 1..<end where (words.startsEntry(inner, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: inner, limit: words.count) : nil).map({ $0.end >= suffix.end }) ?? false {
            return nil
        }
        // `Analis Samudra Sekuritas ...`: an ordinary word opening the sentence is not part of the name.
        var start = index
        if index + 1 < end, index == 0 || words.sentenceOf[index - 1] != words.sentenceOf[index],
           lexicon.nameLexicon.stemmer.isRoot(words.folded[index]) { start = index + 1 }
        // `General Manager Ducati Corse`: a title's words are not part of the name; nor is the
        // field after `of` in an English title (`Head of Research Kiwoom Sekuritas`).
        while start + 1 < end, words.has(start, lexicon.roleWords) { start += 1 }
        if start == index, start + 1 < end, start > 0, words.folded[start - 1] == "of" { start += 1 }
        // `Analis Mandiri Sekuritas`: the known name after the ordinary word is found from its own first word.
        if start > index, lexicon.aliases.longest(in: words, from: start, limit: words.count).map({ $0.end >= suffix.end }) ?? false { return nil }
        // `Samuel Sekuritas Indonesia`: the country of a brokerage's local arm closes the name.
        var close = suffix.end
        if close < words.count, words.capitalized[close], words.folded[close] == "indonesia" { close += 1 }
        // `Kiwoom Sekuritas Indonesia` → PT Kiwoom Sekuritas Indonesia: the legal form the suffix implies.
        var canonical = text(start..<close)
        if let form = suffix.value.legalForm, words.text[start] != form { canonical = form + " " + canonical }
        return OrganisationMatch(tokens: start..<close, canonical: canonical, id: Self.slug(canonical), kind: suffix.value.kind,
                                 acronym: nil, rule: "org.name-suffix")
    }

    /// `VIII`, `XI`, `B`: a Roman numeral or one capital letter naming a numbered unit.
    static func isDesignator(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.count == 1 { return bytes[0] >= 0x41 && bytes[0] <= 0x5A }
        return !bytes.isEmpty && bytes.count <= 5 && bytes.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C }
    }

    /// `perusahaan Nusantara Prima Logistik`: after a lower-case noun announcing an organisation,
    /// a capitalised run no lexicon types otherwise (not a place, a person's given name or a public
    /// figure) is that organisation.
    func announced(after noun: Int) -> OrganisationMatch? {
        guard let announcer = (words.startsEntry(noun, lexicon.announcers.startTag) ? lexicon.announcers.longest(in: words, from: noun, limit: words.count) : nil) else { return nil }
        let start = announcer.end
        guard start < words.count, words.sentenceOf[start] == words.sentenceOf[noun], words.kinds[start] == .word || words.kinds[start] == .acronym,
              isNameToken(start), !words.has(start, lexicon.roleWords), knownPlace(from: start) == nil, !words.hasText(start, lexicon.terms),
              !words.has(start, lexicon.nameLexicon.givenNames),
              (words.startsEntry(start, lexicon.nameLexicon.figures.startTag) ? lexicon.nameLexicon.figures.longest(in: words, from: start, limit: words.count) : nil) == nil,
              words.value(start, lexicon.regionLevels) == nil,
              let run = nameRun(from: start, levels: false, placesEnd: false) else { return nil }
        var end = run.end
        // `klub Serie A`: a competition, not a body.
        if competitionEnd(at: start) != nil { return nil }
        // `klub Liga 1`: a name running into a number is a competition or a model, not a body.
        if end < words.count, words.kinds[end] == .number { return nil }
        // `klub Persija Jakarta`: the club's city is part of its name.
        if let place = knownPlace(from: end) { end = place.end }
        let canonical = text(start..<end)
        return OrganisationMatch(tokens: start..<end, canonical: canonical, id: Self.slug(canonical), kind: announcer.value,
                                 acronym: nil, rule: "org.announced")
    }
}
