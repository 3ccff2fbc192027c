import WartaRecords
import WartaText
import WartaTokenizer

/// Reported speech: `X mengatakan (bahwa) ...` and `Menurut X, ...`, outside quote marks.
extension QuoteScan {
    mutating func indirect() {
        var directRanges: [Range<Int>] = []
        for found in quotes where found.quote.direct { directRanges.append(found.quote.byteStart..<found.quote.byteEnd) }
        let direct = DirectQuoteRanges(directRanges)
        var previous: Range<Int>?
        var previousReported = true
        for sentence in document.sentenceTokens where !sentence.isEmpty {
            defer { previous = sentence }
            // A sentence holding a direct quote is attributed already; scare quotes (`"serangan fajar"`) do not count.
            let bytes = document.byteRange(ofTokens: sentence)
            if direct.overlaps(bytes) { previousReported = true; continue }
            let count = quotes.count
            if let found = attributedBefore(sentence, previous: previous, previousReported: previousReported) {
                quotes.append(found)
            } else if let found = menurut(sentence) {
                quotes.append(found)
            } else if let found = reportingVerb(sentence) {
                quotes.append(found)
            } else if let found = attributedAfter(sentence) {
                quotes.append(found)
            } else {
                quotes += reportedCue(sentence)
            }
            previousReported = quotes.count > count
        }
    }

    /// The sentence's last token index, without its final full stop.
    func clauseEnd(_ sentence: Range<Int>) -> Int {
        var end = sentence.upperBound
        while end > sentence.lowerBound, words.hasText(end - 1, lexicon.finalMarks) { end -= 1 }
        return end
    }

    /// `Menurut Hendra, sebagian besar korban ...`
    func menurut(_ sentence: Range<Int>) -> (first: Int, quote: Quote, resolveBefore: Int?)? {
        var first = sentence.lowerBound
        // `Namun, menurut Eko, ...`, `Namun, menurutnya, ...`: a connective of one word and a comma first
        // (a longer opening is a first part of what was said: see `reportedCue`).
        if !words.has(first, lexicon.sources), !words.has(first, lexicon.sourcePronouns) {
            let opened = first + 2
            guard opened < sentence.upperBound, words.isChar(first + 1, ","), words.kinds[first] == .word, !inQuote[first],
                  words.has(opened, lexicon.sources) || words.has(opened, lexicon.sourcePronouns) else { return nil }
            first = opened
        }
        // `Menurutnya, ...`: the speaker is the last person speaking.
        if words.has(first, lexicon.sourcePronouns), words.isChar(first + 1, ",") {
            let clause = first + 2..<clauseEnd(sentence)
            guard clause.count >= 3 else { return nil }
            return (clause.lowerBound, Quote(span: span(clause), direct: false, verb: words.text[first], speaker: nil,
                                             speakerSpan: nil, rule: "quote.indirect-menurut"), first)
        }
        guard words.has(first, lexicon.sources), first + 2 < sentence.upperBound else { return nil }
        var comma = first + 1
        var resolveBefore: Int?
        var speakerValue: Speaker?
        var speakerSpan: Span?
        if words.has(comma, lexicon.pronouns) {
            resolveBefore = first
            comma += 1
        } else if let found = person(in: first + 1..<first + 2) {
            speakerValue = speaker(found)
            speakerSpan = found.mention.span
            comma = found.tokens.upperBound
        } else if let described = describedSpeaker(from: first + 1), described < sentence.upperBound, words.isChar(described, ",") {
            // `Menurut pelatih asal Jerman itu, ...`: a description of a person named before.
            if let named = describedPerson(first + 1..<described, before: first) ?? personByRole(head: first + 1, end: described, before: first) {
                speakerValue = speaker(named)
            } else {
                resolveBefore = first
            }
            comma = described
        } else {
            // `Menurut Kepala BPS Suhariyanto, ...` (a role before the name) or `Menurut Kapolres, ...`
            // (the role alone: the person last speaking).
            var end = first + 1
            while end < sentence.upperBound, end - first <= 8, !words.isChar(end, ","), !words.isQuoteMark(end),
                  words.kinds[end] != .word || words.capitalized[end] { end += 1 }
            guard end < sentence.upperBound, words.isChar(end, ",") else { return nil }
            if let found = personIndex.starting(in: first + 1..<end).last.map({ persons[$0] }), found.tokens.upperBound == end {
                speakerValue = speaker(found)
                speakerSpan = found.mention.span
            } else if words.has(first + 1, lexicon.personHeads), personIndex.starting(in: first + 1..<end).isEmpty {
                resolveBefore = first
            } else {
                return nil
            }
            comma = end
        }
        guard comma < sentence.upperBound, words.isChar(comma, ",") else { return nil }
        let clause = comma + 1..<clauseEnd(sentence)
        guard clause.count >= 3 else { return nil }
        return (clause.lowerBound, Quote(span: span(clause), direct: false, verb: words.text[first], speaker: speakerValue,
                                         speakerSpan: speakerSpan, rule: "quote.indirect-menurut"), resolveBefore)
    }

    /// `Agus menjelaskan hingga pukul 12.00 WIB ...`, `Ia menambahkan bahwa ...`, `Agus di Jakarta,
    /// Selasa, mengatakan, ...`
    func reportingVerb(_ sentence: Range<Int>) -> (first: Int, quote: Quote, resolveBefore: Int?)? {
        for verb in sentence where verb > sentence.lowerBound && !inQuote[verb] && words.has(verb, lexicon.verbs) {
            // `menyampaikan bantuan` takes an object; `menyampaikan, ...` and `menyampaikan bahwa` report.
            if words.has(verb, lexicon.clauseVerbs), !opensClause(verb + 1, sentence),
               words.has(verb, lexicon.directiveVerbs) || !clauseFollows(verb + 1, sentence) { continue }
            var speakerValue: Speaker?
            var speakerSpan: Span?
            var rule = "quote.indirect-verb"
            var resolveBefore: Int?
            if let found = person(endingAt: verb) {
                let subject = subjectOutsideModifier(found, verb: verb, in: sentence) ?? found
                if institutionOpens(before: subject, in: sentence) { continue }
                speakerValue = speaker(subject)
                speakerSpan = subject.mention.span
            } else if words.has(verb - 1, lexicon.pronouns) {
                resolveBefore = verb - 1
            } else if let subject = separatedSubject(before: verb, in: sentence) {
                rule = "quote.indirect-separated"
                switch subject {
                case .person(let found):
                    speakerValue = speaker(found)
                    speakerSpan = found.mention.span
                case .pronoun(let index):
                    resolveBefore = index
                }
            } else if let subject = describedSubject(before: verb, in: sentence) {
                rule = "quote.indirect-described"
                if let named = personByRole(head: subject, end: verb, before: subject) {
                    speakerValue = speaker(named)
                } else {
                    resolveBefore = subject
                }
            } else if let head = roleSubject(before: verb, in: sentence), let named = personByRole(head: head, end: head + 1, before: head) {
                rule = "quote.indirect-role"
                speakerValue = speaker(named)
            } else if words.has(verb - 1, lexicon.coordinators),
                      let subject = personIndex.starting(in: sentence).lazy.map({ persons[$0] })
                          .first(where: { $0.tokens.upperBound < verb && !inQuote[$0.tokens.lowerBound] }),
                      // A verb of speech-verbs.tsv after any person; a stance verb (`menilai`) after the sentence's subject.
                      words.has(verb, lexicon.speechVerbs) || subjectStart[subject.tokens.lowerBound] {
                speakerValue = speaker(subject)
                speakerSpan = subject.mention.span
                rule = "quote.indirect-coordinated"
            } else if unnamedSubject(before: verb, in: sentence) {
                rule = "quote.indirect-unnamed"
            } else {
                continue
            }
            var start = verb + 1
            if start < sentence.upperBound, words.isChar(start, ",") || words.isChar(start, ":") { start += 1 }
            if start < sentence.upperBound, words.has(start, lexicon.complementizers) { start += 1 }
            let clause = start..<clauseEnd(sentence)
            // `mengucapkan terima kasih kepada ...`, `menyebut istilah "X" untuk ...`: an object, not a clause.
            if start == verb + 1, opensObject(start, clause.upperBound, sentence) { continue }
            guard clause.count >= 3 else { return nil }
            // `menyebut kawasan itu sebagai "lumbung padi"` names something; `menyebut Shin sebagai
            // pelatih yang disiplin` reports a judgement.
            if clause.prefix(5).contains(where: { words.has($0, lexicon.naming) && $0 + 1 < words.count && words.isQuoteMark($0 + 1) }) { return nil }
            return (clause.lowerBound, Quote(span: span(clause), direct: false, verb: words.text[verb], speaker: speakerValue,
                                             speakerSpan: speakerSpan, rule: rule), resolveBefore)
        }
        return nil
    }

    /// `Sejumlah mitra pembudi daya ikan di Jawa Barat mengaku ...`, `Penjabat Gubernur DKI Jakarta
    /// menyebut ...`: a subject naming no one, opening the sentence with a person noun or title
    /// (after a quantifier such as `seorang`, `sejumlah`), followed only by its description (no
    /// comma, quote, person, active verb outside a `yang` clause, or capitalised word no lexicon
    /// knows outside a place after `di`, `asal`) up to the verb. The speaker is unnamed.
    func unnamedSubject(before verb: Int, in sentence: Range<Int>) -> Bool {
        var start = sentence.lowerBound
        while start < verb, words.has(start, lexicon.quantifiers) { start += 1 }
        guard start < verb, verb - start <= 10, words.kinds[start] == .word, words.has(start, lexicon.personHeads) else { return false }
        var place = false
        // `Sumber yang mengetahui pembicaraan itu menyebut ...`: a relative clause may hold its own verb.
        var relative = false
        for index in start..<verb {
            if inQuote[index] || words.isQuoteMark(index) || personIndex.first(startingAt: index) != nil { return false }
            switch words.kinds[index] {
            case .word:
                // A capitalised word no lexicon knows may be a name the person scan missed, unless it
                // follows a place preposition (`di Desa Oinlasi`).
                if words.capitalized[index] {
                    if !words.known[index], !place { return false }
                } else if words.has(index, lexicon.relatives) {
                    relative = true
                } else if index > start, !relative, words.has(index, lexicon.verbs) || looksLikeActiveVerb(index) {
                    return false
                } else {
                    place = words.has(index, lexicon.placePrepositions)
                }
            case .acronym, .number:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// True for a lower-case word shaped like an active verb (`me...`, `ber...`): the subject
    /// ends before it.
    @inline(__always)
    func looksLikeActiveVerb(_ index: Int) -> Bool {
        let folded = words.folded[index].utf8
        return folded.count >= 5 && folded.starts(with: "me".utf8) || folded.count >= 6 && folded.starts(with: "ber".utf8)
    }
}

/// The byte ranges of an article's direct quotes, answering "does this sentence overlap one?" with
/// a binary search: ranges sorted by start, with the furthest end reached so far.
struct DirectQuoteRanges {
    private let starts: [Int]
    private let furthestEnd: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest: [Int] = []
        furthest.reserveCapacity(sorted.count)
        for range in sorted { furthest.append(max(furthest.last ?? Int.min, range.upperBound)) }
        furthestEnd = furthest
    }

    /// True when a quote shares a byte with `bytes`: one starting before its end reaches past its start.
    func overlaps(_ bytes: Range<Int>) -> Bool {
        guard !bytes.isEmpty else { return false }
        let before = PersonIndex.partition(starts.count) { starts[$0] < bytes.upperBound }
        return before > 0 && furthestEnd[before - 1] > bytes.lowerBound
    }
}
