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
        // `Konfederasi Serikat Pekerja Nusantara (KSPN) Ristadi`: a run defined by an acronym is a body.
        if after + 2 < words.count, words.isChar(after, "("), !isNameLike(name) || name.count >= 3,
           let close = (after + 2..<min(after + 6, words.count)).first(where: { words.isChar($0, ")") }),
           (after + 1..<close).allSatisfy({ words.capitalized[$0] || words.isChar($0, "-") }),
           let next = nameRun(from: close + 1), isNameLike(next) {
            return (next, close + 1)
        }
        let lone = name.count == 1 && after + 1 < words.count && words.has(after, lexicon.placePrepositions) && words.capitalized[after + 1]
            && !words.has(name.lowerBound, lexicon.names.nameWords)
        guard lone || !isNameLike(name) else { return (name, roleEnd) }
        // The first comma after the run, within the sentence, and a name right after it.
        var comma = after
        while comma < words.count, comma - after < 12, words.sentenceOf[comma] == words.sentenceOf[found.lowerBound],
              !words.isQuoteMark(comma), !words.isChar(comma, ",") { comma += 1 }
        if comma < words.count, comma - after < 12, words.isChar(comma, ","), let next = nameRun(from: comma + 1), isNameLike(next),
           next.upperBound >= words.count || words.isChar(next.upperBound, ",") || words.has(next.upperBound, lexicon.organisations.verbsAfterSpeaker) {
            return (next, comma)
        }
        return holdsNotName(name) ? nil : (name, roleEnd)
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
        guard index > 0, words.known[index - 1] else { return false }
        for back in 1...3 where index - back >= 0 {
            if lexicon.namedAfterHeads.longest(in: words, from: index - back, limit: index)?.end == index { return true }
        }
        return false
    }
}
