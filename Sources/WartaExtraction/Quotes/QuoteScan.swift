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
    var quotes: [(first: Int, quote: Quote)] = []

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
    }

    mutating func run() -> [Quote] {
        let pairs = quotePairs()
        for pair in pairs { for index in pair.open + 1..<pair.close { inQuote[index] = true } }
        direct(pairs)
        indirect()
        quotes.sort { $0.first < $1.first }
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
            if let found = persons.first(where: { $0.tokens.lowerBound == index }) { return found }
        }
        return nil
    }

    /// The person mention ending at `end` (exclusive), skipping degrees and commas (`Yusran, S.Sos.`).
    func person(endingAt end: Int) -> PersonAt? {
        var cursor = end
        while cursor > 0, words.kinds[cursor - 1] == .abbreviation || words.text[cursor - 1] == "," { cursor -= 1 }
        return persons.last { $0.tokens.upperBound == cursor }
    }

    /// The most recent person mentioned outside quotes before token `index`.
    func recentSpeaker(before index: Int) -> Speaker? {
        if let last = quotes.last(where: { $0.first < index && $0.quote.speaker != nil }),
           let lastPerson = persons.last(where: { $0.tokens.upperBound <= index && !inQuote[$0.tokens.lowerBound] }),
           document.tokens[lastPerson.tokens.lowerBound].byteStart < last.quote.byteStart {
            return last.quote.speaker
        }
        guard let found = persons.last(where: { $0.tokens.upperBound <= index && !inQuote[$0.tokens.lowerBound] }) else { return nil }
        return speaker(found)
    }

    func speaker(_ found: PersonAt) -> Speaker {
        Speaker(name: found.mention.canonical, role: found.mention.role, organisation: found.mention.organisation)
    }

    func span(_ range: Range<Int>) -> Span {
        document.span(document.tokens[range.lowerBound].byteStart..<document.tokens[range.upperBound - 1].byteEnd)
    }
}
