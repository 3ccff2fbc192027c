import FoundationEssentials
import WartaText
import WartaTokenizer

/// Amounts of time: durations, dates counted back or forward from the article, and sets.
///
/// | rule | example |
/// | --- | --- |
/// | `date.relative-previous` | `sehari sebelumnya`, `dua pekan berikutnya`, `sepekan kemudian` after `15 Agustus 2022` → `2022-08-22`, `sehari setelahnya` after a day named in its sentence (from the date in focus, see `DateScanner+Anaphora.swift`) |
/// | `date.ago` / `date.ahead` | `tiga hari lalu` → the date three days before; `dua minggu lalu` → the ISO week two weeks before; `setahun lalu`; `tiga hari lagi` |
/// | `duration.amount` | `dua dekade` P20Y (decades, centuries and windu counted in years), `tiga jam` PT3H, `14 hari` P14D, `3 menit 46 detik` PT3M46S, `4 tahun 6 bulan` P4Y6M, `10 tahun terakhir` P10Y, `1x24 jam` PT24H |
/// | `duration.vague` | `beberapa hari ke depan` PXD, `beberapa tahun terakhir` PXY (a vague amount over a span) |
/// | `set.every` | `setiap hari` P1D, `tiap pekan` P1W, `setiap dua minggu` P2W, `setiap Senin` XXXX-WXX-1, `setiap akhir pekan` XXXX-WXX-WE, `setiap pagi` TMO (every such part of the day), `setiap dasarian` P10D |
/// | `set.unit-to-unit` | `dari bulan ke bulan` P1M, `dari tahun ke tahun` P1Y |
/// | `date.days-from` | `tujuh hari sebelum Idul Fitri 1446 Hijriah` → `2025-03-24`, `dua hari setelah 17 Agustus` (one day counted from the day named) |
///
/// `tiga hari ini`, `dua pekan ini` are durations ending today (`P3D`), not `hari ini`.
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
        } else if parts.count == 1, !singleWord, let (count, end) = counted(from: position, amount: first.amount, unit: first.unit) {
            // `tujuh hari sebelum Idul Fitri 1446 Hijriah`, `dua hari setelah 17 Agustus`: one day counted from another.
            var counted = makeMatch(index, end, value: count.description, granularity: "day", rule: "date.days-from")
            counted.day = count
            return counted
        } else if let (sign, end) = direction(at: position) {
            // `tiga hari ini`, `dua pekan ini`: the span ending today, a duration (not `hari ini`).
            // (A small count only: `level 7.400 pekan ini` is a price this week.)
            if sign == 0, parts.count == 1, !singleWord, [.day, .week, .month].contains(first.unit),
               let count = Int("\(first.amount)"), (2...(first.unit == .month ? 24 : 60)).contains(count) {
                match.end = end
                match.value = Timex.duration("\(first.amount)", first.unit)
                return match
            }
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

    /// `sehari setelahnya` (the duration `sehari`, then `setelahnya` ending at `end`): days after the day in focus.
    func counted(_ duration: DateMatch, from end: Int) -> DateMatch {
        guard let unit = CalendarLexicon.Unit(rawValue: duration.granularity), [.day, .week, .month].contains(unit),
              let count = Int(duration.value.dropFirst().dropLast()) else { return duration }
        var match = makeMatch(duration.start, end, value: "", granularity: unit == .week ? "day" : unit.rawValue, rule: "date.relative-previous")
        match.anaphora = (unit, count)
        return match
    }

    /// `sebelum`, `setelah`, `sesudah`: a day counted before or after the date that follows.
    static let countWords: [(WordKey?, Int)] = [(WordKey("sebelum", foldCase: true), -1), (WordKey("setelah", foldCase: true), 1), (WordKey("sesudah", foldCase: true), 1)]

    /// The day `amount` days (or weeks) before or after the day named at `index` + 1, and the end of that day's expression.
    func counted(from index: Int, amount: Decimal, unit: CalendarLexicon.Unit) -> (CivilDate, Int)? {
        guard index + 1 < limit, unit == .day || unit == .week, text.kind(index) == .word, let count = Int("\(amount)"), count <= 60,
              let sign = Self.countWords.first(where: { $0.0 == text.keys[index] })?.1 else { return nil }
        // Only a day named outright (never another count: no chain of rules through `sebelum`).
        let base = text.kind(index + 1) == .number ? dayMonth(at: index + 1)
            : text.isCapitalized(index + 1) ? holiday(at: index + 1) ?? weekday(at: index + 1) : nil
        guard let base, base.kind == "date", base.granularity == "day", base.anaphora == nil, let day = base.day else { return nil }
        return (day.adding(days: sign * count * (unit == .week ? 7 : 1)), base.end)
    }

    /// `dari`, `ke`: `dari bulan ke bulan`.
    static let fromWord = WordKey("dari", foldCase: true)
    static let toWord = WordKey("ke", foldCase: true)

    func setExpression(at index: Int) -> DateMatch? {
        // `dari bulan ke bulan`, `dari tahun ke tahun`: every unit, one after another.
        if index > sentenceStart, index + 2 < limit, text.keys[index - 1] == Self.fromWord, text.keys[index + 1] == Self.toWord,
           let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), afterUnit == index + 1,
           let (again, end) = lexicon.units.match(text, at: index + 2, limit: limit), again == unit {
            return makeMatch(index - 1, end, kind: "set", value: Timex.duration("1", unit), granularity: unit.rawValue, rule: "set.unit-to-unit")
        }
        guard lexicon.setWords.match(text, at: index, limit: limit) != nil, index + 1 < limit else { return nil }
        var position = index + 1
        // `setiap malam`: every such part of the day.
        if let (code, end) = lexicon.partsOfDay.match(text, at: position, limit: limit) {
            let close = lexicon.units.match(text, at: end, limit: limit).flatMap { $0.0 == .day ? $0.1 : nil } ?? end
            return makeMatch(index, close, kind: "set", value: "T" + code, granularity: "part-of-day", rule: "set.every")
        }
        // `setiap dasarian`: every ten days.
        if lexicon.anchor(text, at: position, limit: limit)?.role == "ten-days" {
            return makeMatch(index, position + 1, kind: "set", value: "P10D", granularity: "day", rule: "set.every")
        }
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
