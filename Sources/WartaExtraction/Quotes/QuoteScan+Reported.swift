import WartaRecords
import WartaText
import WartaTokenizer

/// Reported speech whose speaker is not written right before the verb: a subject separated from
/// its verb by where and when it spoke (`Rudi di Bandung, Jumat, menyebutkan ...`), and reported
/// words followed or interrupted by a cue (`Meski ..., ungkap Teten, penerapan ...`). The rules
/// are listed in `QuoteExtractor`'s table.
extension QuoteScan {
    /// The subject of a speech verb written apart from it.
    enum Subject {
        case person(PersonAt)
        /// A pronoun (`Ia juga mengatakan`), at this token, resolved later like `katanya`.
        case pronoun(Int)
    }

    /// The subject before `verb` when only adverbs and the place, time or channel of the
    /// statement stand between them (`juga`, `pun`, `di Jakarta, Selasa,`, `dalam siaran persnya`):
    /// a person or pronoun that opens its sentence (or follows an opening phrase closed by a comma).
    /// A modifier opened by `yang` or `selaku` may stand there too (`Sri Mulyani, yang hadir dalam
    /// pertemuan itu, menilai`, `Agus selaku koordinator operasi pasar menjelaskan`).
    func separatedSubject(before verb: Int, in sentence: Range<Int>) -> Subject? {
        var end = verb
        var skippedModifier = false
        while end > sentence.lowerBound, verb - end < 32 {
            if end < verb {
                if let found = person(endingAt: end), found.tokens.lowerBound >= sentence.lowerBound,
                   !inQuote[found.tokens.lowerBound], subjectStart[found.tokens.lowerBound] {
                    return .person(found)
                }
                if words.has(end - 1, lexicon.pronouns), subjectStart[end - 1] { return .pronoun(end - 1) }
            }
            if !mayStandBeforeVerb(end - 1) {
                guard !skippedModifier, let opener = modifierOpener(before: end - 1, in: sentence) else { return nil }
                skippedModifier = true
                end = opener
                continue
            }
            end -= 1
        }
        return nil
    }

    /// The `yang` or `selaku` opening a modifier that contains token `index`, or the comma after a
    /// person opening an apposition (`Sutrisno Hadi, pedagang beras di Cipinang, mengatakan`,
    /// `X, saat meresmikan lumbung pangan di Soe, menyebut`), within a few words before it and
    /// without a quote mark or a sentence's end between.
    func modifierOpener(before index: Int, in sentence: Range<Int>) -> Int? {
        var cursor = index - 1
        while cursor > sentence.lowerBound, index - cursor <= 10 {
            if inQuote[cursor] || words.isQuoteMark(cursor) { return nil }
            if words.has(cursor, lexicon.relatives) { return cursor }
            // `Halim Iskandar, kakak Muhaimin, menyatakan`: a lower-case person noun after the comma opens the modifier.
            if !words.capitalized[cursor], words.has(cursor, lexicon.personHeads), cursor > sentence.lowerBound, words.isChar(cursor - 1, ","),
               personIndex.last(endingAt: cursor - 1) != nil { return cursor }
            if words.isChar(cursor, ","), personIndex.last(endingAt: cursor) != nil { return cursor }
            cursor -= 1
        }
        return nil
    }

    /// `Anies, yang berpasangan dengan Muhaimin Iskandar, mengatakan`: when the person found
    /// before a verb closes a modifier set off by commas after another person, that other person
    /// (the sentence's subject) is the speaker.
    func subjectOutsideModifier(_ found: PersonAt, verb: Int, in sentence: Range<Int>) -> PersonAt? {
        guard (found.tokens.upperBound..<verb).contains(where: { words.isChar($0, ",") }),
              let opener = modifierOpener(before: found.tokens.lowerBound, in: sentence),
              words.has(opener, lexicon.relatives) || words.has(opener, lexicon.personHeads), opener > sentence.lowerBound, words.isChar(opener - 1, ","),
              let subject = person(endingAt: opener - 1), subject.tokens.lowerBound >= sentence.lowerBound,
              !inQuote[subject.tokens.lowerBound], subjectStart[subject.tokens.lowerBound] else { return nil }
        return subject
    }

    /// `ujar mantan Gubernur DKI Jakarta itu`, `kata pria asal Cilacap tersebut`: a description of
    /// the speaker after a cue, closed by a demonstrative at the sentence's (or clause's) end,
    /// refers to the last person speaking. The token after the demonstrative. The description
    /// opens with a title, role or person noun (`laporan itu` is no one), and when capitalised it
    /// names no one (`kata Presiden Joko Widodo itu` is his).
    func describedSpeaker(from start: Int) -> Int? {
        guard start < words.count, words.kinds[start] == .word, lexicon.personHeads.contains(words.folded[start]) else { return nil }
        let capitalised = words.capitalized[start]
        var cursor = start + 1
        while cursor < words.count, cursor - start <= 14, words.sentenceOf[cursor] == words.sentenceOf[start], !words.isQuoteMark(cursor) {
            if words.has(cursor, lexicon.demonstratives) {
                let next = cursor + 1
                let closes = next >= words.count || words.sentenceOf[next] != words.sentenceOf[start]
                    || words.hasText(next, lexicon.finalMarks) || words.isChar(next, ",")
                if closes {
                    if capitalised, !personIndex.starting(in: start..<cursor).isEmpty { return nil }
                    return next
                }
            }
            cursor += 1
        }
        return nil
    }

    /// `kata mantan Kapolri itu`, `ujar Ketua Umum PBNU tersebut`: the person named earlier whose
    /// role holds every capitalised word of the description (`Kapolri`), when there is one such
    /// person; else nil, and the description refers to the last person speaking.
    func describedPerson(_ description: Range<Int>, before limit: Int) -> PersonAt? {
        let titles = description.filter { words.capitalized[$0] && (words.kinds[$0] == .word || words.kinds[$0] == .acronym) }
        // (`pria asal Cilacap itu` describes someone by origin, not by a role: the title opens the description.)
        guard let first = titles.first, first - description.lowerBound <= 1 else { return nil }
        let folded = titles.map { words.folded[$0] }
        var match: PersonAt?
        for person in persons where person.tokens.upperBound <= limit && !inQuote[person.tokens.lowerBound] {
            guard let role = person.mention.role?.lowercased(),
                  folded.allSatisfy({ word in role.split(separator: " ").contains { $0 == word } }) else { continue }
            if let match, match.mention.canonical != person.mention.canonical { return nil }
            match = person
        }
        return match
    }

    /// `Politikus PKS ini menilai ...`, `Pelatih asal Kroasia itu juga menyebut ...`: a short
    /// description of a person (opening with a title or role noun, closed by a demonstrative)
    /// as the subject refers to the last person speaking. The token to resolve before.
    /// The description may follow an opening phrase closed by a comma (`Lewat unggahan di media
    /// sosial, pemain asal Jember itu mengatakan ...`).
    func describedSubject(before verb: Int, in sentence: Range<Int>) -> Int? {
        var cursor = verb - 1
        while cursor > sentence.lowerBound, verb - cursor <= 4 {
            if words.has(cursor, lexicon.demonstratives) {
                var start = cursor
                while start > sentence.lowerBound, cursor - start < 8, !words.isChar(start - 1, ",") { start -= 1 }
                guard start < cursor, start == sentence.lowerBound || words.isChar(start - 1, ","), !inQuote[start],
                      words.has(start, lexicon.personHeads) else { return nil }
                let description = start..<cursor
                guard description.count <= 8, !description.contains(where: { words.isChar($0, ",") || words.isQuoteMark($0) || inQuote[$0] }),
                      personIndex.starting(in: description).isEmpty else { return nil }
                return start
            }
            guard mayStandBeforeVerb(cursor) else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// Tokens that may stand between a speaker and the verb or follow the speaker after a cue:
    /// listed adverbs and adjuncts, capitalised words (places, weekdays, `ANTARA`), numbers and
    /// the punctuation of a date (`Selasa (29/3/2022)`), commas.
    func mayStandBeforeVerb(_ index: Int) -> Bool {
        if inQuote[index] || words.isQuoteMark(index) { return false }
        switch words.kinds[index] {
        case .word:
            return words.capitalized[index] || words.has(index, lexicon.subjectAdjuncts)
        case .acronym, .abbreviation, .initial, .number, .time:
            return true
        case .punctuation:
            return words.isChar(index, ",") || words.isChar(index, "(") || words.isChar(index, ")") || words.isChar(index, "/")
        default:
            return false
        }
    }

    /// `Harga naik, kata Teten.` and `Meski ..., ungkap Teten, penerapan ... membuat ...`: the
    /// words before a cue set off by a comma, and the words after it when the sentence goes on.
    /// `menurut X` inside a sentence is such a cue (`Dalam dua bulan terakhir, menurut Yohanes, ...`).
    func reportedCue(_ sentence: Range<Int>) -> [(first: Int, quote: Quote, resolveBefore: Int?)] {
        let end = clauseEnd(sentence)
        var cue = sentence.lowerBound + 2
        while cue < end {
            defer { cue += 1 }
            guard words.isChar(cue - 1, ","), !inQuote[cue], words.kinds[cue] == .word, !words.capitalized[cue] else { continue }
            guard let attribution = reportedAttribution(cue, end: end) else { continue }
            let before = sentence.lowerBound..<(cue - 1)
            guard !before.contains(where: { inQuote[$0] }) else { return [] }
            var found: [(first: Int, quote: Quote, resolveBefore: Int?)] = []
            let verb = words.text[cue]
            // `Penyelidikan, ujar Reza, ...`, `Namun, kata dia, ...`: the opening before the cue is the
            // statement's first part, however short; a short time phrase pointing back (`Sehari
            // sebelumnya, kata X, ...`) dates the statement instead.
            if !before.isEmpty, before.count > 2 || !words.has(before.upperBound - 1, lexicon.timeAnaphors) {
                found.append((before.lowerBound, Quote(span: span(before), direct: false, verb: verb, speaker: attribution.speaker,
                                                       speakerSpan: attribution.speakerSpan, rule: "quote.indirect-cue-after"), attribution.resolveBefore))
            }
            // The sentence goes on after the cue: a second part by the same speaker, unless only the
            // place and time of the statement follow (`, kata Teten di Jakarta, Selasa.`).
            let after = attribution.end..<end
            if after.count >= 3, !after.allSatisfy({ mayStandBeforeVerb($0) }) {
                found.append((after.lowerBound, Quote(span: span(after), direct: false, verb: verb, speaker: attribution.speaker,
                                                      speakerSpan: attribution.speakerSpan, rule: "quote.indirect-inserted-cue"), attribution.resolveBefore))
            }
            return found
        }
        return []
    }

    /// The speaker after the cue at `cue` (a person, a pronoun, or the clitic's `-nya`), and the
    /// token after the attribution's closing comma (or `end` when it closes the sentence).
    func reportedAttribution(_ cue: Int, end: Int) -> (speaker: Speaker?, speakerSpan: Span?, resolveBefore: Int?, end: Int)? {
        var speakerValue: Speaker?
        var speakerSpan: Span?
        var resolveBefore: Int?
        var cursor: Int
        if lexicon.clitics.contains(words.folded[cue]) || words.has(cue, lexicon.sourcePronouns) {
            resolveBefore = cue
            cursor = cue + 1
        } else if words.has(cue, lexicon.cues) || words.has(cue, lexicon.sources) {
            if cue + 1 < end, words.has(cue + 1, lexicon.pronouns) {
                resolveBefore = cue
                cursor = cue + 2
            } else if let described = describedSpeaker(from: cue + 1), described <= end {
                if let named = describedPerson(cue + 1..<described, before: cue) ?? personByRole(head: cue + 1, end: described, before: cue) {
                    speakerValue = speaker(named)
                } else {
                    resolveBefore = cue
                }
                cursor = described
            } else {
                var limit = cue + 1
                while limit < end, limit - cue < 16, !words.isChar(limit, ",") { limit += 1 }
                guard let found = person(in: cue + 1..<limit) else { return nil }
                // Only a role may come between the cue and the name (`ungkap Menteri Koperasi Teten`).
                guard (cue + 1..<found.tokens.lowerBound).allSatisfy({ words.capitalized[$0] || words.kinds[$0] != .word || joinsName($0) }) else { return nil }
                speakerValue = speaker(found)
                speakerSpan = found.mention.span
                cursor = found.tokens.upperBound
            }
        } else {
            return nil
        }
        // Then only the place and time of the statement, up to a comma or the sentence's end.
        while cursor < end, !words.isChar(cursor, ",") {
            guard mayStandBeforeVerb(cursor) else { return nil }
            cursor += 1
        }
        // `, kata Teten di Jakarta, Selasa, penerapan ...`: the date after the place belongs to the cue.
        while cursor < end, words.isChar(cursor, ","), cursor + 1 < end, words.kinds[cursor + 1] != .word || words.capitalized[cursor + 1],
              let next = nextComma(after: cursor + 1, end: end), (cursor + 1..<next).allSatisfy({ mayStandBeforeVerb($0) }), next - cursor <= 6 {
            cursor = next
        }
        return (speakerValue, speakerSpan, resolveBefore, cursor < end ? cursor + 1 : end)
    }

    /// The next comma at or after `index` before `end`.
    func nextComma(after index: Int, end: Int) -> Int? {
        var cursor = index
        while cursor < end {
            if words.isChar(cursor, ",") { return cursor }
            cursor += 1
        }
        return nil
    }
}
