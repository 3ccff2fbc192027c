import FoundationEssentials

/// One number as the figure rules read it, with what was written around it: `Rp123,46 triliun`
/// is 123.46 × 10^12 in IDR; `64 juta` is 64 × 10^6; `ratusan` has no value.
struct Amount {
    var start: Int
    /// Token index just after the amount (after its scale word and currency name, if any).
    var end: Int
    /// The value as written before any scale word (`123.46`), nil for vague quantities.
    var raw: Decimal?
    /// Power of ten of the scale word (`triliun` 12), 0 without one.
    var power = 0
    var currency: String? = nil
    var percent = false
    var ordinal = false
    var vague = false
    /// True when written in words (`dua puluh lima`): such numbers need a noun, unit or currency.
    var words = false
    /// How it started: `sign` (`Rp123`), `code` (`USD 1,5`), `digits`, `words`.
    var form = "digits"

    /// The value with its scale applied.
    var value: Decimal? { raw.map { $0.scaled(byPowerOfTen: power) } }
}
