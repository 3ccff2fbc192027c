/// Word boundaries of pure-ASCII text found without ICU, by the Unicode word-break rules
/// (UAX #29) over the ASCII classes ICU's root rules use. ICU spends about a tenth of Warta's
/// time; most news paragraphs (all of a typical Antara article) are pure ASCII.
///
/// ICU tailors the Unicode classes (`@` is a letter, `:` joins nothing), and a future ICU may
/// tailor them differently. So the rules are only used after `isConsistentWithICU` has checked
/// them against the installed ICU on every ASCII character in thirty contexts; if a single probe
/// disagrees, every text goes to ICU.
import WartaText

public enum ASCIIWordBreaks {
    /// Word-break classes of ASCII characters under ICU's root rules.
    enum Class: UInt8 {
        case other, letter, numeric, midNumLet, midNum, extendNumLet, space, cr, lf
    }

    /// Finds ASCII-only text: any byte of 0x80 or above sends a text to ICU.
    static let nonASCII = ByteFinder([0x80], nonASCII: true)
    static let lineFeed = ByteFinder([0x0A])
    static let lineFeedOrNonASCII = ByteFinder([0x0A], nonASCII: true)

    /// True when the rules give the installed ICU's boundaries on every probe (computed once).
    public static let isConsistentWithICU = ICUAgreement.holds(.word, contexts: [
        "a%b", "3%4", "a%3", "3%a", "%%", "a%", "%a", "3%", "%3", "%_", "_%", "a%%b", "3%%4", "%%%", " %", "% ", "a%_",
        "\r%", "%\n", "%\r", "a.%", "3.%", "%.a", "%.3", "a,%", "3,%", "%,3", "%,a", "a:%", "%:a", "a'%'b", "3.%.4", "%%a3.4.b%",
    ]) { bytes in
        ICUAgreement.boundaries(bytes) { segmentEnd($0, from: $1, table: classTable) }
    }

    /// The class of each ASCII byte (ICU 72 root rules), where the segmenting loop reads it (a
    /// pointer: no array checks per byte).
    nonisolated(unsafe) static let classTable: UnsafePointer<Class> = {
        let table = UnsafeMutablePointer<Class>.allocate(capacity: 128)
        for byte in 0..<128 { table[byte] = classOf(UInt8(byte)) }
        return UnsafePointer(table)
    }()

    private static func classOf(_ byte: UInt8) -> Class {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .numeric
        case UInt8(ascii: "."), UInt8(ascii: "'"): return .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): return .midNum
        case UInt8(ascii: "_"): return .extendNumLet
        case 0x20: return .space
        case 0x0D: return .cr
        case 0x0A: return .lf
        default: return .other
        }
    }

    /// The end of the segment of ASCII `bytes` starting at `start` (the next boundary).
    @inline(__always)
    static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, table: UnsafePointer<Class>) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return count }
        @inline(__always) func kind(_ index: Int) -> Class { table[Int(base[index])] }
        var before = kind(start)
        var index = start + 1
        // Most of the text: letters after letters (WB5), digits after digits (WB8).
        if before == .letter || before == .numeric {
            while index < count, kind(index) == before { index += 1 }
        }
        while index < count {
            let after = kind(index)
            defer { before = after }
            // WB3: CR × LF; WB3a/b: break around other line ends.
            if before == .cr && after == .lf { index += 1; continue }
            if before == .cr || before == .lf || after == .cr || after == .lf { return index }
            switch (before, after) {
            case (.space, .space):
                index += 1; continue  // WB3d
            case (.letter, .letter), (.numeric, .numeric), (.letter, .numeric), (.numeric, .letter):
                index += 1; continue  // WB5, WB8, WB9, WB10
            case (.letter, .extendNumLet), (.numeric, .extendNumLet), (.extendNumLet, .extendNumLet),
                 (.extendNumLet, .letter), (.extendNumLet, .numeric):
                index += 1; continue  // WB13a, WB13b
            case (.letter, .midNumLet):
                // WB6: a letter, `.` or `'`, and a letter after it.
                if index + 1 < count, kind(index + 1) == .letter { index += 1; continue }
            case (.midNumLet, .letter):
                // WB7: the joiner's letter before it.
                if index >= 2, kind(index - 2) == .letter { index += 1; continue }
            case (.numeric, .midNumLet), (.numeric, .midNum):
                // WB12: a digit, `.` `'` `,` `;`, and a digit after it.
                if index + 1 < count, kind(index + 1) == .numeric { index += 1; continue }
            case (.midNumLet, .numeric), (.midNum, .numeric):
                // WB11: the joiner's digit before it.
                if index >= 2, kind(index - 2) == .numeric { index += 1; continue }
            default:
                break
            }
            return index  // WB999
        }
        return count
    }
}
