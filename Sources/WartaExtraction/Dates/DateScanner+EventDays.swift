import WartaText
import WartaTokenizer

/// Days named by their place in an event already dated in the article.
///
/// | rule | example |
/// | --- | --- |
/// | `date.event-day` | `... dimulai pada Senin (10/2/2025). Pada hari pertama, ...` → `2025-02-10`; `pada Minggu (16/7), hari terakhir libur sekolah` → `2023-07-16`; `konser pada Sabtu (24/2) ... waktu hari H` → `2024-02-24`; `rapat pada 19-20 November 2024 ... pada hari kedua` → `2024-11-20` (the Nth day from the first) |
///
/// The day is the day in focus (the last day or span of days named before it, not a weekday dating
/// the statement); of a span of days, `hari pertama` and `hari H` take its first day and `hari
/// terakhir` its last. With no day named before it, it is no date (`sejak hari pertama menjabat`).
/// After an amount the words are a duration (`20 hari pertama`, `sepuluh hari terakhir`).
extension DateScanner {
    /// `terakhir`, the word naming the last day.
    static let lastWord = WordKey("terakhir", foldCase: true)

    func eventDay(at index: Int) -> DateMatch? {
        guard index + 1 < limit, let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), unit == .day,
              afterUnit < limit, isCommonWord(index) else { return nil }
        var last: Bool
        if text.length(afterUnit) == 1, text.firstByte(afterUnit) == UInt8(ascii: "H"), text.kind(afterUnit) != .number {
            // `hari H`: the day itself, not `hari H-3`.
            guard !(text.touchesNext(afterUnit) && (text.isChar(afterUnit + 1, UInt8(ascii: "-")) || text.isChar(afterUnit + 1, UInt8(ascii: "+")))) else { return nil }
            last = false
        } else if text.kind(afterUnit) == .word, let (number, _) = lexicon.periodNumerals.match(text, at: afterUnit, limit: limit), number >= 1, number <= 10 {
            // `hari kedua rapat`: the Nth day of the span of days in focus.
            guard number == 1 else {
                var match = makeMatch(index, afterUnit + 1, value: "", granularity: "day", rule: "date.event-day")
                match.anaphora = (.day, 0)
                match.focusScope = .nth(number)
                return match
            }
            last = false
        } else if text.kind(afterUnit) == .word, text.keys[afterUnit] == Self.lastWord {
            last = true
        } else {
            return nil
        }
        var match = makeMatch(index, afterUnit + 1, value: "", granularity: "day", rule: "date.event-day")
        match.anaphora = (.day, 0)
        match.focusScope = .edge(last: last)
        return match
    }
}
