import WartaRecords
import WartaText
import WartaTokenizer

/// Direct quotes: the words between quote marks and the cue after or before them.
extension QuoteScan {
    mutating func direct(_ pairs: [(open: Int, close: Int)]) {
        var carried: [Int: Attribution] = [:]
        for (number, pair) in pairs.enumerated() {
            let content = pair.open + 1..<pair.close
            var wordCount = 0
            for index in content where words.kinds[index] != .punctuation { wordCount += 1 }
            guard wordCount > 0 else { continue }
            var attribution = carried[number] ?? cueAfter(pair.close)
            // `"...," kata dia, "..."`: the words after the inserted cue are a second quote by the
            // same speaker (each quote is the text between its marks, as the corpus annotates).
            if carried[number] == nil, let cue = attribution, cue.end + 1 < words.count, words.isChar(cue.end, ","), number + 1 < pairs.count,
               pairs[number + 1].open == cue.end + 1 {
                var second = cue
                second.rule = "quote.inserted-cue"
                carried[number + 1] = second
            }
            if attribution == nil { attribution = cueBefore(pair.open) }
            // A quote running to the end of its paragraph goes on in the next one, whose cue names
            // the speaker of both (`"... .` / `"... ," kata X.`).
            if attribution == nil, pair.close < words.count, words.paragraphOf[pair.close] != words.paragraphOf[pair.open],
               number + 1 < pairs.count, pairs[number + 1].open == pair.close, var next = cueAfter(pairs[number + 1].close) {
                next.rule = "quote.continued-paragraph"
                attribution = next
            }
            if attribution == nil {
                if wordCount <= 2 || words.kinds[content.lowerBound] == .hashtag && wordCount == 1 { continue }
                if pair.open > 0, words.has(pair.open - 1, lexicon.titleCues) { continue }
                let last = content.upperBound - 1
                let closed = words.hasText(last, lexicon.finalMarks) || words.isChar(last, ",")
                let opensParagraph = pair.open == 0 || words.paragraphOf[pair.open - 1] != words.paragraphOf[pair.open]
                guard closed || opensParagraph else { continue }
                attribution = Attribution(verb: nil, speaker: nil, speakerSpan: nil,
                                          rule: "quote.direct-continued", end: pair.close, resolveBefore: pair.open)
            }
            guard let attribution else { continue }
            quotes.append((content.lowerBound, Quote(span: span(content), direct: true, verb: attribution.verb, speaker: attribution.speaker,
                                                     speakerSpan: attribution.speakerSpan, rule: attribution.rule), attribution.resolveBefore))
        }
    }

    struct Attribution {
        var verb: String?
        var speaker: Speaker?
        var speakerSpan: Span?
        var rule: String
        var end: Int
        /// Resolve the speaker, in document order, as the one before this token (pronouns, clitics).
        var resolveBefore: Int? = nil
    }

    /// `," kata Johnny`, `," ujar dia`, `," katanya` after the closing mark at `close`.
    func cueAfter(_ close: Int) -> Attribution? {
        var cursor = close + 1
        if cursor < words.count, words.isChar(cursor, ",") { cursor += 1 }
        guard cursor < words.count, words.sentenceOf[cursor] == words.sentenceOf[min(close, words.count - 1)] || close + 1 == cursor else { return nil }
        let cue = words.folded[cursor]
        let verb = words.text[cursor]
        if lexicon.clitics.contains(cue) {
            return Attribution(verb: verb, speaker: nil, speakerSpan: nil, rule: "quote.clitic-speaker", end: cursor + 1, resolveBefore: close)
        }
        guard lexicon.cues.contains(cue) || lexicon.verbs.contains(cue) else { return nil }
        let next = cursor + 1
        if next < words.count, words.has(next, lexicon.pronouns) {
            return Attribution(verb: verb, speaker: nil, speakerSpan: nil, rule: "quote.pronoun-speaker", end: next + 1, resolveBefore: close)
        }
        if let end = describedSpeaker(from: next) {
            if let named = describedPerson(next..<end, before: close) ?? personByRole(head: next, end: end, before: close) {
                return Attribution(verb: verb, speaker: speaker(named), speakerSpan: nil, rule: "quote.described-speaker", end: end)
            }
            return Attribution(verb: verb, speaker: nil, speakerSpan: nil, rule: "quote.described-speaker", end: end, resolveBefore: close)
        }
        // `," kata hakim.`: a role noun alone after the cue is the last person named with that role.
        if next < words.count, words.kinds[next] == .word, !words.capitalized[next], words.has(next, lexicon.personHeads),
           next + 1 >= words.count || words.sentenceOf[next + 1] != words.sentenceOf[next] || words.hasText(next + 1, lexicon.finalMarks) || words.isChar(next + 1, ","),
           let named = personByRole(head: next, end: next + 1, before: close) {
            return Attribution(verb: verb, speaker: speaker(named), speakerSpan: nil, rule: "quote.described-speaker", end: next + 1)
        }
        var limit = next
        while limit < words.count, limit - next < 16, words.sentenceOf[limit] == words.sentenceOf[next], !words.isQuoteMark(limit) { limit += 1 }
        if let found = person(in: next..<limit) {
            var end = found.tokens.upperBound
            while end < limit, words.kinds[end] == .abbreviation || words.isChar(end, ",") && end + 1 < limit && words.kinds[end + 1] == .abbreviation { end += 1 }
            return Attribution(verb: verb, speaker: speaker(found), speakerSpan: found.mention.span, rule: "quote.direct-cue-after", end: end)
        }
        return Attribution(verb: verb, speaker: nil, speakerSpan: nil, rule: "quote.direct-cue-after", end: next)
    }

    /// `Agus mengatakan, "..."`, `Ia menegaskan: "..."` before the opening mark at `open`.
    func cueBefore(_ open: Int) -> Attribution? {
        var cursor = open - 1
        while cursor >= 0, words.isChar(cursor, ",") || words.isChar(cursor, ":") { cursor -= 1 }
        guard cursor >= 0, words.sentenceOf[cursor] == words.sentenceOf[open] || words.paragraphOf[cursor] == words.paragraphOf[open],
              words.has(cursor, lexicon.verbs) else { return nil }
        let verb = words.text[cursor]
        if let found = person(endingAt: cursor) {
            return Attribution(verb: verb, speaker: speaker(found), speakerSpan: found.mention.span, rule: "quote.direct-cue-before", end: open)
        }
        if cursor > 0, words.has(cursor - 1, lexicon.pronouns) {
            return Attribution(verb: verb, speaker: nil, speakerSpan: nil, rule: "quote.pronoun-speaker", end: open, resolveBefore: cursor - 1)
        }
        let sentence = words.sentenceOf[cursor]
        var back = cursor - 1
        while back >= 0, words.sentenceOf[back] == sentence {
            if let index = personIndex.last(startingAt: back) {
                let found = persons[index]
                return Attribution(verb: verb, speaker: speaker(found), speakerSpan: found.mention.span, rule: "quote.direct-cue-before", end: open)
            }
            back -= 1
        }
        return Attribution(verb: verb, speaker: nil, speakerSpan: nil, rule: "quote.direct-cue-before", end: open, resolveBefore: cursor)
    }
}
