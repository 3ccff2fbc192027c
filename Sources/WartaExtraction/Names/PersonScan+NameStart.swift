import WartaText
import WartaTokenizer

/// Where a name begins inside a capitalised run that a title, body, country or team runs into
/// (`Ketua Majelis Nasional Woo Won-shik`, `Pemimpin Partai Demokrat Korea Lee Jae-myung`, `Kepala
/// BP Haji Mochamad Irfan Yusuf`). The run is read from its first word: words that belong before a
/// name (ordinary Indonesian words, acronyms, words the place and body lexicons hold) make up the
/// prefix, and the name opens at the first word with name evidence (a given or family name, a word
/// of a public figure, a name word of a person the article already named) or at the first word no
/// lexicon and no root list knows. Runs only on a run a person rule has already found.
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
        guard cursor > run.lowerBound, words.kinds[cursor] == .word else { return run.lowerBound }
        // The prefix must read as a body's: a place's or body's word, two ordinary words after a
        // title (`Majelis Nasional`), or one right after a body's acronym (`BP Haji`). One ordinary
        // word alone opens many names (`Lestari Wulandari Putri`, `Syarif Faisal Alkadrie`).
        // (A single word needs more: a place's first word, an acronym, or a body's acronym before it,
        // not a place's: `Gubernur NTB Lalu Ahmad Fathurrahman`;
        // a word some alias holds is not enough: `Ace` of `Ace Hardware` opens `Ace Hasan Syadzily`.)
        let before = run.lowerBound - 1
        let single = cursor - run.lowerBound == 1
        guard single ? words.kinds[run.lowerBound] == .acronym || words.mayStart(run.lowerBound, lexicon.organisations.places.startTag)
                        || before >= 0 && words.kinds[before] == .acronym && !regnalNumber(before) && gluedToOrganisation(run.lowerBound)
                        || wholeBodyName(run.lowerBound)
                     : bodySignal || afterRole else { return run.lowerBound }
        if strongNameWord(cursor, in: run) { return cursor }
        // `Haji Dahnil Anzar Simanjuntak`: two or more words from a word no lexicon and no root list
        // knows (the prefix ends at it) are the name.
        if run.upperBound - cursor >= 2, !words.known[cursor], !isOrdinary(cursor), !isDerived(cursor) { return cursor }
        return run.lowerBound
    }

    /// True when word `index` of `run` is evidence that a name begins there: a given name, a family
    /// name before a word that is no ordinary word, a word of a public figure's name, or a name word
    /// of a person the article has already named.
    @inline(__always)
    func strongNameWord(_ index: Int, in run: Range<Int>) -> Bool {
        guard words.kinds[index] == .word else { return false }
        if words.has(index, lexicon.names.nameWords) { return true }
        if words.has(index, lexicon.familyNames), index + 1 < run.upperBound, !isOrdinary(index + 1) { return true }
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
    /// roots), else whether it is a body's or a place's word (an acronym, a word the lexicons hold
    /// that is no ordinary word: `Korea`) rather than an ordinary word a lexicon holds (`Majelis`).
    @inline(__always)
    func prefixWord(_ index: Int, in run: Range<Int>) -> Bool? {
        switch words.kinds[index] {
        case .acronym: return true
        case .word: break
        default: return nil
        }
        guard words.known[index], !strongNameWord(index, in: run), !words.has(index, lexicon.familyNames) else { return nil }
        return !(isOrdinary(index) || isDerived(index))
    }
}
