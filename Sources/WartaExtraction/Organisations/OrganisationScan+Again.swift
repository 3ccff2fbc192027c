import WartaText
import WartaTokenizer

/// Bodies named again in a shorter form after the article named them, and stock codes. Rules (see
/// the table in `OrganisationScan`):
///
/// | rule | example |
/// | --- | --- |
/// | `org.club-nickname` | `The Reds`, `Los Blancos`, `Maung Bandung`: a club's nickname (`clubs.tsv`) is a mention of the club |
/// | `org.club-again` | `Madrid` after `Real Madrid`, `United` after `Manchester United`: a club's city or short word, only once the club was named (not after `di`, `kota`) |
/// | `org.ticker` | `saham BBCA`, `emiten berkode SRIL`, `BBRI` after `Bank Rakyat Indonesia`: a stock code (`tickers.tsv`) with a share cue in its sentence (`ticker-cues.txt`) or after its company was named |
/// | `org.cued-acronym` | `Ketua KSPN`, `Direktur Eksekutif CELIOS`, `pihak ACT`: an acronym no list knows (not a term, place, head, public figure or person's initials) after a word for a body's officer (`acronym-cues.txt`); later uses of it alone name the same body |
/// | `org.named-again` | `Satgas PASTI` after `... Ilegal (Satgas PASTI)`, `Nusantara Prima Logistik` after `perusahaan Nusantara Prima Logistik`: a name of several words the article gave a body no list knows, written again alone |
/// | `org.head-again` | `BPBD`, `Kodim`, `Satgas` alone after `BPBD Kalimantan Barat`, `Kodim 1205/Sintang`, `Satgas Penanggulangan Banjir`: a one-word head (not an ordinary word like `Badan`) of a unit the article named in full |
///
/// A club's canonical is the fullest of its name forms written in the article (`Liverpool` when
/// `Liverpool FC` is never written); nicknames never set it.
extension OrganisationScan {
    /// `BPBD` alone (or before a person's name) after the article named `BPBD Kalimantan Barat`:
    /// the last patterned unit the article opened with the same one-word head. (Looked up only
    /// when a one-word head at `index` names nothing here, which is rare, so nothing is learnt per match.)
    func headNamedAgain(at index: Int) -> OrganisationMatch? {
        for body in matches.reversed() where body.tokens.count > 1 && words.text[body.tokens.lowerBound] == words.text[index] {
            let rule = body.rule
            // `Satgas` after `Satgas Penanggulangan Banjir Bekasi`: a head written short in mixed case
            // (not an ordinary word like `Badan`, nor a generic `RSUP`).
            guard rule == "org.pattern-region" || rule == "org.numbered-unit" || rule == "org.unit-of-parent"
                    || rule == "org.pattern-name" && shortHead(at: body.tokens.lowerBound) else { continue }
            return OrganisationMatch(tokens: index..<index + 1, canonical: body.canonical, id: body.id, kind: body.kind,
                                     acronym: nil, rule: "org.head-again")
        }
        return nil
    }

    /// `Madrid` after `Real Madrid`: a club's short word once the article named the club.
    func clubNamedAgain(at index: Int, gazetteer: (end: Int, value: OrganisationLexicon.Alias)?) -> OrganisationMatch? {
        guard let form = lexicon.clubAgain.longest(in: words, from: index, limit: words.count),
              clubsSeen.contains(form.value), gazetteer.map({ $0.end <= form.end }) ?? true,
              form.end >= words.count || !isNameToken(form.end) else { return nil }
        // `di Madrid`, `kota Madrid`: the city.
        if index > 0, words.folded[index - 1] == "di" || words.folded[index - 1] == "kota" { return nil }
        let name = lexicon.name(of: form.value, on: document.published)
        return OrganisationMatch(tokens: index..<form.end, canonical: name.canonical, id: name.id, kind: name.kind,
                                 acronym: nil, rule: "org.club-again", club: true)
    }

    /// `saham BBCA`: a stock code marked as a share, or written after its company was named.
    func ticker(at index: Int) -> OrganisationMatch? {
        guard let code = lexicon.tickers.longest(in: words, from: index, limit: index + 1),
              OrganisationLexicon.isCapitals(words.text[index]) else { return nil }
        // (Its company named before needs no cue: looked up only for a code, which is rare.)
        var marked = matches.contains { $0.id == code.value }
        if !marked {
            let sentence = words.sentenceOf[index]
            var cursor = index
            while cursor > 0, index - cursor < 30, words.sentenceOf[cursor - 1] == sentence { cursor -= 1 }
            while cursor < words.count, cursor - index < 30, words.sentenceOf[cursor] == sentence, !marked {
                marked = words.has(cursor, lexicon.tickerCues)
                cursor += 1
            }
        }
        guard marked else { return nil }
        let name = lexicon.name(of: code.value, on: document.published)
        return OrganisationMatch(tokens: index..<index + 1, canonical: name.canonical, id: name.id, kind: name.kind,
                                 acronym: words.text[index], rule: "org.ticker")
    }

    /// Gives every mention of a club the fullest of its name forms written in the article.
    mutating func nameClubsAsWritten() {
        var fullest: [String: (length: Int, text: String)] = [:]
        for match in matches where clubsSeen.contains(match.id) && match.rule != "org.club-nickname" {
            let written = text(match.tokens)
            if written.unicodeScalars.count > fullest[match.id]?.length ?? 0 { fullest[match.id] = (written.unicodeScalars.count, written) }
        }
        for position in matches.indices {
            if let best = fullest[matches[position].id] { matches[position].canonical = best.text }
        }
    }

    /// `Ketua KSPN`: an unknown acronym after an officer's title is a body named by that acronym.
    mutating func cuedAcronym(at index: Int) -> OrganisationMatch? {
        guard index > 0, OrganisationLexicon.isCapitals(words.text[index]),
              words.text[index].utf8.count <= 8, !words.hasText(index, lexicon.terms),
              words.value(index, lexicon.regionLevels) == nil, knownPlace(from: index) == nil,
              lexicon.heads.longest(in: words, from: index, limit: index + 1) == nil,
              lexicon.unitHeads.longest(in: words, from: index, limit: index + 1) == nil,
              lexicon.nameLexicon.figures.longest(in: words, from: index, limit: words.count) == nil else { return nil }
        var cued = false
        for length in 1...max(lexicon.acronymCueWords, 1) where index - length >= 0 && !cued {
            cued = lexicon.acronymCues.longest(in: words, from: index - length, limit: index).map { $0.end == index } ?? false
        }
        guard cued else { return nil }
        let acronym = words.text[index]
        let id = Self.slug(acronym)
        aliases[acronym] = ArticleAlias(canonical: acronym, id: id, kind: "other")
        return OrganisationMatch(tokens: index..<index + 1, canonical: acronym, id: id, kind: "other", acronym: acronym, rule: "org.cued-acronym")
    }

    /// Remembers the words at `tokens` as a name of `body` for the rest of the article.
    mutating func learnName(_ tokens: Range<Int>, _ body: ArticleAlias) {
        articleNames.insert(Array(words.folded[tokens]), body)
    }

    /// `Satgas`, `Perumda`: a one-word head standing for a longer one, written in mixed case.
    func shortHead(at index: Int) -> Bool {
        guard let head = lexicon.heads.longest(in: words, from: index, limit: index + 1), head.value.expansion != nil else { return false }
        return !OrganisationLexicon.isCapitals(words.text[index])
    }
}
