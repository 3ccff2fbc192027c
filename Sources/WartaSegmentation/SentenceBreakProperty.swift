import CWartaICU
import WartaText

/// ICU's Sentence_Break character property (Unicode UAX #29), reduced to the roles that decide
/// where ICU's sentence iterator may put a boundary. By UAX #29 a boundary inside a text only
/// ever follows a terminator (`.`, `?`, `!` and their kin), the closing marks and spaces after
/// it, or a paragraph separator: a stretch without those has no boundary inside it, and a
/// splitter can skip the iterator for it.
public enum SentenceBreakProperty {
    /// What a character can do to a sentence boundary.
    public enum Role: UInt8, Sendable {
        /// Neither ends a sentence nor attaches to a terminator.
        case other
        /// `.` `?` `!` and the other ATerm and STerm characters: a boundary may follow.
        case terminator
        /// Closing punctuation and quotation marks (Close), and marks and format characters that
        /// attach to what precedes (Extend, Format): they may stand between a terminator and its
        /// boundary.
        case attached
        /// CR, LF and the paragraph separators (Sep): a boundary always follows.
        case separator
    }

    /// The role of every ASCII character, asked of ICU once.
    private static let asciiRoles: [Role] = (0..<128).map { role(icu: warta_sentence_break(Int32($0))) }

    private static func role(icu value: Int32) -> Role {
        switch value {
        case 1, 9: return .terminator        // ATerm, STerm
        case 2, 3, 12: return .attached      // Close, Format, Extend
        case 7, 11, 13: return .separator    // Sep, CR, LF
        default: return .other
        }
    }

    /// False when ICU's sentence rules allow no boundary inside UTF-8 `bytes` before their end:
    /// no paragraph separator, and nothing after the first terminator but terminators, closing
    /// marks and attached marks (`… kata dia.”`). Most news paragraphs are one such sentence.
    public static func mayHaveInnerBoundary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let roles = asciiRoles
        var index = 0
        /// The role of the character at `index`, moving past it.
        func nextRole() -> Role {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                return roles[Int(lead)]
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            index += length
            return role(of: scalar)
        }
        // Up to the first terminator only terminators, separators and non-ASCII characters matter:
        // skip to them eight bytes at a time.
        if let finder = terminatorFinder {
            while true {
                index = finder.first(in: bytes, from: index, to: bytes.count)
                guard index < bytes.count else { return false }
                let role = nextRole()
                if role == .separator { return true }
                if role == .terminator { break }
            }
        }
        var terminated = terminatorFinder != nil
        while index < bytes.count {
            switch nextRole() {
            case .other: if terminated { return true }
            case .terminator: terminated = true
            case .attached: break
            case .separator: return true
            }
        }
        return false
    }

    /// Finds the ASCII terminators and separators (`.` `!` `?` CR LF in ICU 72) and any non-ASCII
    /// byte; nil if ICU ever names more than five ASCII characters (then every byte is looked at).
    private static let terminatorFinder: ByteFinder? = {
        let wanted = (0..<128).filter { asciiRoles[$0] == .terminator || asciiRoles[$0] == .separator }.map { UInt8($0) }
        return (1...5).contains(wanted.count) ? ByteFinder(wanted, nonASCII: true) : nil
    }()

    /// The role of `scalar` in ICU's sentence rules.
    public static func role(of scalar: Unicode.Scalar) -> Role { role(of: scalar.value) }

    private static func role(of value: UInt32) -> Role {
        value < 0x80 ? asciiRoles[Int(value)] : role(icu: warta_sentence_break(Int32(bitPattern: value)))
    }
}
