import WartaText

extension TokenScanner {
    /// A currency sign glued to or one space before an amount: `Rp123,46`, `Rp 5.000`, `Rp.5.000`,
    /// `US$1,5`, `$20`, `IDR 5.000`.
    func money(startingAt index: Int) -> Token? {
        guard let first = segment(index), lexicon.currencyFirstBytes[Int(bytes[first.start])] else { return nil }
        let start = first.start
        // ICU keeps `Rp123,46` whole: a sign followed by digits inside one segment.
        if first.content.contains(.digit), let signEnd = gluedSignEnd(first), signEnd < first.end {
            return finish(.money, start, first.end, through: index)
        }
        // Otherwise the sign is one to three adjacent segments (`US` `$`, `Rp` `.`).
        if first.end - start > lexicon.longestCurrencySign { return nil }
        var signIndex = index
        var signEnd = first.end
        var matched: Int? = nil
        while true {
            let length = signEnd - start
            if length > lexicon.longestCurrencySign { break }
            if lexicon.currencySigns[text(start, signEnd)] != nil { matched = signIndex }
            guard let next = segment(signIndex + 1), next.start == signEnd, next.kind == .other || next.kind == .letter,
                  signIndex - index < 2 else { break }
            signIndex += 1
            signEnd = next.end
        }
        guard let last = matched else { return nil }
        // One space at most (a no-break space counts) between the sign and the amount.
        let amountIndex = last + 1
        guard let amount = segment(amountIndex), amount.kind == .number, ByteClass.isDigit(bytes[amount.start]),
              isSingleSpace(from: segments[last].end, to: amount.start) else { return nil }
        return finish(.money, start, amount.end, through: amountIndex)
    }

    /// Where a currency sign at the start of a letter segment ends, when digits follow it directly.
    func gluedSignEnd(_ segment: Segment) -> Int? {
        guard segment.kind == .letter || segment.kind == .number else { return nil }
        var end = segment.start
        while end < segment.end && !ByteClass.isDigit(bytes[end]) { end += 1 }
        guard end > segment.start, end < segment.end, end - segment.start <= lexicon.longestCurrencySign,
              lexicon.currencySigns[text(segment.start, end)] != nil else { return nil }
        return end
    }

    /// Words and numbers joined by hyphens: `produk-produk`, `sebaik-baiknya`, `ke-3`,
    /// `se-Indonesia`, `CN-235`, `COVID-19`, `1990-an`. Number ranges (`16-31`) stay apart.
    func hyphenChain(from index: Int) -> Token? {
        guard isHyphen(index + 1) else { return nil }
        var parts = [segments[index]]
        var position = index
        while isHyphen(position + 1), let next = segment(position + 2),
              next.start == segments[position + 1].end, segments[position + 1].start == segments[position].end,
              next.kind == .letter || next.kind == .number {
            let left = segments[position]
            if isNumeric(left) && isNumeric(next) { break }
            // Ranges, not words: `November-2 Desember`, `Rp1 juta-Rp2 juta`.
            if isNumeric(next) && lexicon.monthNames.contains(text(left.start, left.end).lowercased()) { break }
            if gluedSignEnd(next) != nil { break }
            parts.append(next)
            position += 2
        }
        guard parts.count > 1 else { return nil }
        let start = parts[0].start
        let end = parts[parts.count - 1].end
        let leftText = text(parts[0].start, parts[0].end)
        let rightText = text(parts[1].start, parts[1].end)
        var extra: TokenFlags = [.hyphenated]
        let kind: TokenKind
        if leftText.lowercased() == "ke" && parts.count == 2 && isNumeric(parts[1]) {
            kind = .ordinal
        } else if parts.contains(where: { isNumeric($0) || containsDigit($0) }) {
            kind = isNumeric(parts[0]) && rightText.lowercased() == "an" ? .number : .identifier
        } else {
            if Reduplication.isReduplication(leftText, rightText) { extra.insert(.reduplicated) }
            let allCapitals = parts.allSatisfy { part in (part.start..<part.end).allSatisfy { ByteClass.isUpper(bytes[$0]) } }
            kind = allCapitals ? .acronym : .word
        }
        return finish(kind, start, end, through: position, flags: extra)
    }

    func isNumeric(_ segment: Segment) -> Bool {
        (segment.start..<segment.end).allSatisfy { ByteClass.isDigit(bytes[$0]) || bytes[$0] == 0x2E || bytes[$0] == 0x2C }
    }

    func containsDigit(_ segment: Segment) -> Bool {
        (segment.start..<segment.end).contains { ByteClass.isDigit(bytes[$0]) }
    }

    /// `G.` or `G` inside a name, or an abbreviation from the lexicon (`dll.`, `Dr.`, `S.H.`).
    func initialOrAbbreviation(_ current: Segment) -> Token? {
        let length = current.end - current.start
        let hasDot = adjacentByte(after: cursor, 0x2E)
        if length == 1, ByteClass.isUpper(bytes[current.start]), let previous = last,
           previous.flags.contains(.capitalized), previous.kind == .word || previous.kind == .initial,
           nextWordIsCapitalized(after: hasDot ? cursor + 1 : cursor) {
            return finish(.initial, current.start, hasDot ? current.end + 1 : current.end, through: hasDot ? cursor + 1 : cursor)
        }
        // A dotted capital opening a name after a comma, a bracket or a lowercase word
        // (`Kepala Dinas, R. Hadiwinoto`, `kata R. Hadiwinoto`).
        if length == 1, hasDot, ByteClass.isUpper(bytes[current.start]), let previous = last,
           opensName(after: previous), nextWordIsCapitalized(after: cursor + 1),
           lexicon.abbreviation(bytes, current.start, current.end + 1) == nil {
            return finish(.initial, current.start, current.end + 1, through: cursor + 1)
        }
        if hasDot, length >= 3, isDottedInitials(current), lexicon.abbreviation(bytes, current.start, current.end + 1) == nil {
            return finish(.initial, current.start, current.end + 1, through: cursor + 1)
        }
        if hasDot, length <= 12, lexicon.abbreviation(bytes, current.start, current.end + 1) != nil {
            return finish(.abbreviation, current.start, current.end + 1, through: cursor + 1)
        }
        return nil
    }

    /// Whether a name may start after `previous`: a comma, an opening bracket or a lowercase word.
    func opensName(after previous: Token) -> Bool {
        switch previous.kind {
        case .punctuation:
            return previous.byteCount == 1 && (bytes[previous.byteStart] == 0x2C || bytes[previous.byteStart] == 0x28)
        case .word:
            return !previous.flags.contains(.capitalized)
        default:
            return false
        }
    }

    /// `B.J` (before its final stop): capitals separated by stops.
    func isDottedInitials(_ segment: Segment) -> Bool {
        var index = segment.start
        while index < segment.end {
            guard ByteClass.isUpper(bytes[index]) else { return false }
            index += 1
            if index == segment.end { return true }
            guard bytes[index] == 0x2E else { return false }
            index += 1
        }
        return false
    }

    func nextWordIsCapitalized(after index: Int) -> Bool {
        guard let word = segment(index + 1), word.kind == .letter,
              isSpaceGap(from: segments[index].end, to: word.start, limit: 8) else { return false }
        let lead = bytes[word.start]
        return ByteClass.isUpper(lead) || (lead >= 0x80 && ByteClass.isUppercase(ByteClass.scalar(in: bytes, at: word.start).0))
    }
}
