import WartaTokenizer

/// Whether the words after a speech verb are a reported clause or the verb's object:
/// `menyampaikan pelanggar akan ditindak` reports, `menyampaikan bantuan kepada warga` and
/// `mengucapkan terima kasih kepada warga` do not. The rules using these tests are listed in
/// `QuoteExtractor`'s table.
extension QuoteScan {
    /// True when the words after a clause verb read as a clause of their own rather than an object
    /// (`menyampaikan pelanggar paling banyak ditemukan di ...`, `mencatat baru segelintir ...`,
    /// not `menyampaikan bantuan kepada warga`): within a few words, before any comma, quote mark,
    /// `yang`, `bahwa` or `agar`, a word of `quotes/clause-markers.txt` (auxiliaries, negation, copulas,
    /// aspect: `sempat`, `baru`) or a passive verb (`di-...-kan`).
    ///
    /// A named subject and its active verb are a clause too (`menyampaikan Pemkot Bandung
    /// menyiapkan ...`): capitalised words (and `dan`) right after the verb, then a `me-` or `ber-`
    /// word; `sebagai` after the object names it (`X sebagai kapten baru`), no clause.
    func clauseFollows(_ start: Int, _ sentence: Range<Int>) -> Bool {
        var index = start
        var named = true
        while index < sentence.upperBound, index - start < 6 {
            if index > start, named, words.kinds[index] == .word, !words.capitalized[index], words.capitalized[index - 1],
               looksLikeActiveVerb(index) { return true }
            // `mengumumkan X sebagai kapten baru`: an object named as something, no clause.
            if words.has(index, lexicon.naming) { return false }
            named = named && (words.capitalized[index] && words.kinds[index] != .punctuation || words.has(index, lexicon.coordinators))
            if inQuote[index] || words.isQuoteMark(index) || words.isChar(index, ",") || words.has(index, lexicon.relatives)
                || words.has(index, lexicon.complementizers) || words.has(index, lexicon.purposes) { return false }
            if words.has(index, lexicon.clauseMarkers) { return true }
            if index > start, words.kinds[index] == .word, !words.capitalized[index] {
                let folded = words.folded[index].utf8
                if folded.count >= 7, folded.starts(with: "di".utf8), folded.reversed().starts(with: "nak".utf8) { return true }
            }
            index += 1
        }
        return false
    }

    /// True when the words right after a verb are its object rather than a reported clause: a noun
    /// of `quotes/object-nouns.txt` (`terima kasih`, `nama`, `medali`) not followed by a
    /// demonstrative or a clause marker, or a term in quote marks within the first three words
    /// (`menyebut istilah "partai coklat" untuk ...`; the verb's sentence holds no direct quote).
    func opensObject(_ start: Int, _ end: Int, _ sentence: Range<Int>) -> Bool {
        guard start < end else { return false }
        for index in start..<min(end, start + 3) where words.isQuoteMark(index) { return true }
        // `mengakui kekalahannya`: the noun with a possessive `-nya` is the same object.
        let possessed = !words.has(start, lexicon.objectNounStarts) && words.kinds[start] == .word && words.folded[start].utf8.count > 6
            && words.folded[start].hasSuffix("nya") && lexicon.objectNouns.contains(String(words.folded[start].dropLast(3)))
        guard possessed || words.has(start, lexicon.objectNounStarts) else { return false }
        var after = start + 1
        if !possessed, !lexicon.objectNouns.contains(words.folded[start]) {
            guard after < end, lexicon.objectNouns.contains(words.folded[start] + " " + words.folded[after]) else { return false }
            after += 1
        }
        // `gelar ini menjadi hadiah ...`: the noun and a demonstrative open a clause as its subject.
        if after < end, words.has(after, lexicon.demonstratives) { return false }
        return !clauseFollows(after, sentence)
    }

    /// True when token `index` opens a reported clause: a comma, a colon or `bahwa`.
    func opensClause(_ index: Int, _ sentence: Range<Int>) -> Bool {
        index < sentence.upperBound && (words.isChar(index, ",") || words.isChar(index, ":") || words.has(index, lexicon.complementizers))
    }
}
