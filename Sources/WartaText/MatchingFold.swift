/// Folds the typographic variants that news text mixes freely into one form for matching:
/// curly and straight quotes, the dash family, no-break and other spaces, and invisible
/// characters (zero-width spaces and joiners, soft hyphens, byte-order marks). Folding never
/// changes a span: it is applied to copies used for lookup, while offsets keep pointing into the
/// original input.
public enum MatchingFold {
    /// The folded form of one scalar: nil when it is invisible and should be dropped.
    @inlinable
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A, 0x0060, 0x00B4: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
        default: return scalar
        }
    }

    /// True for scalars that `fold` drops.
    @inlinable
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool { fold(scalar) == nil }

    /// True for quote marks of any style (after folding: `"` or `'`).
    @inlinable
    public static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        let folded = fold(scalar)
        return folded == "\"" || folded == "'"
    }

    /// The folded copy of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { result.append(folded) }
        }
        return String(result)
    }
}
