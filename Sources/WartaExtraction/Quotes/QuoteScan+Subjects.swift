import WartaRecords
import WartaText
import WartaTokenizer

/// Subjects that do not sit right before their reporting verb: a name followed by an apposition
/// or an adverb (`Mahfud, yang juga mantan Ketua MK, mengatakan`, `Agus Himawan selaku
/// koordinator ... menjelaskan`, `Erdogan sebelumnya mengatakan`), and a subject described
/// instead of named (`Politikus Partai Golkar ini menambahkan`). Rules: see `QuoteExtractor`.
extension QuoteScan {
    /// The person opening the sentence whose apposition or adverb runs up to `verb`.
    func appositionSubject(before verb: Int, in sentence: Range<Int>) -> PersonAt? {
        var cursor = verb
        while cursor > sentence.lowerBound, words.has(cursor - 1, lexicon.interjacent) { cursor -= 1 }
        if cursor < verb, let found = person(endingAt: cursor) { return found }
        // Back over at most 16 tokens to `, yang ...,` or `selaku ...` after a name, with no verb between.
        var back = cursor - 1
        while back > sentence.lowerBound, cursor - back <= 16 {
            if words.has(back, lexicon.verbs) || words.isQuoteMark(back) { return nil }
            if words.has(back, lexicon.appositions) {
                let commaBefore = back > sentence.lowerBound && words.isChar(back - 1, ",")
                // `, yang ... ,` closes with a comma before the verb; `selaku ...` need not.
                if commaBefore && !words.isChar(cursor - 1, ",") { return nil }
                guard let found = person(endingAt: commaBefore ? back - 1 : back), subjectStarts(found, in: sentence) else { return nil }
                return found
            }
            back -= 1
        }
        return nil
    }

    /// True when `found` is its sentence's subject: no lower-case word before it, apart from an
    /// opening phrase closed by a comma (`Sementara itu, Kepala ... X`); its title may precede it.
    func subjectStarts(_ found: PersonAt, in sentence: Range<Int>) -> Bool {
        var index = found.tokens.lowerBound - 1
        while index >= sentence.lowerBound {
            if words.isChar(index, ",") { return true }
            if words.kinds[index] == .word, !words.capitalized[index], !words.has(index, lexicon.coordinators) { return false }
            index -= 1
        }
        return true
    }

    /// `Politikus Partai Golkar ini menambahkan`: a sentence opening with a capitalised description
    /// closed by a demonstrative right before the verb, naming no one: the person named last before
    /// it outside quotes (within 200 tokens).
    func describedSubject(before verb: Int, in sentence: Range<Int>) -> PersonAt? {
        guard let first = describedOpening(before: verb, in: sentence) else { return nil }
        var back = first - 1
        while back >= 0, first - back <= 200 {
            if !inQuote[back], let found = personIndex.last(startingAt: back) { return persons[found] }
            back -= 1
        }
        return nil
    }

    func describedOpening(before verb: Int, in sentence: Range<Int>) -> Int? {
        let first = sentence.lowerBound
        guard verb - 1 > first, verb - first <= 10, words.has(verb - 1, lexicon.demonstratives), words.capitalized[first],
              words.kinds[first] == .word, !words.has(first, lexicon.sources) else { return nil }
        for index in first..<verb - 1 {
            if words.isChar(index, ",") || words.isQuoteMark(index) || words.has(index, lexicon.verbs) || words.has(index, lexicon.pronouns) { return nil }
            if personIndex.first(startingAt: index) != nil { return nil }
        }
        return first
    }
}
