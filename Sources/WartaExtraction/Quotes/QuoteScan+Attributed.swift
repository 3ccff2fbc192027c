import WartaRecords
import WartaText
import WartaTokenizer

/// Reported speech attributed after its content with a passive speech verb: `Harga beras turun
/// sepekan terakhir, demikian dikatakan Kepala Dinas X Budi.` within a sentence, and `Stok beras
/// aman. Hal itu disampaikan Menteri Zulkifli Hasan di Jakarta, Senin.` (or `Demikian dikatakan
/// ...`) for the sentence before. The passive verbs are `quotes/passive-verbs.txt`; the words
/// pointing back (`demikian`, `hal itu`) have the role `anaphor` in `quotes/function-words.tsv`.
/// The rules are listed in `QuoteExtractor`'s table.
extension QuoteScan {
    /// The passive verb after an anaphor opening at `index` (`demikian dikatakan`, `hal itu
    /// disampaikan`, `hal tersebut diungkapkan oleh`), or nil.
    func passiveAfterAnaphor(_ index: Int, end: Int) -> Int? {
        guard index < end, words.has(index, lexicon.anaphors) else { return nil }
        var verb = index + 1
        if verb < end, words.has(verb, lexicon.demonstratives) { verb += 1 }
        return verb < end && words.has(verb, lexicon.passiveVerbs) ? verb : nil
    }

    /// The person named after a passive verb at `verb`: `oleh` and a role may come first
    /// (`disampaikan oleh Kepala BPS Suhariyanto`). The person and the token after the name.
    func agent(after verb: Int, end: Int) -> PersonAt? {
        var start = verb + 1
        if start < end, words.has(start, lexicon.agentMarkers) { start += 1 }
        var limit = start
        while limit < end, limit - start < 16, !words.isChar(limit, ","), !words.isQuoteMark(limit) { limit += 1 }
        guard let found = person(in: start..<limit),
              (start..<found.tokens.lowerBound).allSatisfy({ words.capitalized[$0] || words.kinds[$0] != .word || joinsName($0) }) else { return nil }
        return found
    }

    /// `Hal itu disampaikan X ...` or `Demikian dikatakan X ...` opening `sentence`: the sentence
    /// before it in the same paragraph (or the last of the paragraph before, when this one opens
    /// a paragraph) is what X said, unless it holds quote marks or is reported already.
    func attributedBefore(_ sentence: Range<Int>, previous: Range<Int>?, previousReported: Bool) -> (first: Int, quote: Quote, resolveBefore: Int?)? {
        guard let previous, !previousReported, !previous.isEmpty,
              let verb = passiveAfterAnaphor(sentence.lowerBound, end: sentence.upperBound),
              let found = agent(after: verb, end: sentence.upperBound),
              !previous.contains(where: { inQuote[$0] || words.isQuoteMark($0) }) else { return nil }
        let content = previous.lowerBound..<clauseEnd(previous)
        guard content.count >= 3 else { return nil }
        return (content.lowerBound, Quote(span: span(content), direct: false, verb: words.text[verb], speaker: speaker(found),
                                          speakerSpan: found.mention.span, rule: "quote.indirect-attributed-before"), nil)
    }

    /// `..., demikian dikatakan X.`: the words before the anaphor, within the sentence.
    func attributedAfter(_ sentence: Range<Int>) -> (first: Int, quote: Quote, resolveBefore: Int?)? {
        let end = clauseEnd(sentence)
        var index = sentence.lowerBound + 3
        while index < end {
            defer { index += 1 }
            guard words.isChar(index - 1, ","), !inQuote[index], let verb = passiveAfterAnaphor(index, end: end),
                  let found = agent(after: verb, end: end) else { continue }
            let content = sentence.lowerBound..<(index - 1)
            guard content.count >= 3, !content.contains(where: { inQuote[$0] || words.isQuoteMark($0) }) else { return nil }
            return (content.lowerBound, Quote(span: span(content), direct: false, verb: words.text[verb], speaker: speaker(found),
                                              speakerSpan: found.mention.span, rule: "quote.indirect-attributed-after"), nil)
        }
        return nil
    }
}
