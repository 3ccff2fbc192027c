import WartaSegmentation
import WartaText

/// One ICU word segment, classified.
struct Segment {
    enum Class: UInt8 { case space, letter, number, other }
    /// What the bytes of a word segment contain, found in one pass when it is appended.
    struct Content: OptionSet {
        let rawValue: UInt8
        static let dot = Content(rawValue: 1)
        static let at = Content(rawValue: 2)
        static let digit = Content(rawValue: 4)
        static let upper = Content(rawValue: 8)
        static let lower = Content(rawValue: 16)
        static let nonASCII = Content(rawValue: 32)
    }
    var start: Int
    var end: Int
    var kind: Class
    var content: Content = []

    /// Each byte's contribution to `Content`, so a segment is classified in one OR per byte.
    nonisolated(unsafe) static let contentTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let value = UInt8(byte)
            var content: Content = []
            if ByteClass.isLower(value) { content.insert(.lower) }
            else if ByteClass.isUpper(value) { content.insert(.upper) }
            else if ByteClass.isDigit(value) { content.insert(.digit) }
            else if value == 0x2E { content.insert(.dot) }
            else if value == 0x40 { content.insert(.at) }
            else if value >= 0x80 { content.insert(.nonASCII) }
            table[byte] = content.rawValue
        }
        return UnsafePointer(table)
    }()
}

/// Turns ICU word segments into Warta tokens, applying the Indonesian rules (a class, so that the
/// hot loop never copies it). Segments arrive in
/// batches; `drain` emits tokens up to a point from which no rule can look back.
final class TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: TokenizerLexicon
    let segments = SegmentBuffer(capacity: BreakIterator.batchSize * 2 + TokenScanner.lookahead)
    /// Index of the next segment to turn into tokens.
    @exclusivity(unchecked) var cursor = 0
    /// The last token emitted (rules about initials look back at it).
    @exclusivity(unchecked) var last: Token? = nil
    /// The end of the furthest token made so far: segments before it are already covered.
    @exclusivity(unchecked) var covered = 0
    /// `Segment.contentTable`, read once (the lazy global's check ran for every segment).
    let contentTable = Segment.contentTable

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
        guard kind == .letter || kind == .number else {
            segments.append(Segment(start: start, end: end, kind: kind))
            return
        }
        let content = self.content(start, end)
        if kind == .letter && content.contains(.dot) && content.isDisjoint(with: [.digit, .at]) && end - start > 2
            && bytes[start] != 0x2E && bytes[end - 1] != 0x2E {
            appendDotted(start: start, end: end)
            return
        }
        segments.append(Segment(start: start, end: end, kind: kind, content: content))
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

    /// What the bytes of `start..<end` contain.
    @inline(__always) func content(_ start: Int, _ end: Int) -> Segment.Content {
        var bits: UInt8 = 0
        let table = contentTable
        for index in start..<end { bits |= table[Int(bytes[index])] }
        return Segment.Content(rawValue: bits)
    }

    /// ICU joins letters across a full stop (`pasar.Harga`, `kominfo.go.id`, `S.H`). Keep the
    /// segment whole for web addresses, abbreviations and initials; otherwise a missing space
    /// after a full stop (`pasar.Harga`) is split into word, stop, word.
    func appendDotted(start: Int, end: Int) {
        let dotFollows = end < bytes.count && bytes[end] == 0x2E
        let whole = text(start, end)
        var parts: [Range<Int>] = []
        var partStart = start
        for index in start..<end where bytes[index] == 0x2E {
            parts.append(partStart..<index)
            partStart = index + 1
        }
        parts.append(partStart..<end)
        let isDomain = parts.count > 1 && lexicon.topLevelDomains.contains(text(parts.last!.lowerBound, parts.last!.upperBound).lowercased())
            && !ByteClass.isUpper(bytes[parts.last!.lowerBound])
        let isAbbreviation = lexicon.abbreviations[whole + (dotFollows ? "." : "")] != nil
        let isInitials = parts.allSatisfy { $0.count <= 2 }
        if isDomain || isAbbreviation || isInitials {
            segments.append(Segment(start: start, end: end, kind: .letter, content: [.dot, .upper, .lower]))
            return
        }
        for (index, part) in parts.enumerated() {
            if index > 0 { segments.append(Segment(start: part.lowerBound - 1, end: part.lowerBound, kind: .other)) }
            if !part.isEmpty {
                let capital = ByteClass.isUpper(bytes[part.lowerBound])
                segments.append(Segment(start: part.lowerBound, end: part.upperBound, kind: .letter, content: capital ? [.upper, .lower] : [.lower, .upper]))
            }
        }
    }

    /// True when exactly one space character (a no-break space counts) lies between `end` and `start`.
    func isSingleSpace(from end: Int, to start: Int) -> Bool {
        if start == end { return true }
        let (scalar, length) = ByteClass.scalar(in: bytes, at: end)
        return end + length == start && scalar != "\n" && scalar != "\r" && ByteClass.isSpaceOrInvisible(scalar)

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
        return next.start == segments[index].end && next.end - next.start == 1 && bytes[next.start] == byte
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    func flags(_ start: Int, _ end: Int) -> TokenFlags {
        var flags: TokenFlags = []
        let lead = bytes[start]
        if ByteClass.isUpper(lead) { flags.insert(.capitalized) }
        if hasNonASCII(start, end) {
            flags.insert(.nonASCII)
            if lead >= 0x80, ByteClass.isUppercase(ByteClass.scalar(in: bytes, at: start).0) { flags.insert(.capitalized) }
        }
        return flags
    }

    /// True when a byte of `start..<end` is 0x80 or above: eight bytes a load while the buffer
    /// holds eight from the position (the last load masked to the bytes in the range), else one by one.
    @inline(__always)
    func hasNonASCII(_ start: Int, _ end: Int) -> Bool {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        if let base = bytes.baseAddress {
            while index < end, index + 8 <= bytes.count {
                var word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if end - index < 8 { word &= (1 &<< UInt64((end - index) &* 8)) &- 1 }
                if word & highs != 0 { return true }
                index += 8
            }
        }
        while index < end {
            if bytes[index] >= 0x80 { return true }
            index += 1
        }
        return false
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
        // Swallow segments a byte-level rule (URL, e-mail) already covered; a segment it covers
        // only in part keeps its tail, so no text is lost and no two tokens overlap. That includes
        // the last segment of the token itself (`humas@kominfo.go.idمرحبا` is one ICU segment).
        let own = segments[index]
        cursor = own.start < end && own.end > end ? index : index + 1
        while cursor < segments.count && segments[cursor].start < end {
            if segments[cursor].end > end {
                let tail = end..<segments[cursor].end
                let kind = classify(at: end)
                segments[cursor] = Segment(start: end, end: tail.upperBound, kind: kind,
                                           content: kind == .letter || kind == .number ? content(end, tail.upperBound) : [])
                break
            }
            cursor += 1
        }
        covered = max(covered, end)
        return Token(kind: kind, flags: flags(start, end).union(extra), byteStart: start, byteEnd: end)
    }

    func wordLike(_ current: Segment) -> Token {
        let start = current.start
        if let end = urlEnd(at: start) ?? (mayStartEmail(current) || current.content.contains(.at) ? emailEnd(at: start) : nil) {
            let kind: TokenKind = bytes[start..<end].contains(0x40) && !bytes[start..<end].contains(0x2F) ? .email : .url
            return finish(kind, start, end, through: cursor)
        }
        if let token = money(startingAt: cursor) { return token }
        if current.kind == .number || ByteClass.isDigit(bytes[start]) {
            if let token = numberToken(current) { return token }
        }
        if let token = hyphenChain(from: cursor) { return token }
        if let token = initialOrAbbreviation(current) { return token }
        if current.content.contains(.dot) || adjacentByte(after: cursor, 0x2E), let end = domainEnd(current) {
            return finish(.url, start, end, through: cursor)
        }
        return finish(wordKind(current), start, current.end, through: cursor)
    }

    /// An e-mail address needs `@` right after the word or after `.`, `_`, `-`, `+` joined parts.
    func mayStartEmail(_ segment: Segment) -> Bool {
        guard segment.end < bytes.count else { return false }
        let next = bytes[segment.end]
        return next == 0x40 || next == 0x2E || next == 0x5F || next == 0x2D || next == 0x2B
    }

    func wordKind(_ segment: Segment) -> TokenKind {
        let content = segment.content
        let letters = content.contains(.upper) || content.contains(.lower) || content.contains(.nonASCII)
        if content.contains(.digit) { return letters ? .identifier : .number }
        if content.contains(.upper) && !content.contains(.lower) && !content.contains(.nonASCII) && segment.end - segment.start >= 2 {
            return .acronym
        }
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

    /// A segment that is one joining hyphen: `-`, U+2010 or U+2011 (dashes do not join).
    @inline(__always) func isHyphen(_ index: Int) -> Bool {
        guard index < segments.count else { return false }
        let segment = segments[index]
        let length = segment.end - segment.start
        let lead = bytes[segment.start]
        if length == 1 { return lead == 0x2D }
        return length == 3 && lead == 0xE2 && bytes[segment.start + 1] == 0x80
            && (bytes[segment.start + 2] == 0x90 || bytes[segment.start + 2] == 0x91)
    }
}
