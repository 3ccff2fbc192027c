/// A morpheme the stemmer can remove, independent of its spelling (`meN` is spelt me-, mem-,
/// men-, meng-, meny- or menge-).
public enum Morpheme: String, Sendable, CaseIterable, Codable {
    case meN, peN, ber, di, ke, per, se, ter, ku, kau
    case i, kan, an
    case isasi, isme, `is`, wan, wati, wi, iah
    case ku_ = "-ku", mu = "-mu", nya = "-nya"
    case lah, kah, tah, pun

    /// How the morpheme attaches.
    public enum Slot: String, Sendable, Codable { case prefix, derivational, loan, possessive, particle }

    public var slot: Slot {
        switch self {
        case .meN, .peN, .ber, .di, .ke, .per, .se, .ter, .ku, .kau: .prefix
        case .i, .kan, .an: .derivational
        case .isasi, .isme, .is, .wan, .wati, .wi, .iah: .loan
        case .ku_, .mu, .nya: .possessive
        case .lah, .kah, .tah, .pun: .particle
        }
    }
}

/// What must follow an affix's spelling for a rule to apply, read on the remaining word.
enum Next: Sendable {
    /// Anything (at least one letter).
    case any
    /// A vowel.
    case vowel
    /// A consonant other than `r`.
    case consonantNotR
    /// One of these letters.
    case oneOf(String)
    /// One of these letters, then a vowel.
    case oneOfThenVowel(String)
    /// A consonant other than these letters, then `er` (`bekerja`, `pekerja`: be-/pe- before C-er).
    case consonantThenER(except: String)
    /// A consonant other than these letters, not followed by `er`.
    case consonantNotER(except: String)
    /// `p` then a vowel other than `e`, or `p` then `l`/`r` (kept: `mempunyai`, `memproses`).
    case pKept
    /// Exactly this text starts the remainder.
    case text(String)
    /// A consonant, and the remainder is a single syllable (`mengebom`, `pengecat`).
    case monosyllable
}

/// One row of the affix table: an affix spelling, when it applies, what it gives back to the
/// root, where the rule comes from, and one example that the tests check.
///
/// Rule IDs: `CS-n` are the rules of Asian et al. (2005) "Stemming Indonesian" (confix
/// stripping), numbered as in Arifin et al. (2009) "Enhanced Confix Stripping Stemmer", whose
/// additions are `ECS-n`; `NA-...` are Nazief & Adriani (1996); `W-...` are Warta's own, each
/// documented in `docs/stemmer.md` with its measured effect.
struct AffixRule: Sendable {
    let id: String
    let morpheme: Morpheme
    /// The spelling removed from the word.
    let surface: String
    let next: Next
    /// Letters given back to the root: before it for prefixes (nasal recoding: `meny-` + `apu`
    /// -> `s`+`apu`), after it for loanword suffixes (`agam`+`is` -> `agam`+`a`).
    let restore: String
    let example: (word: String, root: String)

    init(_ id: String, _ morpheme: Morpheme, _ surface: String, _ next: Next, restore: String = "", _ word: String, _ root: String) {
        self.id = id
        self.morpheme = morpheme
        self.surface = surface
        self.next = next
        self.restore = restore
        self.example = (word, root)
    }
}
