import WartaText

extension TokenScanner {
    func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where ByteClass.lower(bytes[start + offset]) != pointer[offset] { return false }
        return true
    }

    /// The end of a URL starting at `start` (`https://...`, `www....`), trailing punctuation excluded.
    func urlEnd(at start: Int) -> Int? {
        guard bytes[start] == 0x68 || bytes[start] == 0x48 || bytes[start] == 0x77 || bytes[start] == 0x57 || bytes[start] == 0x66 else { return nil }
        guard hasPrefix("http://", at: start) || hasPrefix("https://", at: start) || hasPrefix("www.", at: start) || hasPrefix("ftp://", at: start) else {
            return nil
        }
        var end = start
        var open = 0
        while end < bytes.count {
            let byte = bytes[end]
            if ByteClass.isASCIISpace(byte) || byte == 0x22 || byte == 0x3C || byte == 0x3E { break }
            if byte >= 0x80 {
                let (scalar, length) = ByteClass.scalar(in: bytes, at: end)
                if ByteClass.isSpaceOrInvisible(scalar) || MatchingFold.isQuote(scalar) { break }
                end += length
                continue
            }
            if byte == 0x28 { open += 1 }
            if byte == 0x29 { if open == 0 { break }; open -= 1 }
            end += 1
        }
        while end > start, let last = Optional(bytes[end - 1]), [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27].contains(last) { end -= 1 }
        return end - start > 4 ? end : nil
    }

    /// The end of an e-mail address starting at `start` (`humas@kominfo.go.id`).
    func emailEnd(at start: Int) -> Int? {
        if start > 0 && isEmailLocal(bytes[start - 1]) { return nil }
        var index = start
        while index < bytes.count && isEmailLocal(bytes[index]) { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == 0x40 else { return nil }
        index += 1
        let domainStart = index
        while index < bytes.count && (ByteClass.isAlnum(bytes[index]) || bytes[index] == 0x2D || bytes[index] == 0x2E) {
            index += 1
        }
        // A sentence's full stop after the address is not part of it.
        while index > domainStart && bytes[index - 1] == 0x2E { index -= 1 }
        guard let lastDot = (domainStart..<index).last(where: { bytes[$0] == 0x2E }), lastDot > domainStart else { return nil }
        return index
    }

    func isEmailLocal(_ byte: UInt8) -> Bool {
        ByteClass.isAlnum(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2D || byte == 0x2B || byte == 0x25
    }

    /// A dotted name ending in a known top-level domain (`kominfo.go.id`), which ICU keeps as one segment.
    func domainEnd(_ first: Segment) -> Int? {
        // ICU splits at a stop after digits (`covid19` `.` `go.id`): join adjacent dotted parts.
        var segment = first
        var position = cursor
        while adjacentByte(after: position, 0x2E), let next = self.segment(position + 2), next.start == segment.end + 1,
              next.kind == .letter || next.kind == .number {
            segment = Segment(start: first.start, end: next.end, kind: .letter)
            position += 2
        }
        var lastDot = -1
        var dots = 0
        for index in segment.start..<segment.end where bytes[index] == 0x2E {
            lastDot = index
            dots += 1
        }
        guard dots > 0, lastDot > segment.start, lastDot < segment.end - 1 else { return nil }
        let tld = text(lastDot + 1, segment.end).lowercased()
        guard lexicon.topLevelDomains.contains(tld) else { return nil }
        // A capital after each dot is an abbreviation (`S.H`), not a domain.
        if ByteClass.isUpper(bytes[lastDot + 1]) && segment.end - lastDot - 1 <= 2 { return nil }
        return segment.end
    }
}
