import WartaText

extension TokenScanner {
    /// Punctuation, symbols and emoji, and the tokens they start: `#tag`, `@name`, `$20`, `...`.
    func otherToken(_ current: Segment) -> Token {
        let start = current.start
        let lead = bytes[start]
        // ICU sometimes keeps `@name` whole in one segment.
        if lead == 0x40 && current.end - current.start > 1 && ByteClass.isAlnum(bytes[start + 1]) {
            return finish(.mention, start, current.end, through: cursor)
        }
        if (lead == 0x23 || lead == 0x40), let word = segment(cursor + 1), word.start == current.end,
           word.kind == .letter || (word.kind == .number && lead == 0x40) {
            let emailBefore = lead == 0x40 && start > 0 && isEmailLocal(bytes[start - 1])
            if !emailBefore {
                var position = cursor + 1
                while let next = segment(position + 1), next.start == segments[position].end,
                      next.kind == .letter || next.kind == .number || (next.end - next.start == 1 && bytes[next.start] == 0x5F) {
                    position += 1
                }
                return finish(lead == 0x23 ? .hashtag : .mention, start, segments[position].end, through: position)
            }
        }
        if let token = money(startingAt: cursor) { return token }
        if lead == 0x2E {
            // An ellipsis is three stops; a fourth is the sentence's own full stop.
            var position = cursor
            while position - cursor < 2 && adjacentByte(after: position, 0x2E) { position += 1 }
            return finish(.punctuation, start, segments[position].end, through: position)
        }
        // Degrees: `°C`, `°F`.
        if current.end - current.start == 2 && lead == 0xC2 && bytes[start + 1] == 0xB0, let unit = segment(cursor + 1),
           unit.start == current.end, unit.end - unit.start == 1, bytes[unit.start] == 0x43 || bytes[unit.start] == 0x46 {
            return finish(.symbol, start, unit.end, through: cursor + 1)
        }
        return finish(markKind(current), start, current.end, through: cursor)
    }

    @inline(never)
    func markKind(_ segment: Segment) -> TokenKind {
        let lead = bytes[segment.start]
        if lead < 0x80 {
            switch lead {
            case 0x23, 0x24, 0x25, 0x26, 0x2A, 0x2B, 0x3C, 0x3D, 0x3E, 0x40, 0x5C, 0x5E, 0x60, 0x7C, 0x7E: return .symbol
            default: return .punctuation
            }
        }
        let (scalar, _) = ByteClass.scalar(in: bytes, at: segment.start)
        let properties = scalar.properties
        // Text-style symbols such as `™` and `©` are emoji only when followed by VS16 (U+FE0F).
        let presentation = segment.end - segment.start > 3 && bytes[segment.end - 3] == 0xEF && bytes[segment.end - 2] == 0xB8 && bytes[segment.end - 1] == 0x8F
        if properties.isEmojiPresentation || (properties.isEmoji && (presentation || scalar.value >= 0x1F000)) { return .emoji }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }
}
