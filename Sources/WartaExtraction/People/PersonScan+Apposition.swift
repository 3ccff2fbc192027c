import WartaText
import WartaTokenizer

/// Where the name after a title really is: a rank inside the run (`Kapolsek Medan Sunggal Kompol Dedi
/// Simanjuntak`), words that are never a name opening it (`Koordinator BPJS Watch Timboel Siregar`),
/// a body defined by its acronym before the name (`Presiden Konfederasi ... (KSPN) Ristadi`), and a
/// name in apposition after a comma when the run is no name (`Ketua MUI Bidang Hubungan Luar Negeri
/// dan Kerja Sama Internasional, Sudarnoto Abdul Hakim`, `Pemimpin Hamas di Gaza, Khalil al-Hayya`).
extension PersonScan {
    /// The name a title introduces, and where its role ends, or nil when the run names no one.
    /// Every test runs on a run the title rule already found: nothing here runs per token.
    func settle(_ found: Range<Int>, roleEnd: Int) -> (name: Range<Int>, roleEnd: Int)? {
        var name = found
        var roleEnd = roleEnd
        // `Medan Sunggal Kompol Dedi Simanjuntak`: a rank inside the run ends the role.
        var cursor = name.lowerBound + 1
        while cursor < name.upperBound - 1 {
            if words.capitalized[cursor], words.known[cursor], let rank = lexicon.ranks.longest(in: words, from: cursor, limit: name.upperBound),
               rank.end < name.upperBound, words.kinds[rank.end] == .word {
                roleEnd = cursor
                name = rank.end..<name.upperBound
                cursor = rank.end
            }
            cursor += 1
        }
        // `BPJS Watch Timboel Siregar`: an opening word never in a name belongs to the role.
        while name.count > 1, words.has(name.lowerBound, lexicon.names.notNames) {
            name = name.lowerBound + 1..<name.upperBound
            roleEnd = name.lowerBound
        }
        let after = name.upperBound
        // Whether the run may be a name asks the stemmer: only where a bracket, an acronym or a comma follows.
        var nameLikeCache: Bool?
        func nameLike() -> Bool {
            if let known = nameLikeCache { return known }
            let value = isNameLike(name)
            nameLikeCache = value
            return value
        }
        // `Konfederasi Serikat Pekerja Nusantara (KSPN) Ristadi`, `Khusus Pelaksana Kegiatan Usaha Hulu
        // Minyak dan Gas Bumi (SKK Migas) Dwi Soetjipto`: a run defined by an acronym is a body.
        var open = after
        if open < words.count, words.capitalized[open] || words.has(open, lexicon.organisations.connectors), !nameLike() {
            while open < words.count, open - after < 8, words.capitalized[open] || words.has(open, lexicon.organisations.connectors) { open += 1 }
        }
        if open + 2 < words.count, words.isChar(open, "("), name.count >= 3 || !nameLike(),
           let close = (open + 2..<min(open + 6, words.count)).first(where: { words.isChar($0, ")") }),
           (open + 1..<close).allSatisfy({ words.capitalized[$0] || words.isChar($0, "-") }),
           let next = nameRun(from: close + 1), isNameLike(next) {
            return (next, close + 1)
        }
        // `Departemen Luar Negeri AS Matthew Miller`: a body's words, its country's acronym, then the name.
        // (`Koordinator Migrant CARE Wahyu Susilo`: one word without name evidence before an acronym is a body's word too.)
        if after + 1 < words.count, words.kinds[after] == .acronym, !regnalNumber(after),
           !nameLike() || name.count == 1 && !strongNameWord(name.lowerBound, in: name),
           let next = nameRun(from: after + 1), isNameLike(next),
           next.contains(where: { words.has($0, lexicon.names.nameWords) }) {
            return (next, after + 1)
        }
        // The first comma after the run, within the sentence, and a name right after it.
        var comma = after
        while comma < words.count, comma - after < 12, words.sentenceOf[comma] == words.sentenceOf[found.lowerBound],
              !words.isQuoteMark(comma), !words.isChar(comma, ",") { comma += 1 }
        let lone = name.count == 1 && after + 1 < words.count && words.has(after, lexicon.placePrepositions) && words.capitalized[after + 1]
            && !words.has(name.lowerBound, lexicon.names.nameWords)
        if comma < words.count, comma - after < 12, words.isChar(comma, ","), lone || !nameLike(), let next = apposedName(after: comma) {
            return (next, comma)
        }
        return holdsNotName(name) ? nil : (name, roleEnd)
    }

    /// The name in apposition after the comma at `comma`: a name-like run closed by another comma, the
    /// end of the text or the speaker's verb (`..., Khalil al-Hayya, menyatakan`).
    func apposedName(after comma: Int) -> Range<Int>? {
        guard let next = nameRun(from: comma + 1), isNameLike(next),
              next.upperBound >= words.count || words.isChar(next.upperBound, ",") || words.has(next.upperBound, lexicon.organisations.verbsAfterSpeaker) else { return nil }
        return next
    }

    /// True when a run may be a name: no word never in a name, and not every word an ordinary or
    /// affixed Indonesian word (`Luar Negeri`), given names and public figures' words excepted.
    func isNameLike(_ run: Range<Int>) -> Bool {
        if holdsNotName(run) { return false }
        guard run.count >= 2 else { return true }
        return !run.allSatisfy { words.kinds[$0] == .word && !words.has($0, lexicon.names.nameWords) && (isOrdinary($0) || isDerived($0)) }
    }

    /// True when a word of `run` is never in a person's name (`Committee`, `Watch`).
    func holdsNotName(_ run: Range<Int>) -> Bool {
        run.contains { words.has($0, lexicon.names.notNames) }
    }

    /// `al-Hayya`, `bin-Salman`: a lower-case particle joined by a hyphen to a capitalised word, inside a name.
    func particleJoined(_ index: Int) -> Bool {
        guard words.kinds[index] == .word, !words.capitalized[index], document.tokens[index].flags.contains(.hyphenated) else { return false }
        let bytes = Array(words.text[index].utf8)
        guard let dash = bytes.firstIndex(of: 0x2D), dash >= 2, dash <= 4, dash + 1 < bytes.count,
              bytes[dash + 1] >= 0x41 && bytes[dash + 1] <= 0x5A else { return false }
        return lexicon.names.particles.contains(String(decoding: bytes[..<dash], as: UTF8.self))
    }

    /// True when the words right before token `index` are the head of a place or institution named
    /// after a person (`RSUP`, `Bandara`, `Jalan`), so a name at `index` is part of that name.
    func afterNamedHead(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if words.known[index - 1], headEnds(at: index) { return true }
        // `RSUP Haji Adam Malik`, `RSUP Dr. Sardjito`, `Stadion Kapten I Wayan Dipta`: over up to two honorifics, ordinary
        // capitalised words or one-letter name openers (`I`) between the head and the name.
        // (Cheap tests first: the head's end, then what stands between.)
        func between(_ token: Int) -> Bool {
            words.capitalized[token] && (words.kinds[token] == .word || words.kinds[token] == .initial || words.kinds[token] == .abbreviation)
        }
        func honorificOrOrdinary(_ token: Int) -> Bool {
            lexicon.ranks.longest(in: words, from: token, limit: token + 1) != nil || words.text[token].utf8.count == 1 || isOrdinary(token)
        }
        if index > 1, between(index - 1), words.known[index - 2], headEnds(at: index - 1), honorificOrOrdinary(index - 1) { return true }
        if index > 2, between(index - 1), between(index - 2), words.known[index - 3], headEnds(at: index - 2),
           honorificOrOrdinary(index - 1), honorificOrOrdinary(index - 2) { return true }
        return false
    }

    /// True when a head of `people/named-after-heads.txt` ends right before token `end`.
    func headEnds(at end: Int) -> Bool {
        guard end > 0, words.has(end - 1, lexicon.namedAfterLastWords) else { return false }
        for back in 1...3 where end - back >= 0 {
            if lexicon.namedAfterHeads.longest(in: words, from: end - back, limit: end)?.end == end { return true }
        }
        return false
    }
}
