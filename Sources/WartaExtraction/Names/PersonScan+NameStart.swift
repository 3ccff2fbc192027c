import WartaText
import WartaTokenizer

/// Where a name begins inside a capitalised run that a title, body, country or team runs into
/// (`Ketua Majelis Nasional Woo Won-shik`, `Pemimpin Partai Demokrat Korea Lee Jae-myung`, `Kepala
/// BP Haji Mochamad Irfan Yusuf`, `salah satu ketua AfD Alice Weidel`, `Direktur Komunikasi Gedung
/// Putih Steven Cheung`). The run is read from its first word: words that belong before a name
/// (ordinary Indonesian words, acronyms and words shaped like one, words that head bodies or
/// buildings, words the place and body lexicons hold) make up the prefix, and the name opens at the
/// first word with name evidence (a given or family name, a noble title before a name word, a word of
/// a public figure, a name word of a person the article already named) or at the first word no
/// lexicon and no root list knows. Words no lexicon knows make a prefix too when the article writes
/// them elsewhere without the name (`Ketua Komeito Tetsuo Saito` after `Mitra lama LDP, Komeito,
/// memilih ...`). Runs only on a run a person rule has already found.
extension PersonScan {
    /// The index where the name inside `run` begins: `run.lowerBound` unless a prefix of body,
    /// place or role words stands before clear name evidence. `afterRole` is true when a title
    /// or role comes right before the run (two ordinary words there are a body's name).
    func nameStart(in run: Range<Int>, afterRole: Bool) -> Int {
        guard run.count >= 2, !strongNameWord(run.lowerBound, in: run) else { return run.lowerBound }
        var cursor = run.lowerBound
        var bodySignal = false
        while cursor < run.upperBound - 1 {
            guard let body = prefixWord(cursor, in: run) else { break }
            if body { bodySignal = true }
            cursor += 1
        }
        guard cursor > run.lowerBound, words.kinds[cursor] == .word else { return articleBodyPrefix(in: run) }
        // The prefix must read as a body's: a place's or body's word, two ordinary words after a
        // title (`Majelis Nasional`), or one right after a body's acronym (`BP Haji`). One ordinary
        // word alone opens many names (`Lestari Wulandari Putri`, `Syarif Faisal Alkadrie`).
        // (A single word needs more: a place's first word, an acronym, or a body's acronym before it,
        // not a place's: `Gubernur NTB Lalu Ahmad Fathurrahman`;
        // a word some alias holds is not enough: `Ace` of `Ace Hardware` opens `Ace Hasan Syadzily`.)
        let before = run.lowerBound - 1
        let single = cursor - run.lowerBound == 1
        guard single ? acronymShaped(run.lowerBound) || words.has(run.lowerBound, lexicon.names.notNames)
                        || words.mayStart(run.lowerBound, lexicon.organisations.places.startTag)
                        || before >= 0 && words.kinds[before] == .acronym && !regnalNumber(before) && gluedToOrganisation(run.lowerBound)
                        || wholeBodyName(run.lowerBound)
                     : bodySignal || afterRole else { return articleBodyPrefix(in: run) }
        if strongNameWord(cursor, in: run) { return cursor }
        // `Haji Dahnil Anzar Simanjuntak`: two or more words from a word no lexicon and no root list
        // knows (the prefix ends at it) are the name.
        if run.upperBound - cursor >= 2, !words.known[cursor], !isOrdinary(cursor), !isDerived(cursor) {
            // (`Pelatih Red Sparks Ko Hee-jin`: unless that word, with the prefix, is a body the article names alone.)
            if run.upperBound - cursor >= 3, strongNameWord(cursor + 1, in: run), standsAloneElsewhere(run.lowerBound..<cursor + 1) { return cursor + 1 }
            return cursor
        }
        return articleBodyPrefix(in: run)
    }

    /// `Komeito Tetsuo Saito`, `Red Sparks Ko Hee-jin`: one or two capitalised words that are no name
    /// word and no ordinary word before a word with name evidence and at least one more word, when the article writes those
    /// words elsewhere without the name and not as a speaker's name: they name a body. Else
    /// `run.lowerBound`. (Asked only once the lexicons found no prefix; the article is read last.)
    func articleBodyPrefix(in run: Range<Int>) -> Int {
        guard run.count >= 3 else { return run.lowerBound }
        for cursor in run.lowerBound + 1...min(run.lowerBound + 2, run.upperBound - 2) {
            guard words.kinds[cursor - 1] == .word, !words.has(cursor - 1, lexicon.names.nameWords),
                  !words.has(cursor - 1, lexicon.familyNames), !isOrdinary(cursor - 1) else { return run.lowerBound }
            guard strongNameWord(cursor, in: run) else { continue }
            return standsAloneElsewhere(run.lowerBound..<cursor) ? cursor : run.lowerBound
        }
        return run.lowerBound
    }

    /// True when the words of `prefix` occur elsewhere in the article as a whole capitalised run of
    /// their own (not opening or inside a longer run, not right after a speech cue, not a speaker's name).
    func standsAloneElsewhere(_ prefix: Range<Int>) -> Bool {
        let first = prefix.lowerBound, count = prefix.count
        let hash = words.foldedHashes[first]
        var index = 0
        while index + count <= words.count {
            defer { index += 1 }
            guard words.foldedHashes[index] == hash, index != first, words.folded[index] == words.folded[first],
                  (1..<count).allSatisfy({ words.foldedHashes[index + $0] == words.foldedHashes[first + $0] }) else { continue }
            let after = index + count
            if after < words.count, words.capitalized[after], words.kinds[after] == .word || words.kinds[after] == .acronym { continue }
            if index > 0, words.capitalized[index - 1], words.kinds[index - 1] == .word, !opensSentence(index) { continue }
            if words.textIn(index, places.speakerNames) || index > 0 && words.has(index - 1, lexicon.cuesBeforeSpeaker) { continue }
            return true
        }
        return false
    }

    /// True when token `index` is an acronym or a word shaped like one: two capitals or more, at
    /// least as many as small letters, at most five letters (`AfD`, `PvdA`; not `McDonald`, `LeBron`).
    @inline(__always)
    func acronymShaped(_ index: Int) -> Bool {
        if words.kinds[index] == .acronym { return true }
        guard words.kinds[index] == .word, words.capitalized[index] else { return false }
        let bytes = words.text[index].utf8
        guard bytes.count >= 2, bytes.count <= 5 else { return false }
        var capitals = 0, small = 0
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { capitals += 1 } else if byte >= 0x61 && byte <= 0x7A { small += 1 } else { return false }
        }
        return capitals >= 2 && capitals >= small
    }

    /// True when word `index` of `run` is evidence that a name begins there: a given name, a family
    /// name before a word that is no ordinary word, a word of a public figure's name, or a name word
    /// of a person the article has already named.
    @inline(__always)
    func strongNameWord(_ index: Int, in run: Range<Int>) -> Bool {
        guard words.kinds[index] == .word else { return false }
        if words.has(index, lexicon.names.nameWords) { return true }
        if words.has(index, lexicon.familyNames), index + 1 < run.upperBound, !isOrdinary(index + 1) { return true }
        // `Lalu Wirajaya Saputra`, `Baiq Nurul Hidayati`: a noble title before a given name or a word nothing knows.
        if words.has(index, lexicon.names.nobleTitles), index + 1 < run.upperBound, words.kinds[index + 1] == .word,
           words.has(index + 1, lexicon.names.givenNames) || !words.known[index + 1] && !isOrdinary(index + 1) { return true }
        // `Gigi Dall'Igna`: a foreign given name that is an ordinary word too, before a word nothing knows.
        if words.has(index, lexicon.names.ordinaryGivenNames), index + 1 < run.upperBound, words.kinds[index + 1] == .word,
           !words.known[index + 1], !isOrdinary(index + 1) { return true }
        return !people.isEmpty && peopleWithWord.value(words.folded[index], hash: words.foldedHashes[index]) != nil
    }

    /// True when word `index` alone is a body's whole name or a club's short form (`Venezia`), not
    /// only the first word of one (`Ace` of `Ace Hardware`).
    func wholeBodyName(_ index: Int) -> Bool {
        let organisations = lexicon.organisations
        return organisations.aliases.longest(in: words, from: index, limit: index + 1)?.end == index + 1
            || organisations.clubAgain.longest(in: words, from: index, limit: index + 1)?.end == index + 1
    }

    /// Whether word `index` may stand before a name inside a run: nil when it may not (a word with
    /// name evidence, or one no lexicon holds: `Nanang`, `Lestari` open names though they are
    /// roots), else whether it is a body's or a place's word (an acronym or a word shaped like one,
    /// a word never in a name such as a body's or building's head: `Komite`, `Gedung`, a word the
    /// lexicons hold that is no ordinary word: `Korea`) rather than an ordinary word a lexicon holds (`Majelis`).
    @inline(__always)
    func prefixWord(_ index: Int, in run: Range<Int>) -> Bool? {
        switch words.kinds[index] {
        case .acronym: return true
        case .word: break
        default: return nil
        }
        if acronymShaped(index) || words.has(index, lexicon.names.notNames) { return true }
        guard words.known[index], !strongNameWord(index, in: run), !words.has(index, lexicon.familyNames) else { return nil }
        return !(isOrdinary(index) || isDerived(index))
    }
}
