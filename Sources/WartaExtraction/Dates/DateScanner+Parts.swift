import WartaText
import WartaTokenizer

/// Parts of a year or month named by counting, and parts of the day just past.
///
/// | rule | example |
/// | --- | --- |
/// | `date.first-months` | `tiga bulan pertama 2023` → `2023-Q1` (a year or `tahun ini` must follow), `enam bulan pertama tahun ini` → `2024-H1`, `sembilan bulan pertama 2022` → `2022-01/2022-09` |
/// | `date.first-weeks` | `dua minggu pertama Januari` → `2026-01-01/2026-01-14` (the first N seven-day blocks) |
/// | `date.weekend-of-month` | `akhir pekan kedua Mei` → `2025-W19-WE` (the weekend whose Saturday falls in days 8-14) |
/// | `date.week-of-month` | `pekan kedua Januari` → `2024-01-08/2024-01-14`, `minggu pertama Maret 2023` → `2023-03-01/2023-03-07`, `pekan terakhir Juni` → the month's last seven days, `pekan pertama Januari tahun depan` |
/// | `date.dasarian` | `dasarian III November` → `2024-11-21/2024-11-30`, `dasarian I Februari 2024` → `2024-02-01/2024-02-10` (BMKG's ten-day periods) |
/// | `time.part-of-named-day` | `cuaca pada Idul Fitri, Senin (31/3), cerah pada pagi hari` → `2025-03-31TMO` (after `pada`, the day named before it in its sentence) |
/// | `time.part-of-day-earlier` | `tadi pagi`, `pagi tadi` → the article's date with its part of day (`2021-12-08TMO`); `tadi malam`, `semalam` → the night before (`2021-12-07TNI`; `dini hari tadi` stays on the article's day) |
extension DateScanner {
    /// `tiga bulan pertama 2023`: the first N months of a year, written with `pertama`.
    func firstMonths(at index: Int) -> DateMatch? {
        // Digits need a unit right after them; test that before reading the number.
        if text.kind(index) == .number && !(index + 1 < limit && lexicon.units.startsPhrase(text, at: index + 1)) { return nil }
        guard let (amount, afterAmount) = amount(at: index), let (unit, afterUnit) = lexicon.units.match(text, at: afterAmount, limit: limit),
              unit == .month || unit == .week, let months = Int("\(amount)"), (2...11).contains(months),
              let (ordinal, afterOrdinal) = lexicon.periodNumerals.match(text, at: afterUnit, limit: limit), ordinal == 1,
              text.kind(afterUnit) == .word else { return nil }
        if unit == .week { return firstWeeks(months, from: index, at: afterOrdinal) }
        // A year must follow: `tiga bulan pertama bekerja` counts months of something else.
        let qualifier = yearQualifier(at: afterOrdinal)
        guard qualifier.year != nil || qualifier.yearShift != nil else { return nil }
        var match = makeMatch(index, qualifier.end, value: "", granularity: "month", rule: "date.first-months")
        var year = qualifier.year
        if year != nil {
            match.explicitYear = true
        } else if let published {
            year = published.year + (qualifier.yearShift ?? 0)
            match.anchor = published
        }
        let period: String? = months == 3 ? "Q1" : months == 6 ? "H1" : nil
        if let period {
            match.granularity = months == 3 ? "quarter" : "half"
            match.value = (year.map(Timex.year) ?? "XXXX") + "-" + period
        } else {
            match.kind = "interval"
            match.value = year.map { "\(Timex.month($0, 1))/\(Timex.month($0, months))" } ?? "XXXX-01/XXXX-\(Timex.pad(months, 2))"
        }
        match.resolved = year != nil
        return match
    }

    /// A month word at `index`, after an optional month prefix (`bulan`), and the year qualifier
    /// written after it: the shared tail of the week-of-month and ten-day readings.
    private func prefixedMonth(at index: Int) -> (month: Int, qualifier: (year: Int?, sign: Int?, yearShift: Int?, end: Int))? {
        var position = index
        if lexicon.anchor(text, at: position, limit: limit)?.role == "month-prefix" { position += 1 }
        guard let (month, _, afterMonth) = monthWord(at: position) else { return nil }
        return (month, yearQualifier(at: afterMonth))
    }

    /// `dua minggu pertama Januari`: the first `count` seven-day blocks of the month at `index`.
    func firstWeeks(_ count: Int, from start: Int, at index: Int) -> DateMatch? {
        guard count <= 4 else { return nil }
        guard let (month, qualifier) = prefixedMonth(at: index) else { return nil }
        var match = makeMatch(start, qualifier.end, kind: "interval", value: "", granularity: "day", rule: "date.first-weeks")
        guard let year = qualifiedYear(ofMonth: month, day: 0, qualifier, in: &match) else {
            match.value = "XXXX-\(Timex.pad(month, 2))-01/XXXX-\(Timex.pad(month, 2))-\(Timex.pad(count * 7, 2))"
            match.resolved = false
            return match
        }
        guard let first = CivilDate(year: year, month: month, day: 1), let last = CivilDate(year: year, month: month, day: count * 7) else { return nil }
        match.value = "\(first)/\(last)"
        match.day = last
        return match
    }

    /// `akhir pekan kedua Mei`: the weekend of the Nth seven days of a month (the Saturday among them
    /// names its ISO week), from the index after `akhir pekan`.
    func weekendOfMonth(from start: Int, at index: Int) -> DateMatch? {
        guard index + 1 < limit, text.kind(index) == .word, let (number, afterNumber) = lexicon.periodNumerals.match(text, at: index, limit: limit),
              (1...5).contains(number) else { return nil }
        guard let (month, qualifier) = prefixedMonth(at: afterNumber) else { return nil }
        var match = makeMatch(start, qualifier.end, value: "", granularity: "weekend", rule: "date.weekend-of-month")
        guard let year = qualifiedYear(ofMonth: month, day: 0, qualifier, in: &match), let first = CivilDate(year: year, month: month, day: (number - 1) * 7 + 1) else {
            match.value = "XXXX-WXX-WE"
            match.resolved = false
            return match
        }
        let saturday = first.adding(days: (6 - first.weekday + 7) % 7)
        guard saturday.month == month else { return nil }
        match.value = Timex.week(saturday) + "-WE"
        return match
    }

    /// `pekan kedua Januari`: the Nth seven days of a month (the first week is days 1-7), or its
    /// last seven days with `terakhir`.
    func weekOfMonth(at index: Int) -> DateMatch? {
        guard let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), unit == .week, isCommonWord(index), afterUnit < limit else { return nil }
        var position: Int
        var week: Int?
        if let (number, end) = lexicon.periodNumerals.match(text, at: afterUnit, limit: limit), text.kind(afterUnit) == .word {
            week = number
            position = end
        } else if lexicon.anchor(text, at: afterUnit, limit: limit)?.role == "span" {
            position = afterUnit + 1
        } else {
            return nil
        }
        guard let (month, qualifier) = prefixedMonth(at: position) else { return nil }
        var match = makeMatch(index, qualifier.end, kind: "interval", value: "", granularity: "day", rule: "date.week-of-month")
        guard let year = qualifiedYear(ofMonth: month, day: 0, qualifier, in: &match) else {
            match.value = "XXXX-\(Timex.pad(month, 2))"
            match.resolved = false
            return match
        }
        let length = CivilDate.daysIn(month: month, year: year)
        let first = week.map { ($0 - 1) * 7 + 1 } ?? length - 6
        guard let start = CivilDate(year: year, month: month, day: first),
              let end = CivilDate(year: year, month: month, day: min(first + 6, length)) else { return nil }
        match.value = "\(start)/\(end)"
        match.day = end
        return match
    }

    /// `dasarian III November`: BMKG's ten-day periods of a month (days 1-10, 11-20, 21 to the end);
    /// the scanner calls it only at a word of `tenDayWords`.
    func dasarian(at index: Int) -> DateMatch? {
        guard index + 2 < limit,
              let (number, afterNumber) = lexicon.periodNumerals.match(text, at: index + 1, limit: limit), (1...3).contains(number) else { return nil }
        guard let (month, qualifier) = prefixedMonth(at: afterNumber) else { return nil }
        var match = makeMatch(index, qualifier.end, kind: "interval", value: "", granularity: "day", rule: "date.dasarian")
        let year = qualifiedYear(ofMonth: month, day: 0, qualifier, in: &match)
        let first = (number - 1) * 10 + 1
        guard let year else {
            match.value = "XXXX-\(Timex.pad(month, 2))-\(Timex.pad(first, 2))/XXXX-\(Timex.pad(month, 2))-\(Timex.pad(number == 3 ? 31 : number * 10, 2))"
            match.resolved = false
            return match
        }
        guard let start = CivilDate(year: year, month: month, day: first),
              let end = CivilDate(year: year, month: month, day: number == 3 ? CivilDate.daysIn(month: month, year: year) : number * 10) else { return nil }
        match.value = "\(start)/\(end)"
        match.day = end
        return match
    }

    /// `... Senin (31/3), ... pada pagi hari`: a part of the day alone after `pada` is part of `day`, the
    /// day named last before it in its sentence (the scanner asks only when one was named).
    func partOfNamedDay(_ day: CivilDate, at index: Int) -> DateMatch? {
        guard index > sentenceStart, text.kind(index) == .word, lexicon.link(text, at: index - 1, limit: limit)?.role == "link",
              let (code, afterPart) = lexicon.partsOfDay.match(text, at: index, limit: limit), isCommonWord(index) else { return nil }
        var end = afterPart
        if let (unit, afterUnit) = lexicon.units.match(text, at: end, limit: limit), unit == .day { end = afterUnit }
        guard end == limit || text.kind(end) == .punctuation else { return nil }
        var match = makeMatch(index, end, kind: "time", value: day.description + "T" + code, granularity: "part-of-day", rule: "time.part-of-named-day")
        match.day = day
        return match
    }

    /// `tadi pagi`, `pagi tadi`: a part of the article's own day, already past.
    func partOfDayEarlier(at index: Int) -> DateMatch? {
        var code: String
        var end: Int
        var day = 0
        let role = lexicon.anchor(text, at: index, limit: limit)?.role
        if role == "last-night" {
            (code, end, day) = ("NI", index + 1, -1)
        } else if role == "earlier", let (found, after) = lexicon.partsOfDay.match(text, at: index + 1, limit: limit) {
            (code, end) = (found, after)
            day = lexicon.earlierDays.match(text, at: index + 1, limit: limit)?.value ?? 0
        } else if let (found, after) = lexicon.partsOfDay.match(text, at: index, limit: limit), lexicon.anchor(text, at: after, limit: limit)?.role == "earlier" {
            (code, end) = (found, after + 1)
            day = lexicon.earlierDays.match(text, at: index, limit: limit)?.value ?? 0
        } else {
            return nil
        }
        // `tadi malam`, `semalam`: the night before the article's day.
        guard day != 0 else { return partOfPublishedDay(code, from: index, to: end, rule: "time.part-of-day-earlier") }
        var match = partOfPublishedDay(code, from: index, to: end, rule: "time.part-of-day-earlier")
        if let published {
            let night = published.adding(days: day)
            match.value = night.description + "T" + code
            match.day = night
        }
        return match
    }
}
