import WartaText
import WartaTokenizer

/// Bodies named in a list with other bodies. Rule (see the table in `OrganisationScan`):
///
/// | rule | example |
/// | --- | --- |
/// | `org.listed` | `Arunika` in `investor seperti Arunika, Kencana Ventures, dan Tirta Capital`: a capitalised item of a list (`,`, `dan`, `serta`) holding at least two bodies found by other rules is a body too, unless it is a place, a person's name, a title or a term |
extension OrganisationScan {
    /// Adds the unknown items of lists whose other items are bodies.
    mutating func extendLists() {
        guard matches.count >= 2 else { return }
        var added: [OrganisationMatch] = []
        var first = 0
        while first < matches.count - 1 {
            // The longest chain of bodies from `first` joined by separators and unknown items.
            var last = first
            var items: [Range<Int>] = []
            while last + 1 < matches.count, matches[last + 1].tokens.lowerBound >= matches[last].tokens.upperBound,
                  words.sentenceOf[matches[last + 1].tokens.lowerBound] == words.sentenceOf[matches[last].tokens.lowerBound],
                  let gap = listGap(from: matches[last].tokens.upperBound, to: matches[last + 1].tokens.lowerBound) {
                items += gap
                last += 1
            }
            guard last > first else { first += 1; continue }
            // `Arunika, Kencana Ventures ...`: one unknown item before the first body, one after the last.
            if let before = leadingItem(before: matches[first].tokens.lowerBound),
               first == 0 || matches[first - 1].tokens.upperBound <= before.lowerBound { items.append(before) }
            if let after = trailingItem(after: matches[last].tokens.upperBound),
               last + 1 == matches.count || matches[last + 1].tokens.lowerBound >= after.upperBound { items.append(after) }
            let kinds = Set(matches[first...last].map(\.kind))
            let kind = kinds.count == 1 ? kinds.first! : "other"
            for item in items {
                let canonical = text(item)
                added.append(OrganisationMatch(tokens: item, canonical: canonical, id: Self.slug(canonical), kind: kind,
                                               acronym: nil, rule: "org.listed"))
            }
            first = last + 1
        }
        guard !added.isEmpty else { return }
        matches += added
        matches.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The length of a list separator at `index` (`,`, `dan`, `serta`, `, dan`), or nil.
    @inline(__always)
    func separator(at index: Int) -> Int? {
        guard index < words.count else { return nil }
        if words.isChar(index, ",") {
            if index + 1 < words.count, words.folded[index + 1] == "dan" || words.folded[index + 1] == "serta" { return 2 }
            return 1
        }
        return words.folded[index] == "dan" || words.folded[index] == "serta" ? 1 : nil
    }

    /// The unknown items between two bodies when only separators and items lie between them.
    func listGap(from start: Int, to end: Int) -> [Range<Int>]? {
        var items: [Range<Int>] = []
        var cursor = start
        guard let first = separator(at: cursor) else { return nil }
        cursor += first
        while cursor < end {
            guard let item = listItem(at: cursor), item.upperBound < end, let gap = separator(at: item.upperBound) else { return nil }
            items.append(item)
            cursor = item.upperBound + gap
        }
        return cursor == end ? items : nil
    }

    /// A list item at `start`: one to four capitalised words (or a shaped name), no place, person, title or term.
    func listItem(at start: Int) -> Range<Int>? {
        guard start < words.count else { return nil }
        var end = start
        while end < words.count, end - start < 4, isNameToken(end) || mayBeShaped(end) && Self.isShapedName(words.text[end]) {
            if words.has(end, lexicon.nameLexicon.givenNames) || words.textIn(end, speakerNames) { return nil }
            end += 1
        }
        guard end > start, !words.has(start, lexicon.roleWords), words.value(start, lexicon.regionLevels) == nil,
              knownPlace(from: start) == nil, !words.hasText(start, lexicon.terms),
              lexicon.nameLexicon.figures.longest(in: words, from: start, limit: end) == nil else { return nil }
        return start..<end
    }

    /// `Arunika, Kencana Ventures`: the item before the first body, after a small word or a colon.
    func leadingItem(before body: Int) -> Range<Int>? {
        guard body >= 3, words.isChar(body - 1, ",") else { return nil }
        var start = body - 1
        while start > 0, body - 1 - start < 4, isNameToken(start - 1) || mayBeShaped(start - 1) { start -= 1 }
        guard start < body - 1, start > 0, !words.capitalized[start - 1], words.sentenceOf[start - 1] == words.sentenceOf[body],
              let item = listItem(at: start), item.upperBound == body - 1 else { return nil }
        return item
    }

    /// `... Tirta Capital, dan Arunika.`: the item after the last body, before a small word or punctuation.
    func trailingItem(after body: Int) -> Range<Int>? {
        guard let gap = separator(at: body), body + gap < words.count, words.sentenceOf[body + gap] == words.sentenceOf[body],
              words.folded[body + gap - 1] != "," || gap == 2, let item = listItem(at: body + gap),
              item.upperBound >= words.count || !words.capitalized[item.upperBound] && (separator(at: item.upperBound) == nil || words.isChar(item.upperBound, ","))
        else { return nil }
        return item
    }
}
