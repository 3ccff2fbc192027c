import CWartaICU

/// Sentence boundaries of pure-ASCII text found without ICU, by the Unicode sentence-break rules
/// (UAX #29) over ICU's own Sentence_Break classes of the ASCII characters. Like
/// `ASCIIWordBreaks`, the rules are used only after `isConsistentWithICU` has checked them against
/// the installed ICU's sentence iterator; if one probe disagrees, every text goes to ICU.
public enum ASCIISentenceBreaks {
    enum Class: UInt8 {
        case other, aTerm, close, format, lower, numeric, oLetter, sep, sp, sTerm, upper, cr, extend, lf, sContinue
    }

    /// The class of each ASCII character, asked of ICU (UCHAR_SENTENCE_BREAK).
    nonisolated(unsafe) static let classTable: UnsafePointer<Class> = {
        let table = UnsafeMutablePointer<Class>.allocate(capacity: 128)
        for byte in 0..<128 { table[byte] = Class(rawValue: UInt8(truncatingIfNeeded: warta_sentence_break(Int32(byte)))) ?? .other }
        return UnsafePointer(table)
    }()

    /// True when the rules give the installed ICU's sentence boundaries on every probe: every
    /// ASCII character in the places the rules look at (after a terminator, after its closing
    /// marks and spaces, before a lower-case word, between letters).
    public static let isConsistentWithICU = ICUAgreement.holds(.sentence, contexts: [
        "a%b", "A. %b", "A. %B", "a.%b", "a.%B", "a.%3", "a. %3 b", "a? %b", "a?%\" B", "a.\" %b", "a.) % B", "%. b", "%.B",
        "a%. b", "a%. B", "3.%", "a.% b", "a.%\r\nB", "x. % y", "x! % Y", "%%", "a%", "%a", "a. (%b", "Dr. %x", "e.g. %x y",
        "a.%%b", "a? %%B", "a.\r%b", "a.\n%b",
    ]) { bytes in
        ICUAgreement.boundaries(bytes) { sentenceEnd($0, from: $1) }
    }

    /// The end of the sentence of ASCII `bytes` starting at `start` (the next boundary).
    static func sentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return count }
        let table = classTable
        @inline(__always) func kind(_ index: Int) -> Class { table[Int(base[index])] }
        var index = start
        while index < count {
            let current = kind(index)
            // SB3, SB4: a paragraph separator ends the sentence (CR LF together).
            if current == .cr {
                return index + 1 < count && kind(index + 1) == .lf ? index + 2 : index + 1
            }
            if current == .lf || current == .sep { return index + 1 }
            guard current == .aTerm || current == .sTerm else {
                index += 1
                continue
            }
            // A terminator, its closing marks and spaces (SB9, SB10 keep them together).
            var end = index + 1
            while end < count, kind(end) == .close { end += 1 }
            while end < count, kind(end) == .sp { end += 1 }
            if end < count, kind(end) == .cr || kind(end) == .lf || kind(end) == .sep {
                return kind(end) == .cr && end + 1 < count && kind(end + 1) == .lf ? end + 2 : end + 1  // SB11 with ParaSep
            }
            if end == count { return count }
            let next = index + 1
            if current == .aTerm, next < count {
                let after = kind(next)
                // SB6: `3.5`; SB7: `U.S`.
                if after == .numeric { index = next; continue }
                if after == .upper, index > 0, kind(index - 1) == .upper || kind(index - 1) == .lower { index = next; continue }
                // SB8: a lower-case letter comes before any letter, separator or terminator.
                var look = end
                while look < count {
                    let kind = kind(look)
                    if kind == .oLetter || kind == .upper || kind == .lower || kind == .sep || kind == .cr || kind == .lf
                        || kind == .aTerm || kind == .sTerm { break }
                    look += 1
                }
                if look < count, kind(look) == .lower { index = next; continue }
            }
            // SB8a: a continuation or another terminator follows.
            let following = kind(end)
            if following == .sContinue || following == .aTerm || following == .sTerm { index = next; continue }
            return end  // SB11
        }
        return count
    }
}
