import WartaSegmentation
import WartaText

extension Token {
    /// The form used for lookups: NFC, with quote, dash and space variants folded and invisible
    /// characters dropped (`“` → `"`, `pe\u{AD}merintah` → `pemerintah`). Offsets still point at
    /// the original text; only this copy changes. ASCII tokens are returned as they are.
    public func matchingForm(in source: SourceText) -> String {
        let text = source.text(bytes: byteRange)
        return flags.contains(.nonASCII) ? Token.matchingForm(of: text) : text
    }

    /// The matching form of any text (see `matchingForm(in:)`).
    public static func matchingForm(of text: String) -> String {
        Normalizer.nfc(MatchingFold.fold(text))
    }
}
