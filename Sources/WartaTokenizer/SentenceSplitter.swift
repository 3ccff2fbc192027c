import WartaLexicons
import WartaSegmentation
import WartaText

/// Splits body text into sentences: ICU's sentence boundaries, refined for Indonesian news.
///
/// ICU knows no Indonesian abbreviations and breaks after `Dr.`, `H.`, `Jl.`; it also breaks after
/// `?` or `!` inside a quotation whose attribution follows (`"Siap!" kata dia.`). Warta removes a
/// boundary when the text before it ends with a title abbreviation or an initial (`Johnny G.`), or
/// when the text after it starts in lowercase. Line breaks are paragraph breaks and always end a
/// sentence. Sentence ranges are trimmed of surrounding white space.
public struct SentenceSplitter: Sendable {
    public let lexicon: TokenizerLexicon
    private let iterators: IteratorPool

    public init(lexicons: LexiconStore = .embedded) throws {
        try self.init(lexicon: TokenizerLexicon(lexicons: lexicons))
    }

    /// True to ask ICU about every paragraph, even one where it can find no boundary (the tests
    /// compare the two).
    let asksICUForEveryParagraph: Bool

    public init(lexicon: TokenizerLexicon) throws {
        try self.init(lexicon: lexicon, asksICUForEveryParagraph: false)
    }

    init(lexicon: TokenizerLexicon, asksICUForEveryParagraph: Bool) throws {
        self.lexicon = lexicon
        self.iterators = try IteratorPool(kind: .sentence)
        self.asksICUForEveryParagraph = asksICUForEveryParagraph
    }

    /// Sentence byte ranges within `range` of `source`.
    public func sentences(in source: SourceText, range: Range<Int>? = nil) throws -> [Range<Int>] {
        try source.bytes.withUnsafeBufferPointer { buffer in
            try sentences(in: buffer, range: range ?? 0..<buffer.count)
        }
    }

    /// Sentence byte ranges within `range` of UTF-8 `bytes`, offsets relative to `bytes`.
    public func sentences(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            let lineEnd = Self.lineEnd.first(in: bytes, from: lineStart, to: range.upperBound)
            try splitParagraph(bytes, lineStart..<lineEnd, into: &result)
            lineStart = lineEnd + 1
        }
        return result
    }

    private func splitParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>, into result: inout [Range<Int>]) throws {
        guard let trimmed = trim(bytes, paragraph) else { return }
        var start = trimmed.lowerBound
        let slice = UnsafeBufferPointer(rebasing: bytes[trimmed])
        // Most paragraphs are one sentence: where ICU can find no boundary before the end, it is not asked.
        if asksICUForEveryParagraph || SentenceBreakProperty.mayHaveInnerBoundary(slice) {
            try iterators.withIterator { iterator in
                try iterator.forEachBatch(in: slice, statuses: false, asciiRules: !asksICUForEveryParagraph) { offsets, _ in
                    for offset in offsets {
                        let boundary = trimmed.lowerBound + Int(offset)
                        if boundary >= trimmed.upperBound { continue }
                        if suppressed(bytes, at: boundary, paragraph: trimmed) { continue }
                        for extra in missedBoundaries(bytes, in: start..<boundary) {
                            if let sentence = trim(bytes, start..<extra) { result.append(sentence) }
                            start = extra
                        }
                        if let sentence = trim(bytes, start..<boundary) { result.append(sentence) }
                        start = boundary
                    }
                }
            }
        }
        for extra in missedBoundaries(bytes, in: start..<trimmed.upperBound) {
            if let sentence = trim(bytes, start..<extra) { result.append(sentence) }
            start = extra
        }
        if let sentence = trim(bytes, start..<trimmed.upperBound) { result.append(sentence) }
    }

    /// The lead bytes of `.` and `…`.
    static let stopOrEllipsis = ByteFinder([0x2E, 0xE2])
    static let lineEnd = ByteFinder([0x0A])

    /// How far (in bytes) the rules about a boundary look before and after it.
    static let lookWindow = 64

    /// Sentence ends ICU does not see: an ellipsis `…` before a capital (`naik… Pemerintah`),
    /// and a full stop after a plain word before a number (`bertambah. 25 orang`).
    func missedBoundaries(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        let finder = Self.stopOrEllipsis
        let searchEnd = max(range.lowerBound, range.upperBound - 2)
        var index = range.lowerBound
        while true {
            index = finder.first(in: bytes, from: index, to: searchEnd)
            guard index < searchEnd else { break }
            defer { index += 1 }
            let byte = bytes[index]
            let isEllipsis = byte == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            let isStop = byte == 0x2E
            guard isEllipsis || isStop else { continue }
            let after = index + (isEllipsis ? 3 : 1)
            guard after < range.upperBound, bytes[after] == 0x20 else { continue }
            var next = after
            while next < range.upperBound && bytes[next] == 0x20 { next += 1 }
            guard next < range.upperBound else { continue }
            if isEllipsis {
                if ByteClass.isUpper(bytes[next]) { result.append(next) }
                continue
            }
            // A full stop before digits ends a sentence only after a lowercase word of 3+ letters.
            guard ByteClass.isDigit(bytes[next]) else { continue }
            var wordStart = index
            while wordStart > range.lowerBound && ByteClass.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            let word = index - wordStart
            guard word >= 3, ByteClass.isLower(bytes[wordStart]), wordStart == range.lowerBound || bytes[wordStart - 1] == 0x20 else { continue }
            if lexicon.abbreviation(bytes, wordStart, index + 1) == nil { result.append(next) }
        }
        return result
    }

    /// True when the ICU boundary at `boundary` should not end a sentence.
    func suppressed(_ bytes: UnsafeBufferPointer<UInt8>, at boundary: Int, paragraph: Range<Int>) -> Bool {
        // What follows: skip spaces and opening marks; a lowercase letter continues the sentence.
        // Both scans are bounded: a paragraph without spaces (`a.Ba.Ba.B…`, megabytes long) has a
        // boundary every few bytes, and unbounded scans made splitting it quadratic.
        let window = Self.lookWindow
        var next = boundary
        while next < min(paragraph.upperBound, boundary + window) {
            let (scalar, length) = ByteClass.scalar(in: bytes, at: next)
            if ByteClass.isSpaceOrInvisible(scalar) || scalar == "(" || MatchingFold.isQuote(scalar) { next += length; continue }
            if ByteClass.isLowercase(scalar) { return true }
            break
        }
        // What precedes: the last word before the final full stop.
        var end = boundary
        while end > paragraph.lowerBound, ByteClass.isASCIISpace(bytes[end - 1]) { end -= 1 }
        guard end > paragraph.lowerBound, bytes[end - 1] == 0x2E else { return false }
        var wordStart = end - 1
        while wordStart > paragraph.lowerBound, !ByteClass.isASCIISpace(bytes[wordStart - 1]), bytes[wordStart - 1] != 0x28 {
            wordStart -= 1
            if end - wordStart > window { return false }  // longer than any abbreviation or initial
        }
        // (The word is made a string only when a table may hold it or the initials test needs it.)
        let abbreviation = lexicon.abbreviation(bytes, wordStart, end)
        if let kind = abbreviation, kind == .title || kind == .connective { return true }
        let wordBytes = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
        if lexicon.currencyFirstBytes[Int(bytes[wordStart])], end - wordStart <= lexicon.longestCurrencySign,
           lexicon.currencySigns[String(decoding: wordBytes, as: UTF8.self)] != nil { return true }  // `Rp. 5.000`
        if abbreviation == nil, end - wordStart >= 4 {
            let word = String(decoding: wordBytes, as: UTF8.self)
            if word.count >= 4, word.dropLast().split(separator: ".").allSatisfy({ $0.count == 1 && $0.first!.isUppercase }) {
                return true  // `B.J. Habibie`
            }
        }
        // An initial: one capital and a full stop after a capitalised name (`Johnny G.`).
        if end - wordStart == 2, ByteClass.isUpper(bytes[wordStart]) {
            var previous = wordStart - 1
            while previous > paragraph.lowerBound, ByteClass.isASCIISpace(bytes[previous]), wordStart - previous < window { previous -= 1 }
            var previousStart = previous
            while previousStart > paragraph.lowerBound, !ByteClass.isASCIISpace(bytes[previousStart - 1]), previous - previousStart < window {
                previousStart -= 1
            }
            if previous > previousStart, ByteClass.isUpper(bytes[previousStart]), bytes[previous] != 0x2E || previous - previousStart == 1 {
                return true
            }
        }
        return false
    }

    func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = ByteClass.scalar(in: bytes, at: lower)
            guard ByteClass.isSpaceOrInvisible(scalar) else { break }
            lower += length
        }
        while upper > lower {
            var start = upper - 1
            while start > lower && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let (scalar, _) = ByteClass.scalar(in: bytes, at: start)
            guard ByteClass.isSpaceOrInvisible(scalar) else { break }
            upper = start
        }
        return lower < upper ? lower..<upper : nil
    }
}
