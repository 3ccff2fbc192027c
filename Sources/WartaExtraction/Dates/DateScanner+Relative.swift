import FoundationEssentials
import WartaText
import WartaTokenizer

/// Expressions relative to the article's date, durations and sets.
///
/// | rule | example |
/// | --- | --- |
/// | `date.relative-day` | `hari ini`, `kemarin`, `besok`, `lusa` |
/// | `time.day-part` | `kemarin sore` → `2021-11-21TAF` |
/// | `time.part-of-day-this` | `sore ini`, `malam ini` |
/// | `date.relative-unit` | `pekan lalu` → `2021-W46`, `bulan depan`, `tahun ini`, `semester lalu` → `2024-H2` |
/// | `date.week-number` | `pekan ke-9 tahun 2022` → `2022-W09`, `minggu ke-27` |
/// | `date.weekend` | `akhir pekan lalu` → `2019-W37-WE` |
/// | `date.modified` | `akhir bulan ini` (mod END), `pertengahan Juni` (MID), `awal 2021` (START) |
/// | `date.ago` / `date.ahead` | `tiga hari lalu` → the date three days before; `dua minggu lalu`; `tiga hari lagi` |
/// | `duration.amount` | `tiga jam` PT3H, `14 hari` P14D, `3 menit 46 detik` PT3M46S, `10 tahun terakhir` P10Y |
/// | `set.every` | `setiap hari` P1D, `tiap pekan` P1W, `setiap Senin` XXXX-WXX-1 |
extension DateScanner {
    func relativeDay(at index: Int) -> DateMatch? {
        guard let (offset, end) = lexicon.relativeDays.match(text, at: index, limit: limit) else { return nil }
        var match = makeMatch(index, end, value: "", granularity: "day", rule: "date.relative-day")
        match.anchor = published
        guard let published else {
            match.value = "XXXX-XX-XX"
            match.resolved = false
            return withPartOfDay(match)
        }
        let date = published.adding(days: offset)
        match.value = date.description
        match.day = date
        return withPartOfDay(match)
    }

    func partOfDayThis(at index: Int) -> DateMatch? {
        guard let (code, end) = lexicon.partsOfDay.match(text, at: index, limit: limit),
              let (sign, after) = direction(at: end), sign == 0 else { return nil }
        var match = makeMatch(index, after, kind: "time", value: "", granularity: "part-of-day", rule: "time.part-of-day-this")
        match.anchor = published
        guard let published else {
            match.value = "XXXX-XX-XXT" + code
            match.resolved = false
            return match
        }
        match.value = published.description + "T" + code
        match.day = published
        return match
    }

    /// The value of the calendar unit containing the article's date, moved `sign` units.
    func relativeValue(_ unit: CalendarLexicon.Unit, _ sign: Int) -> (value: String, day: CivilDate?)? {
        guard let published else { return nil }
        switch unit {
        case .week: return (Timex.week(published.adding(days: 7 * sign)), nil)
        case .month:
            let (year, month) = Timex.addMonths(published.year, published.month, sign)
            return (Timex.month(year, month), nil)
        case .year: return (Timex.year(published.year + sign), nil)
        case .quarter:
            let index = published.year * 4 + (published.month - 1) / 3 + sign
            return ("\(Timex.year(index / 4))-Q\(index % 4 + 1)", nil)
        case .half:
            let index = published.year * 2 + (published.month - 1) / 6 + sign
            return ("\(Timex.year(index / 2))-H\(index % 2 + 1)", nil)
        case .day:
            let date = published.adding(days: sign)
            return (date.description, date)
        default: return nil
        }
    }

    func relativeUnit(at index: Int) -> DateMatch? {
        guard let (unit, end) = lexicon.units.match(text, at: index, limit: limit), unit != .day, isCommonWord(index) else { return nil }
        if let (role, after) = lexicon.anchor(text, at: end, limit: limit), role == "previous" || role == "next" {
            // `tahun sebelumnya`: resolved against the last date named (see `resolveAnaphora`).
            var match = makeMatch(index, after, value: "", granularity: unit.rawValue, rule: "date.relative-previous")
            match.anaphora = (unit, role == "previous" ? -1 : 1)
            return match
        }
        if unit == .week, let numbered = weekNumber(at: index, after: end) { return numbered }
        guard let (sign, after) = direction(at: end) else { return nil }
        var match = makeMatch(index, after, value: "", granularity: unit.rawValue, rule: "date.relative-unit")
        match.anchor = published
        guard let (value, day) = relativeValue(unit, sign) else {
            match.value = "XXXX"
            match.resolved = false
            return match
        }
        match.value = value
        match.day = day
        return match
    }

    func modified(at index: Int) -> DateMatch? {
        guard let (mod, end) = lexicon.modifiers.match(text, at: index, limit: limit), end < limit else { return nil }
        // `akhir pekan` is the weekend, not the end of the week.
        if mod == "END", let (unit, afterUnit) = lexicon.units.match(text, at: end, limit: limit), unit == .week, !text.isCapitalized(end) {
            let direction = direction(at: afterUnit)
            var match = makeMatch(index, direction?.end ?? afterUnit, value: "", granularity: "weekend", rule: "date.weekend")
            match.anchor = published
            guard let published else {
                match.value = "XXXX-WXX-WE"
                match.resolved = false
                return match
            }
            match.value = Timex.week(published.adding(days: 7 * (direction?.sign ?? 0))) + "-WE"
            return match
        }
        var inner = monthExpression(at: end) ?? relativeUnit(at: end) ?? yearWithWord(at: end) ?? year(at: end) ?? period(at: end)
        if inner == nil, let (unit, afterUnit) = lexicon.units.match(text, at: end, limit: limit), [.year, .month, .week].contains(unit), !text.isCapitalized(end),
           let (value, _) = relativeValue(unit, 0) {
            // `akhir tahun`: the current year.
            inner = makeMatch(end, afterUnit, value: value, granularity: unit.rawValue, rule: "date.relative-unit")
            inner?.anchor = published
        }
        if mod == "APPROX" && inner == nil { inner = clock(at: end) }
        guard var match = inner else { return nil }
        // `sekitar` stays outside the surface (it qualifies, as with figures); the mod records it.
        if mod != "APPROX" { match.start = index }
        match.mod = mod
        match.rule = "date.modified"
        return match
    }

    /// `pekan ke-9 tahun 2022` → `2022-W09`.
    func weekNumber(at index: Int, after end: Int) -> DateMatch? {
        guard end < limit, text.kind(end) == .ordinal else { return nil }
        let token = text.tokens[end]
        var week = 0
        for byte in text.bytes[token.byteStart..<token.byteEnd] where byte >= 0x30 && byte <= 0x39 { week = week * 10 + Int(byte - 0x30) }
        guard (1...53).contains(week) else { return nil }
        var position = end + 1
        var year = published?.year
        if let explicit = yearNumber(at: position) {
            year = explicit
            position += 1
        } else if let (unit, afterUnit) = lexicon.units.match(text, at: position, limit: limit), unit == .year, let explicit = yearNumber(at: afterUnit) {
            year = explicit
            position = afterUnit + 1
        }
        var match = makeMatch(index, position, value: "", granularity: "week", rule: "date.week-number")
        guard let year else {
            match.value = "XXXX-W\(Timex.pad(week, 2))"
            match.resolved = false
            return match
        }
        match.value = "\(Timex.year(year))-W\(Timex.pad(week, 2))"
        return match
    }

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

    func quantity(at index: Int) -> DateMatch? {
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

    /// `tiga hari lalu` → the date three days before the article; `dua bulan lalu` → that month.
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
        case .day, .week:
            let date = published.adding(days: sign * count * (unit == .week ? 7 : 1))
            match.value = date.description
            match.granularity = "day"
            match.day = date
        case .month:
            let (year, month) = Timex.addMonths(published.year, published.month, sign * count)
            match.value = Timex.month(year, month)
        case .year:
            match.value = Timex.year(published.year + sign * count)
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
        var count = "1"
        if let (value, afterAmount) = amount(at: position) {
            count = "\(value)"
            position = afterAmount
        }
        guard let (unit, end) = lexicon.units.match(text, at: position, limit: limit) else { return nil }
        return makeMatch(index, end, kind: "set", value: Timex.duration(count, unit), granularity: unit.rawValue, rule: "set.every")
    }
}
