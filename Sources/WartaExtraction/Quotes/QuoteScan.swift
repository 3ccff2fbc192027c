import WartaRecords
import WartaText
import WartaTokenizer

/// One pass over an article's quote marks and sentences. See `QuoteExtractor` for the rules.
struct QuoteScan {
    struct PersonAt {
        var tokens: Range<Int>
        var mention: PersonMention
    }

    let lexicon: QuoteLexicon
    let words: DocumentWords
    let document: Document
    var persons: [PersonAt] = []
    /// Token ranges inside quote marks (content only).
    var quoted: [Range<Int>] = []
    var inQuote: [Bool]
    var quotes: [(first: Int, quote: Quote, resolveBefore: Int?)] = []
    /// Indexes into `persons` (sorted by position, never overlapping) so that every lookup is a
    /// table read or a binary search: an article of a million words has thousands of people.
    var personIndex: PersonIndex
    /// Per token: would a person named there be the subject of its sentence (see `subjectPositions`).
    var subjectStart: [Bool] = []

    init(lexicon: QuoteLexicon, words: DocumentWords, document: Document, persons: [PersonMention]) {
        self.lexicon = lexicon
        self.words = words
        self.document = document
        inQuote = Array(repeating: false, count: words.count)
        let tokens = document.tokens
        var cursor = 0
        for mention in persons.sorted(by: { $0.byteStart < $1.byteStart }) {
            while cursor < tokens.count && tokens[cursor].byteStart < mention.byteStart { cursor += 1 }
            var end = cursor
            while end < tokens.count && tokens[end].byteEnd <= mention.byteEnd { end += 1 }
            if end > cursor { self.persons.append(PersonAt(tokens: cursor..<end, mention: mention)) }
        }
        personIndex = PersonIndex(self.persons, tokenCount: words.count)
    }

    mutating func run() -> [Quote] {
        let pairs = quotePairs()
        for pair in pairs { for index in pair.open + 1..<pair.close { inQuote[index] = true } }
        subjectStart = subjectPositions()
        direct(pairs)
        indirect()
        quotes.sort { $0.first < $1.first }
        // Pronouns and clitic cues refer back in document order, to direct and reported speech alike.
        let outsideQuotes = persons.indices.filter { !inQuote[persons[$0].tokens.lowerBound] }
        // A short name as the subject (`Dalam sambutannya, Sinta berjanji ...`) introduces its person
        // like a full name does; one before a passive verb (`Haryanto disangka ...`) is named in passing.
        let subjects = outsideQuotes.filter {
            let start = persons[$0].tokens.lowerBound
            if persons[$0].mention.rule == "person.short-name" {
                return subjectStart[start] && !passiveAfter(persons[$0].tokens.upperBound)
            }
            return subjectStart[start] || agentOfPassive(persons[$0].tokens)
        }
        var withSpeaker: [Int] = []
        for index in quotes.indices {
            if let before = quotes[index].resolveBefore {
                quotes[index].quote.speaker = recentSpeaker(before: before, quotes: quotes, withSpeaker: withSpeaker,
                                                            subjects: subjects, outsideQuotes: outsideQuotes)
            }
            // An unnamed speaker (`Seorang petani ... mengaku ...`) is who a later `kata petani tersebut` means.
            if quotes[index].quote.speaker != nil || quotes[index].quote.rule == "quote.indirect-unnamed" { withSpeaker.append(index) }
        }
        return quotes.map(\.quote)
    }

    // MARK: - Pairs of quote marks

    /// Quote marks paired in order within each paragraph; an unclosed quote runs to the paragraph's end.
    func quotePairs() -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var open: Int?
        for index in 0..<words.count {
            if let start = open, words.paragraphOf[index] != words.paragraphOf[start] {
                if index - 1 > start { pairs.append((start, index)) }
                open = nil
            }
            guard words.isQuoteMark(index) else { continue }
            if let start = open {
                if index > start + 1 { pairs.append((start, index)) }
                open = nil
            } else {
                open = index
            }
        }
        if let start = open, start + 1 < words.count { pairs.append((start, words.count)) }
        return pairs
    }

    // MARK: - Speakers

    /// The person mention starting within `range`, before any quote mark.
    func person(in range: Range<Int>) -> PersonAt? {
        for index in range where index < words.count {
            if words.isQuoteMark(index) { return nil }
            if let found = personIndex.first(startingAt: index) { return persons[found] }
        }
        return nil
    }

    /// The person mention ending at `end` (exclusive), skipping degrees and commas (`Yusran, S.Sos.`).
    func person(endingAt end: Int) -> PersonAt? {
        let cursor = words.skippingDegrees(before: end)
        let found = max(personIndex.last(endingAt: cursor) ?? -1, personIndex.last(endingAt: end) ?? -1)
        return found >= 0 ? persons[found] : nil
    }

    /// The speaker a pronoun or clitic cue before token `index` refers to: the later of the last
    /// quote's speaker and the last person introduced as the subject of a sentence outside quotes
    /// (Corpus/README, 2026-12-03: a pronoun is the person last named as a subject, usually but not
    /// always the last one quoted).
    /// A name in passing (`Haryanto disangka ...`, `sesuai arahan Presiden Joko Widodo`) does not
    /// take over from the last speaker. `withSpeaker` lists the earlier quotes that have a speaker, named or not;
    /// `subjects` and `outsideQuotes` list persons (indexes into `persons`, in order).
    func recentSpeaker(before index: Int, quotes: [(first: Int, quote: Quote, resolveBefore: Int?)], withSpeaker: [Int],
                       subjects: [Int], outsideQuotes: [Int]) -> Speaker? {
        let introduced = personIndex.last(of: subjects, endingBy: index)
        let byte = index < document.tokens.count ? document.tokens[index].byteStart : document.source.byteCount
        // Quotes are in order, so their starts are too: the last one starting before `byte`.
        let quoteBefore = PersonIndex.lastIndex(in: withSpeaker) { quotes[$0].quote.byteStart < byte }
        if let quoteBefore {
            let last = quotes[quoteBefore]
            if let introduced, document.tokens[persons[introduced].tokens.lowerBound].byteStart > last.quote.byteStart { return speaker(persons[introduced]) }
            return last.quote.speaker
        }
        if let introduced { return speaker(persons[introduced]) }
        return personIndex.last(of: outsideQuotes, endingBy: index).map { speaker(persons[$0]) }
    }

    /// For each token: would a person named there be the subject of its sentence? Yes when no
    /// lower-case word comes before it in the sentence, apart from an opening phrase closed by a
    /// comma (`Sementara itu, Kepala ... X`). One pass: the answer is set by the nearest comma or
    /// lower-case word before the token (speech cues do not count). A sentence opening with a
    /// person or a pronoun has its subject: a name after a later comma is not one (`Ia mengenang
    /// bagaimana SBY, JK, dan Sri Mulyani ...`).
    ///
    /// A subject may open with the person's description (`Juru bicara PDI Perjuangan Guntur Romli
    /// membenarkan ...`, `Aktor muda Omara Esteghlal yang ...`): after a title or role noun opening
    /// the subject, lower-case words up to the name keep it the subject unless one reads as a verb
    /// (`Polisi menangkap Budi` has no subject named).
    func subjectPositions() -> [Bool] {
        var result = Array(repeating: true, count: words.count)
        var subject = true
        var named = false
        var describing = false
        var opens = false
        for index in 0..<words.count {
            if index == 0 || words.sentenceOf[index - 1] != words.sentenceOf[index] {
                subject = true
                named = words.has(index, lexicon.pronouns) || personIndex.first(startingAt: index) != nil
                opens = true
            }
            if opens {
                // The subject opens here (the sentence's start, or after an opening phrase's comma).
                describing = subject && !named && words.kinds[index] == .word && words.has(index, lexicon.personHeads)
                opens = false
            } else if describing, personIndex.first(startingAt: index) != nil {
                describing = false
            }
            result[index] = subject
            if words.isChar(index, ",") {
                subject = !named
                describing = false
                opens = subject
            } else if words.kinds[index] == .word, !words.capitalized[index], !words.has(index, lexicon.cues),
                      !(words.has(index, lexicon.coordinators) && joinsName(index)) {
                if describing, !endsDescription(index) { continue }
                subject = false
                describing = false
            }
        }
        return result
    }

    /// True when the lower-case word at `index` cannot belong to a person's description before
    /// the name: a verb (listed, or shaped `me-`, `ber-`, `di-...-kan`), a relative or `bahwa`.
    func endsDescription(_ index: Int) -> Bool {
        if words.has(index, lexicon.personHeads) { return false }
        if words.has(index, lexicon.verbs) || words.has(index, lexicon.relatives) || words.has(index, lexicon.complementizers)
            || words.has(index, lexicon.passiveVerbs) || looksLikeActiveVerb(index) { return true }
        let folded = words.folded[index].utf8
        return folded.count >= 6 && folded.starts(with: "di".utf8) && (folded.reversed().starts(with: "nak".utf8) || folded.reversed().starts(with: "i".utf8))
    }

    /// True when the lower-case word at `index` joins two capitalised words inside one name
    /// (`Dinas Tanaman Pangan, Hortikultura dan Perkebunan`): it does not end the subject.
    func joinsName(_ index: Int) -> Bool {
        // The coordinator first: most lower-case words are none.
        guard words.has(index, lexicon.coordinators), index > 0, index + 1 < words.count,
              words.sentenceOf[index + 1] == words.sentenceOf[index] else { return false }
        return words.capitalized[index - 1] && words.kinds[index - 1] != .punctuation && words.capitalized[index + 1]
    }

    /// The speaker named by a person mention: its canonical name, role and organisation as the
    /// person scan decided them (tickets are split there, `person.ticket`), so every speaker's
    /// name is one of the article's persons.
    func speaker(_ found: PersonAt) -> Speaker {
        Speaker(name: found.mention.canonical, role: found.mention.role, organisation: found.mention.organisation)
    }

    /// `Keraguan serupa disampaikan Ketua Umum PERSI Bambang Wibowo.`: a person named, with their
    /// role, after a passive speech verb at the end of a sentence is introduced as a speaker, so a
    /// pronoun in the next sentence (`Ia mengatakan ...`) refers to them.
    func agentOfPassive(_ tokens: Range<Int>) -> Bool {
        let end = tokens.upperBound
        guard end >= words.count || words.sentenceOf[end] != words.sentenceOf[tokens.lowerBound] || words.hasText(end, lexicon.finalMarks) else { return false }
        var cursor = tokens.lowerBound - 1
        while cursor > 0, tokens.lowerBound - cursor < 14, words.sentenceOf[cursor] == words.sentenceOf[tokens.lowerBound],
              words.capitalized[cursor] || words.isChar(cursor, "(") || words.isChar(cursor, ")") {
            cursor -= 1
        }
        return cursor >= 0 && words.has(cursor, lexicon.passiveVerbs)
    }

    /// True when the word at `index` reads as a passive verb (`disangka`, `ditangkap`,
    /// `dijadwalkan`): a name before it is the subject of what was done, not one who speaks.
    func passiveAfter(_ index: Int) -> Bool {
        guard index < words.count, words.kinds[index] == .word, !words.capitalized[index] else { return false }
        let folded = words.folded[index].utf8
        return folded.count >= 6 && folded.starts(with: "di".utf8)
    }

    func span(_ range: Range<Int>) -> Span {
        document.span(ofTokens: range)
    }
}
