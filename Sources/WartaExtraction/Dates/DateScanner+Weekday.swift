import WartaText
import WartaTokenizer

/// Days of the week, as news reports use them.
///
/// | rule | example |
/// | --- | --- |
/// | `date.weekday-report` | `..., Kamis.`: the latest Thursday on or before the article's date |
/// | `date.weekday-dated` | `Senin (13/7)`, `Rabu (9/2/2022)`: the parenthesis wins; a weekday that does not match warns |
/// | `date.weekday-full` | `Senin, 13 Juli 2020` |
/// | `date.weekday-relative` | `Senin lalu` (before the article's day), `Jumat depan`, `Kamis mendatang` |
/// | `time.weekday-part` | `Jumat pagi`, `Jumat (23/2) pagi`, `Kamis malam` (TIMEX3 `2024-05-16TNI`) |
/// | `date.period` | `kuartal II 2021` → `2021-Q2`, `semester I` → `2024-H1`, `triwulan ketiga tahun lalu` |
extension DateScanner {
    func weekday(at index: Int) -> DateMatch? {
        guard text.isCapitalized(index), let (weekday, afterName) = lexicon.weekdays.match(text, at: index, limit: limit) else { return nil }
        var position = afterName
        var match = makeMatch(index, afterName, value: "", granularity: "day", rule: "date.weekday-report")
        var date: CivilDate?
        if let (dated, end) = parenthesisDate(at: position) {
            date = dated
            position = end
            match.rule = "date.weekday-dated"
        } else if text.isChar(position, UInt8(ascii: ",")), let full = dayMonth(at: position + 1), full.kind == "date", let day = full.day {
            date = day
            position = full.end
            match.rule = "date.weekday-full"
            match.anchor = full.anchor
        }
        if let dated = date {
            if dated.weekday != weekday {
                match.warning = "\(text.text(from: index, through: position - 1)): \(dated) is not that weekday"
            }
        } else {
            var sign = 0
            if let (direction, end) = direction(at: position) {
                sign = direction
                position = end
                match.rule = "date.weekday-relative"
            }
            match.anchor = published
            if let published {
                let back = (published.weekday - weekday + 7) % 7
                let ahead = (weekday - published.weekday + 7) % 7
                switch sign {
                case -1: date = published.adding(days: -(back == 0 ? 7 : back))
                case 1: date = published.adding(days: ahead == 0 ? 7 : ahead)
                default: date = match.rule == "date.weekday-relative" ? published.adding(days: weekday - published.weekday) : published.adding(days: -back)
                }
            }
        }
        match.end = position
        guard let date else {
            match.value = "XXXX-WXX-\(weekday)"
            match.resolved = false
            return withPartOfDay(match)
        }
        match.value = date.description
        match.day = date
        return withPartOfDay(match)
    }

    /// A part of the day after a day (`pagi` in `Jumat pagi`) turns it into a TIMEX3 time.
    func withPartOfDay(_ match: DateMatch) -> DateMatch {
        guard let (code, end) = lexicon.partsOfDay.match(text, at: match.end, limit: limit) else { return match }
        var timed = match
        timed.end = end
        timed.kind = "time"
        timed.value += "T" + code
        timed.granularity = "part-of-day"
        timed.rule = match.rule.hasPrefix("date.weekday") ? "time.weekday-part" : "time.day-part"
        return timed
    }

    /// `(13/7)` or `(9/2/2022)`: the date and the index after `)`. Without a year, the year that
    /// puts the date nearest the article's date.
    func parenthesisDate(at index: Int) -> (CivilDate, Int)? {
        guard text.isChar(index, UInt8(ascii: "(")), let day = dayNumber(at: index + 1), text.isChar(index + 2, UInt8(ascii: "/")),
              index + 3 < limit, text.length(index + 3) <= 2, let month = text.plainInteger(index + 3) else { return nil }
        if text.isChar(index + 4, UInt8(ascii: ")")) {
            guard let published else { return nil }
            let candidates = [published.year - 1, published.year, published.year + 1].compactMap { CivilDate(year: $0, month: month, day: day) }
            guard let nearest = candidates.min(by: { abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber) }) else { return nil }
            return (nearest, index + 5)
        }
        guard text.isChar(index + 4, UInt8(ascii: "/")), index + 5 < limit, let rawYear = text.plainInteger(index + 5),
              text.isChar(index + 6, UInt8(ascii: ")")) else { return nil }
        let year = text.length(index + 5) == 2 ? 2000 + rawYear : rawYear
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        return (date, index + 7)
    }

    func period(at index: Int) -> DateMatch? {
        guard let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), unit == .quarter || unit == .half, afterUnit < limit else { return nil }
        if let joined = periodWithYear(unit, start: index, at: afterUnit) { return joined }
        guard let (number, afterNumber) = lexicon.periodNumerals.match(text, at: afterUnit, limit: limit),
              number <= (unit == .quarter ? 4 : 2) else { return nil }
        var qualifier = yearQualifier(at: afterNumber)
        // `kuartal II/2022`
        if qualifier.year == nil, text.isChar(afterNumber, UInt8(ascii: "/")), text.touchesNext(afterNumber), let year = yearNumber(at: afterNumber + 1) {
            qualifier = (year, nil, nil, afterNumber + 2)
        }
        var match = makeMatch(index, qualifier.end, value: "", granularity: unit.rawValue, rule: "date.period")
        var year = qualifier.year
        if year == nil {
            year = published.map { $0.year + (qualifier.yearShift ?? (qualifier.sign == -1 ? -1 : qualifier.sign == 1 ? 1 : 0)) }
            match.anchor = published
            // `kuartal III lalu` in an article from the third quarter means last year only when
            // the quarter has not begun yet; keep it simple: `lalu` alone is this year's quarter if past.
            if qualifier.sign != nil && qualifier.yearShift == nil, let published {
                let current = unit == .quarter ? (published.month - 1) / 3 + 1 : (published.month - 1) / 6 + 1
                year = published.year + (qualifier.sign == -1 ? (number < current ? 0 : -1) : (number > current ? 0 : 1))
            }
        }
        let letter = unit == .quarter ? "Q" : "H"
        if qualifier.year != nil { match.explicitYear = true }
        guard let year else {
            match.value = "XXXX-\(letter)\(number)"
            match.resolved = false
            return match
        }
        match.value = "\(Timex.year(year))-\(letter)\(number)"
        return match
    }

    /// `kuartal III-2023`: numeral and year joined by a hyphen in one token.
    func periodWithYear(_ unit: CalendarLexicon.Unit, start: Int, at index: Int) -> DateMatch? {
        let token = text.tokens[index]
        guard token.flags.contains(.hyphenated), let dash = text.bytes[token.byteStart..<token.byteEnd].firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let parts: (WordKey?, DigitNumber?) = text.bytes.withUnsafeBufferPointer { buffer in
            (WordKey(UnsafeBufferPointer(rebasing: buffer[token.byteStart..<dash]), foldCase: false),
             DigitNumber.parse(text.bytes[(dash + 1)..<token.byteEnd]))
        }
        guard let key = parts.0, let number = lexicon.periodNumerals.value(for: key), number <= (unit == .quarter ? 4 : 2),
              let year = parts.1?.plainInteger, (1900...2100).contains(year), token.byteEnd - dash == 5 else { return nil }
        var match = makeMatch(start, index + 1, value: "\(Timex.year(year))-\(unit == .quarter ? "Q" : "H")\(number)", granularity: unit.rawValue, rule: "date.period")
        match.explicitYear = true
        return match
    }
}
