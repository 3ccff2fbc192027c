import WartaSegmentation
import WartaText

/// One ICU word segment, classified.
struct Segment {
    enum Class: UInt8 { case space, letter, number, other }
    var start: Int
    var end: Int
    var kind: Class
}

/// Turns ICU word segments into Warta tokens, applying the Indonesian rules (a class, so that the
/// hot loop never copies it). Segments arrive in
/// batches; `drain` emits tokens up to a point from which no rule can look back.
final class TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: TokenizerLexicon
    let segments = SegmentBuffer(capacity: BreakIterator.batchSize * 2 + TokenScanner.lookahead)
    /// Index of the next segment to turn into tokens.
    var cursor = 0
    /// The last token emitted (rules about initials look back at it).
    var last: Token? = nil
    /// The end of the furthest token made so far: segments before it are already covered.
    var covered = 0

    /// How far rules may look ahead, in segments.
    static let lookahead = 12

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: TokenizerLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
    }

    /// Records the segment `start..<end`. White space is not kept: rules that care about a gap
    /// look at the bytes between two segments. A segment (or its head) that an emitted token
    /// already covers is dropped: byte-level rules (URLs, e-mail addresses) may run past the
    /// segments buffered so far.
    func append(start: Int, end: Int) {
        var start = start
        if start < covered {
            if end <= covered { return }
            start = covered
        }
        let kind = classify(at: start)
        if kind == .space { return }
        segments.append(Segment(start: start, end: end, kind: kind))
    }

    /// The class of a segment starting at `start`, from its first scalar.
    @inline(__always) func classify(at start: Int) -> Segment.Class {
        let lead = bytes[start]
        if lead < 0x80 {
            if ByteClass.isLetter(lead) { return .letter }
            if ByteClass.isDigit(lead) { return .number }
            if ByteClass.isASCIISpace(lead) { return .space }
            return .other
        }
        return ByteClass.classifyNonASCII(ByteClass.scalar(in: bytes, at: start).0)
    }

    /// True when only spaces (no line break) lie between `end` and `start`, at most `limit` bytes.
    func isSpaceGap(from end: Int, to start: Int, limit: Int) -> Bool {
        guard start - end <= limit else { return false }
        var index = end
        while index < start {
            let (scalar, length) = ByteClass.scalar(in: bytes, at: index)
            if scalar == "\n" || scalar == "\r" || !ByteClass.isSpaceOrInvisible(scalar) { return false }
            index += length
        }
        return true
    }

    func drain(final: Bool, _ emit: (Token) throws -> Void) throws {
        let limit = final ? segments.count : segments.count - Self.lookahead
        while cursor < limit {
            if let token = nextToken() {
                last = token
                try emit(token)
            }
        }
        if cursor > 0 && (final || cursor > BreakIterator.batchSize) {
            segments.removeFirst(min(cursor, segments.count))
            cursor = 0
        }
    }

    // MARK: - Segment access

    @inline(__always) func segment(_ index: Int) -> Segment? {
        index < segments.count ? segments[index] : nil
    }

    /// The segment after `index` if it starts exactly where `index` ends and has one byte equal to `byte`.
    @inline(__always) func adjacentByte(after index: Int, _ byte: UInt8) -> Bool {
        guard let next = segment(index + 1) else { return false }
        return next.end - next.start == 1 && bytes[next.start] == byte
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    func flags(_ start: Int, _ end: Int) -> TokenFlags {
        var flags: TokenFlags = []
        let lead = bytes[start]
        if ByteClass.isUpper(lead) { flags.insert(.capitalized) }
        for index in start..<end where bytes[index] >= 0x80 {
            flags.insert(.nonASCII)
            if lead >= 0x80, ByteClass.isUppercase(ByteClass.scalar(in: bytes, at: start).0) { flags.insert(.capitalized) }
            break
        }
        return flags
    }

    // MARK: - Rules

    /// The token starting at `cursor`, advancing past what it covers; nil for white space.
    func nextToken() -> Token? {
        let current = segments[cursor]
        switch current.kind {
        case .space:
            cursor += 1
            return nil
        case .letter, .number:
            return wordLike(current)
        case .other:
            return otherToken(current)
        }
    }

    func finish(_ kind: TokenKind, _ start: Int, _ end: Int, through index: Int, flags extra: TokenFlags = []) -> Token {
        cursor = index + 1
        // Swallow segments a byte-level rule (URL, e-mail) already covered; a segment it covers
        // only in part keeps its tail, so no text is lost and no two tokens overlap.
        while cursor < segments.count && segments[cursor].start < end {
            if segments[cursor].end > end {
                segments[cursor] = Segment(start: end, end: segments[cursor].end, kind: classify(at: end))
                break
            }
            cursor += 1
        }
        covered = max(covered, end)
        return Token(kind: kind, flags: flags(start, end).union(extra), byteStart: start, byteEnd: end)
    }

    func wordLike(_ current: Segment) -> Token {
        let start = current.start
        if let end = urlEnd(at: start) ?? (mayStartEmail(current) ? emailEnd(at: start) : nil) {
            let kind: TokenKind = bytes[start..<end].contains(0x40) && !bytes[start..<end].contains(0x2F) ? .email : .url
            return finish(kind, start, end, through: cursor)
        }
        if let token = money(startingAt: cursor) { return token }
        if current.kind == .number || ByteClass.isDigit(bytes[start]) {
            if let token = numberToken(current) { return token }
        }
        if let token = hyphenChain(from: cursor) { return token }
        if let token = initialOrAbbreviation(current) { return token }
        if let end = domainEnd(current) {
            // ICU 72 keeps `humas@kominfo.go.id` in one segment, so e-mail addresses arrive here too.
            return finish(bytes[start..<end].contains(0x40) ? .email : .url, start, end, through: cursor)
        }
        return finish(wordKind(start, current.end), start, current.end, through: cursor)
    }

    /// An e-mail address needs `@` right after the word or after `.`, `_`, `-`, `+` joined parts.
    func mayStartEmail(_ segment: Segment) -> Bool {
        guard segment.end < bytes.count else { return false }
        let next = bytes[segment.end]
        return next == 0x40 || next == 0x2E || next == 0x5F || next == 0x2D || next == 0x2B
    }

    func wordKind(_ start: Int, _ end: Int) -> TokenKind {
        var upper = 0
        var lower = 0
        var digits = 0
        for index in start..<end {
            let byte = bytes[index]
            if ByteClass.isUpper(byte) { upper += 1 } else if ByteClass.isLower(byte) { lower += 1 } else if ByteClass.isDigit(byte) { digits += 1 }
        }
        if digits > 0 && (upper + lower) > 0 { return .identifier }
        if digits > 0 { return .number }
        if upper >= 2 && lower == 0 { return .acronym }
        return .word
    }

    /// `14.00`, `9:30`, `5%`, `14,68`; nil when the number starts a hyphen chain (`1990-an`).
    func numberToken(_ current: Segment) -> Token? {
        let start = current.start
        let end = current.end
        if isClockTime(start, end) { return finish(.time, start, end, through: cursor) }
        if adjacentByte(after: cursor, 0x3A), let minutes = segment(cursor + 2), minutes.start == current.end + 1,
           isTwoDigits(minutes), end - start <= 2, isClockTime(start, minutes.end, separator: 0x3A) {
            return finish(.time, start, minutes.end, through: cursor + 2)
        }
        if adjacentByte(after: cursor, 0x25) {
            return finish(.percent, start, end + 1, through: cursor + 1)
        }
        if let next = segment(cursor + 1), next.start == end, bytes[next.start] == 0x25 {
            return finish(.percent, start, next.end, through: cursor + 1)
        }
        // Full-width or other percent signs are rare; a hyphen may start a chain (`1990-an`).
        if isHyphen(cursor + 1), let after = segment(cursor + 2), after.start == segments[cursor + 1].end, after.kind == .letter {
            return nil
        }
        if !isNumeric(current) { return nil }  // `10km`: an identifier, decided later
        return finish(.number, start, end, through: cursor)
    }

    func isTwoDigits(_ segment: Segment) -> Bool {
        segment.end - segment.start == 2 && ByteClass.isDigit(bytes[segment.start]) && ByteClass.isDigit(bytes[segment.start + 1])
    }

    /// `H.MM` or `HH.MM` (or with `:`), hours up to 24 and minutes up to 59.
    func isClockTime(_ start: Int, _ end: Int, separator: UInt8 = 0x2E) -> Bool {
        let length = end - start
        guard length == 4 || length == 5, bytes[end - 3] == separator else { return false }
        let hourEnd = end - 3
        var hours = 0
        for index in start..<hourEnd {
            guard ByteClass.isDigit(bytes[index]) else { return false }
            hours = hours * 10 + Int(bytes[index] - 0x30)
        }
        guard ByteClass.isDigit(bytes[end - 2]), ByteClass.isDigit(bytes[end - 1]) else { return false }
        let minutes = Int(bytes[end - 2] - 0x30) * 10 + Int(bytes[end - 1] - 0x30)
        return hours <= 24 && minutes <= 59
    }

    func isHyphen(_ index: Int) -> Bool {
        guard let segment = segment(index), segment.kind == .other else { return false }
        let (scalar, length) = ByteClass.scalar(in: bytes, at: segment.start)
        return length == segment.end - segment.start && ByteClass.isJoiningHyphen(scalar)
    }
}
