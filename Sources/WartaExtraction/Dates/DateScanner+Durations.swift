import FoundationEssentials
import WartaText
import WartaTokenizer

/// Amounts of time: durations, dates counted back or forward from the article, and sets.
///
/// | rule | example |
/// | --- | --- |
/// | `date.relative-previous` | `sehari sebelumnya`, `dua pekan berikutnya`, `sepekan kemudian` after `15 Agustus 2022` → `2022-08-22` (from the date in focus, see `DateScanner+Anaphora.swift`) |
/// | `date.ago` / `date.ahead` | `tiga hari lalu` → the date three days before; `dua minggu lalu` → the ISO week two weeks before; `setahun lalu`; `tiga hari lagi` |
/// | `duration.amount` | `dua dekade` P20Y (decades, centuries and windu counted in years), `tiga jam` PT3H, `14 hari` P14D, `3 menit 46 detik` PT3M46S, `4 tahun 6 bulan` P4Y6M, `10 tahun terakhir` P10Y, `1x24 jam` PT24H |
/// | `duration.vague` | `beberapa hari ke depan` PXD, `beberapa tahun terakhir` PXY (a vague amount over a span) |
/// | `set.every` | `setiap hari` P1D, `tiap pekan` P1W, `setiap dua minggu` P2W, `setiap Senin` XXXX-WXX-1, `setiap akhir pekan` XXXX-WXX-WE |
extension DateScanner {
    /// An amount before a time unit: digits (`14`, `1,5`), words (`tiga`, `setengah`) or a
    /// product (`1x24` in `1x24 jam`).
    func amount(at index: Int) -> (value: Decimal, end: Int)? {
        guard index < limit else { return nil }
        if text.kind(index) == .identifier {
            let token = text.tokens[index]
            let bytes = text.bytes[token.byteStart..<token.byteEnd]
            guard let times = bytes.firstIndex(where: { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }),
                  let a = DigitNumber.parse(bytes[..<times]), let b = DigitNumber.parse(bytes[(times + 1)...]) else { return nil }
            return (a.value * b.value, index + 1)
        }
        if text.kind(index) == .number {
            let token = text.tokens[index]
            guard let number = DigitNumber.parse(text.bytes[token.byteStart..<token.byteEnd]) else { return nil }
            return (number.value, index + 1)
        }
        return lexicon.numberWords.parse(text, at: index, limit: limit)
    }

    /// `vague`: the word at `index` is a vague amount (`beberapa`), as the scanner's trigger lookup found.
    func quantity(at index: Int, vague: Bool = false) -> DateMatch? {
        // Digits need a unit right after them; test that before reading the number.
        if text.kind(index) != .word && !(index + 1 < limit && lexicon.units.startsPhrase(text, at: index + 1)) { return nil }
        // `beberapa hari ke depan`: an amount left vague, over a span.
        if vague, let (unit, afterUnit) = lexicon.units.match(text, at: index + 1, limit: limit),
           let (role, end) = lexicon.anchor(text, at: afterUnit, limit: limit), role == "span" {
            var match = makeMatch(index, end, kind: "duration", value: Timex.duration("X", unit), granularity: unit.rawValue, rule: "duration.vague")
            match.resolved = false
            return match
        }
        var parts: [(amount: Decimal, unit: CalendarLexicon.Unit)] = []
        var position = index
        if let (unit, end) = lexicon.singleUnits.match(text, at: index, limit: limit) {
            parts.append((1, unit))
            position = end
        }
        let singleWord = !parts.isEmpty
        while !singleWord, let (value, afterAmount) = amount(at: position), let (unit, afterUnit) = lexicon.units.match(text, at: afterAmount, limit: limit) {
            // `UU Nomor 11 Tahun 2020`: the unit belongs to the year after it.
            if unit == .year && yearNumber(at: afterUnit, range: 1000...2999) != nil { break }
            // `4 tahun 6 bulan`, `3 menit 46 detik`: each further part a smaller unit.
            if let last = parts.last, Timex.rank(unit) >= Timex.rank(last.unit) { break }
            parts.append((value, unit))
            position = afterUnit
        }
        guard let first = parts.first else { return nil }
        var match = makeMatch(index, position, kind: "duration", value: "", granularity: first.unit.rawValue, rule: "duration.amount")
        if parts.count == 1, let (role, end) = lexicon.anchor(text, at: position, limit: limit), role == "previous" || role == "next" || role == "later" {
            // `sehari sebelumnya`, `dua pekan sebelumnya`, `sepekan kemudian`: counted from the date in focus (see `resolveAnaphora`).
            guard let count = Int("\(first.amount)"), [.day, .week, .month, .quarter, .half, .year].contains(first.unit) else { return nil }
            let sign = role == "previous" ? -count : count
            match.end = end
            match.kind = "date"
            match.rule = "date.relative-previous"
            match.anaphora = (first.unit, sign)
            match.granularity = first.unit == .week ? "day" : first.unit.rawValue
            return match
        }
        if parts.count == 1, let (role, end) = lexicon.anchor(text, at: position, limit: limit), role == "ahead" || role == "span" {
            if role == "ahead" { return ago(match, first.amount, first.unit, sign: 1, end: end) }
            match.end = end
        } else if let (sign, end) = direction(at: position) {
            // `tiga hari lalu` is a date; in `Liga 1 pekan depan` the number is not the week's.
            guard sign == -1, parts.count == 1 else { return nil }
            return ago(match, first.amount, first.unit, sign: -1, end: end)
        }
        var value = "P"
        var inTime = false
        for part in parts {
            let unitValue = Timex.duration("\(part.amount)", part.unit)
            if Timex.isTimeUnit(part.unit) {
                value += inTime ? String(unitValue.dropFirst(2)) : String(unitValue.dropFirst())
                inTime = true
            } else {
                value += String(unitValue.dropFirst())
            }
        }
        match.value = value
        return match
    }

    /// `tiga hari lalu` → the date three days before the article; `dua pekan lalu` → that ISO week; `dua bulan lalu` → that month.
    func ago(_ base: DateMatch, _ amount: Decimal, _ unit: CalendarLexicon.Unit, sign: Int, end: Int) -> DateMatch? {
        var match = base
        match.end = end
        match.kind = "date"
        match.rule = sign < 0 ? "date.ago" : "date.ahead"
        match.anchor = published
        guard let count = Int("\(amount)") else { return nil }
        guard let published else {
            match.value = "XXXX-XX-XX"
            match.resolved = false
            return match
        }
        switch unit {
        case .day:
            let date = published.adding(days: sign * count)
            match.value = date.description
            match.granularity = "day"
            match.day = date
        case .week:
            // `dua pekan lalu` names a week, as `pekan lalu` does: the ISO week `count` weeks away.
            match.value = Timex.week(published.adding(days: sign * count * 7))
            match.granularity = "week"
        case .month:
            let (year, month) = Timex.addMonths(published.year, published.month, sign * count)
            match.value = Timex.month(year, month)
        case .year, .decade, .century, .windu:
            let years = unit == .year ? 1 : unit == .decade ? 10 : unit == .century ? 100 : 8
            match.value = Timex.year(published.year + sign * count * years)
            match.granularity = "year"
        default:
            return nil
        }
        return match
    }

    func setExpression(at index: Int) -> DateMatch? {
        guard lexicon.setWords.match(text, at: index, limit: limit) != nil, index + 1 < limit else { return nil }
        var position = index + 1
        if lexicon.anchor(text, at: position, limit: limit)?.role == "weekday-prefix", lexicon.weekdays.match(text, at: position + 1, limit: limit) != nil {
            position += 1
        }
        if let (weekday, end) = lexicon.weekdays.match(text, at: position, limit: limit), text.isCapitalized(position) {
            return makeMatch(index, end, kind: "set", value: "XXXX-WXX-\(weekday)", granularity: "day", rule: "set.every")
        }
        // `setiap akhir pekan`: every weekend.
        if let (mod, afterMod) = lexicon.modifiers.match(text, at: position, limit: limit), mod == "END",
           let (unit, end) = lexicon.units.match(text, at: afterMod, limit: limit), unit == .week {
            return makeMatch(index, end, kind: "set", value: "XXXX-WXX-WE", granularity: "weekend", rule: "set.every")
        }
        var count = "1"
        if let (value, afterAmount) = amount(at: position) {
            count = "\(value)"
            position = afterAmount
        }
        guard let (unit, end) = lexicon.units.match(text, at: position, limit: limit) else { return nil }
        return makeMatch(index, end, kind: "set", value: Timex.duration(count, unit), granularity: unit.rawValue, rule: "set.every")
    }
}
