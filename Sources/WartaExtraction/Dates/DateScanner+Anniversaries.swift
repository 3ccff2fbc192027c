import WartaText
import WartaTokenizer

/// Anniversaries of the state and national bodies (`calendar/anniversaries.tsv`: the day each
/// counts from).
///
/// | rule | example |
/// | --- | --- |
/// | `date.anniversary` | `HUT ke-80 RI` → `2025-08-17` (1945 + 80), `HUT RI ke-79`, `HUT ke-79 Bhayangkara` → `2025-07-01`, `Hari Ulang Tahun ke-498 Jakarta` → `2025-06-22`; `HUT TNI` without a number → the anniversary nearest the article's date |
///
/// A `HUT` of a body the table does not know (`HUT ke-25 perusahaan`) is no date; without an
/// article date a `HUT` without a number is unresolved (`XXXX-08-17`).
extension DateScanner {
    func anniversary(at index: Int) -> DateMatch? {
        guard let (role, afterWord) = lexicon.anchor(text, at: index, limit: limit), role == "anniversary" else { return nil }
        var position = afterWord
        var count = ordinalNumber(at: position)
        if count != nil { position += 1 }
        guard position < limit, let (founded, afterName) = lexicon.anniversaries.match(text, at: position, limit: limit),
              text.isCapitalized(position) else { return nil }
        position = afterName
        if count == nil, let after = ordinalNumber(at: position) {
            count = after
            position += 1
        }
        var match = makeMatch(index, position, value: "", granularity: "day", rule: "date.anniversary")
        var year = count.map { founded.year + $0 }
        if year != nil {
            match.explicitYear = true
        } else if let published {
            match.anchor = published
            year = (published.year - 1...published.year + 1).min { a, b in
                let da = CivilDate(year: a, month: founded.month, day: founded.day).map { abs($0.dayNumber - published.dayNumber) } ?? .max
                let db = CivilDate(year: b, month: founded.month, day: founded.day).map { abs($0.dayNumber - published.dayNumber) } ?? .max
                return da < db
            }
        }
        guard let year, let day = CivilDate(year: year, month: founded.month, day: founded.day) else {
            match.value = "XXXX-\(Timex.pad(founded.month, 2))-\(Timex.pad(founded.day, 2))"
            match.resolved = false
            return match
        }
        match.value = day.description
        match.day = day
        return match
    }

    /// The number of an ordinal written in digits (`ke-80`, `Ke-79`) at `index`.
    func ordinalNumber(at index: Int) -> Int? {
        guard index < limit, text.kind(index) == .ordinal else { return nil }
        let token = text.tokens[index]
        var number = 0
        for byte in text.bytes[token.byteStart..<token.byteEnd] where byte >= 0x30 && byte <= 0x39 { number = number * 10 + Int(byte - 0x30) }
        return number > 0 && number < 1000 ? number : nil
    }
}
