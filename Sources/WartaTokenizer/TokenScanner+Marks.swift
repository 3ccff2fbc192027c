import WartaText

extension TokenScanner {
    /// Punctuation, symbols and emoji, and the tokens they start: `#tag`, `@name`, `$20`, `...`.
    func otherToken(_ current: Segment) -> Token {
        let start = current.start
        let lead = bytes[start]
        if (lead == 0x23 || lead == 0x40), let word = segment(cursor + 1), word.start == current.end,
           word.kind == .letter || word.kind == .number {
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
            var position = cursor
            while adjacentByte(after: position, 0x2E) { position += 1 }
            return finish(.punctuation, start, segments[position].end, through: position)
        }
        return finish(markKind(current), start, current.end, through: cursor)
    }

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
        if properties.isEmojiPresentation || (properties.isEmoji && scalar.value > 0x2100) { return .emoji }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }
}
