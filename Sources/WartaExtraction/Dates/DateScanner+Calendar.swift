import WartaText
import WartaTokenizer

/// Calendar dates named by day, month and year.
///
/// | rule | example |
/// | --- | --- |
/// | `date.day-month` | `14 Mei`, `Agt. 17` is not one (day first); `2 Januari malam` → `2023-01-02TNI` (`time.day-part`) |
/// | `date.day-month-year` | `2 Juli 2020`, `1 Okt. 2019` |
/// | `date.day-month-relative` | `23 Juni lalu`, `19 Desember mendatang`, `14 Mei tahun lalu` |
/// | `interval.day-range-month` | `16-31 Juli`, `5-13 Mei 2023`, `16 hingga 21 Agustus`, `10 dan 11 Maret` |
/// | `date.numeric-dmy` | `02/07/2020` (always day/month/year), `9-2-2022` |
/// | `date.month` / `date.month-year` / `date.month-relative` | `Agustus`, `Januari 2021`, `Mei lalu`, `Maret tahun lalu`, `bulan Oktober` |
/// | `interval.month-range` | `Januari-September 2019`, `November-Maret 2024` → `2023-11/2024-03`, `Januari-September` in an article of January 2019 → `2018-01/2018-09` (a span is reported once it is over), but `Juli-Desember` in July 2021 → `2021-07/2021-12` (the rest of the year) and `April-Juni` in January 2026 → `2026-04/2026-06` (last year's ended over five months ago) |
///
/// Two dates joined by `hingga` make one interval (`DateScanner+Intervals.swift`).
/// | `date.year` / `date.year-word` / `interval.year-range` / `date.decade` | `2021`, `2021 lalu`, `tahun 2020`, `Tahun Anggaran 2025`, `APBD 2025`, `2018-2021`, `1990-an`; not the year in an event's name (`Proliga 2025`, `(UTBK-SNBT) 2024`) nor in a regulation's number (`Nomor 16 Tahun 2024`); a wage's or plan's is (`UMP 2024`, `calendar/anchor-words.tsv` role `budget`) |
extension DateScanner {
    /// A day of the month written in digits (`14`, `02`).
    func dayNumber(at index: Int) -> Int? {
        guard index < limit, text.kind(index) == .number, text.length(index) <= 2,
              let value = text.plainInteger(index), (1...31).contains(value) else { return nil }
        return value
    }

    /// A month name or abbreviation (with its full stop: `Agt.`) at `index`.
    func monthWord(at index: Int) -> (month: Int, abbreviation: Bool, end: Int)? {
        guard index < limit else { return nil }
        // `Des.` read as one abbreviation token.
        if case let stem = text.stemKey(index, foldCase: true), stem != .none, let info = lexicon.months.value(for: stem), info.abbreviation {
            return (info.month, true, index + 1)
        }
        guard let (info, end) = lexicon.months.match(text, at: index, limit: limit) else { return nil }
        var after = end
        if info.abbreviation && text.isChar(after, UInt8(ascii: ".")) && text.touchesNext(after - 1) { after += 1 }
        return (info.month, info.abbreviation, after)
    }

    /// What follows a day or month to fix its year: a year (`2020`), `lalu`/`mendatang`, or
    /// `tahun lalu`/`tahun ini`/`tahun depan`.
    func yearQualifier(at index: Int) -> (year: Int?, sign: Int?, yearShift: Int?, end: Int) {
        if let year = yearNumber(at: index, range: 1000...2999) {
            // `13 Juli 2020 lalu`: the year already fixes it; `lalu` still belongs to the expression.
            if let (sign, end) = direction(at: index + 1), sign == -1 { return (year, nil, nil, end) }
            return (year, nil, nil, index + 1)
        }
        if index < limit, let (unit, unitEnd) = lexicon.units.match(text, at: index, limit: limit), unit == .year {
            if let (sign, end) = direction(at: unitEnd) { return (nil, nil, sign, end) }
            // `Semester I tahun 2019`, `14 Mei tahun 2020`
            if let year = yearNumber(at: unitEnd, range: 1000...2999) { return (year, nil, nil, unitEnd + 1) }
        }
        if let (sign, end) = direction(at: index), sign != 0 { return (nil, sign, nil, end) }
        return (nil, nil, nil, index)
    }

    /// The year of `month` (and `day`, 0 for the whole month) fixed by the `qualifier` after it: the
    /// year written (`explicitYear`), the published year moved by `tahun depan`/`tahun lalu`, else the
    /// year `yearFor` picks; `match` is anchored on the published date when the year is not written.
    ///
    /// Without a qualifier, a cue of what is to come before it in its clause (`akan ... pada Januari`,
    /// `calendar/tense-cues.tsv`) makes a month or day more than two months past next year's,
    /// and the match is marked `inferredYear` (a year written before it in its sentence may still win).
    func qualifiedYear(ofMonth month: Int, day: Int, _ qualifier: (year: Int?, sign: Int?, yearShift: Int?, end: Int), in match: inout DateMatch) -> Int? {
        if let year = qualifier.year {
            match.explicitYear = true
            return year
        }
        match.anchor = published
        if let shift = qualifier.yearShift { return published.map { $0.year + shift } }
        if qualifier.sign == nil {
            match.inferredYear = true
            // Only a date more than two months past is moved (`dijadwalkan pada 28 November` the day
            // before a 29 November article is still this year's).
            if let published, tense(before: match.start) == 1,
               let thisYear = CivilDate(year: published.year, month: month, day: day == 0 ? CivilDate.daysIn(month: month, year: published.year) : min(day, 28)),
               published.dayNumber - thisYear.dayNumber > 62 {
                return published.year + 1
            }
        }
        return yearFor(month: month, day: day, sign: qualifier.sign)
    }

    func dayMonth(at index: Int) -> DateMatch? {
        guard let firstDay = dayNumber(at: index) else { return nil }
        var position = index + 1
        var lastDay: Int?
        // `16-31 Juli`, `16 hingga 21 Agustus`, and `10 dan 11 Maret` (two days of one month written once).
        let joiner = lexicon.rangeWords.match(text, at: position, limit: limit).map(\.end)
            ?? lexicon.link(text, at: position, limit: limit).flatMap { $0.role == "and" ? $0.end : nil }
        if let afterRange = joiner, let second = dayNumber(at: afterRange), second > firstDay, monthWord(at: afterRange + 1) != nil {
            lastDay = second
            position = afterRange + 1
        }
        guard let (month, _, afterMonth) = monthWord(at: position) else { return nil }
        let qualifier = yearQualifier(at: afterMonth)
        var match = makeMatch(index, qualifier.end, value: "", granularity: "day", rule: "date.day-month")
        let year = qualifiedYear(ofMonth: month, day: lastDay ?? firstDay, qualifier, in: &match)
        if qualifier.year != nil {
            match.rule = "date.day-month-year"
        } else if qualifier.yearShift != nil || qualifier.sign != nil {
            match.rule = "date.day-month-relative"
        }
        if let lastDay {
            match.kind = "interval"
            match.rule = "interval.day-range-month"
            guard let year else {
                match.value = "XXXX-\(Timex.pad(month, 2))-\(Timex.pad(firstDay, 2))/XXXX-\(Timex.pad(month, 2))-\(Timex.pad(lastDay, 2))"
                match.resolved = false
                return match
            }
            guard let first = CivilDate(year: year, month: month, day: firstDay), let last = CivilDate(year: year, month: month, day: lastDay) else { return nil }
            match.value = "\(first)/\(last)"
            match.day = last
            return match
        }
        guard let year else {
            match.value = "XXXX-\(Timex.pad(month, 2))-\(Timex.pad(firstDay, 2))"
            match.resolved = false
            return match
        }
        guard let date = CivilDate(year: year, month: month, day: firstDay) else { return nil }
        match.value = date.description
        match.day = date
        // `2 Januari malam`: the day's part written after it.
        return withPartOfDay(match)
    }

    func numericDate(at index: Int) -> DateMatch? {
        guard let day = dayNumber(at: index), text.touchesNext(index) else { return nil }
        let separator = text.firstByte(index + 1)
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"), text.isChar(index + 1, separator), text.touchesNext(index + 1),
              index + 4 < limit, text.touchesNext(index + 2), text.isChar(index + 3, separator), text.touchesNext(index + 3),
              let month = text.plainInteger(index + 2), text.length(index + 2) <= 2,
              let rawYear = text.plainInteger(index + 4) else { return nil }
        let yearLength = text.length(index + 4)
        guard yearLength == 4 || yearLength == 2 else { return nil }
        let year = yearLength == 2 ? 2000 + rawYear : rawYear
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        var match = makeMatch(index, index + 5, value: date.description, granularity: "day", rule: "date.numeric-dmy")
        match.day = date
        return match
    }

    func monthExpression(at index: Int) -> DateMatch? {
        let start = index
        var position = index
        if lexicon.anchor(text, at: index, limit: limit)?.role == "month-prefix", monthWord(at: index + 1) != nil { position += 1 }
        if let range = monthRangeWord(at: position) { return range }
        guard let (month, abbreviation, afterMonth) = monthWord(at: position) else { return nil }
        let qualifier = yearQualifier(at: afterMonth)
        if abbreviation || !text.isCapitalized(position) {
            guard qualifier.year != nil else { return nil }
        }
        var match = makeMatch(start, qualifier.end, value: "", granularity: "month", rule: "date.month")
        let year = qualifiedYear(ofMonth: month, day: 0, qualifier, in: &match)
        if qualifier.year != nil {
            match.rule = "date.month-year"
        } else if qualifier.yearShift != nil || qualifier.sign != nil {
            match.rule = "date.month-relative"
        }
        guard let year else {
            match.value = "XXXX-\(Timex.pad(month, 2))"
            match.resolved = false
            return match
        }
        match.value = Timex.month(year, month)
        match.month = (year, month)
        return match
    }

    /// `Januari-September 2019`: two months joined by a hyphen in one token.
    func monthRangeWord(at index: Int) -> DateMatch? {
        guard index < limit, text.kind(index) == .word, text.tokens[index].flags.contains(.hyphenated) else { return nil }
        let token = text.tokens[index]
        guard let dash = text.bytes[token.byteStart..<token.byteEnd].firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let keys: (WordKey?, WordKey?) = text.bytes.withUnsafeBufferPointer { buffer in
            (WordKey(UnsafeBufferPointer(rebasing: buffer[token.byteStart..<dash]), foldCase: true),
             WordKey(UnsafeBufferPointer(rebasing: buffer[(dash + 1)..<token.byteEnd]), foldCase: true))
        }
        guard let firstKey = keys.0, let secondKey = keys.1, let first = lexicon.months.value(for: firstKey),
              let second = lexicon.months.value(for: secondKey), first.month != second.month else { return nil }
        let qualifier = yearQualifier(at: index + 1)
        var match = makeMatch(index, qualifier.end, kind: "interval", value: "", granularity: "month", rule: "interval.month-range")
        // `November-Maret 2024` runs from the year before into the year written.
        let wraps = first.month > second.month
        var year = qualifier.year.map { wraps ? $0 - 1 : $0 } ?? published.map { $0.year + (qualifier.yearShift ?? 0) }
        match.explicitYear = qualifier.year != nil
        if qualifier.year == nil {
            match.anchor = published
            if wraps, let published, published.month <= second.month { year = published.year - 1 }
            // `Januari-September` reported in January is last year's: a span of months is reported once it is over.
            // A span opening in the article's own month after January (`Juli-Desember` in July) is the rest of this year.
            // A span that ended longer ago than five months (`April-Juni` in January) is this year's coming one.
            if !wraps, qualifier.yearShift == nil, qualifier.sign == nil, let published, second.month > published.month,
               !(first.month == published.month && first.month > 1),
               let ended = CivilDate(year: published.year - 1, month: second.month, day: CivilDate.daysIn(month: second.month, year: published.year - 1)),
               published.dayNumber - ended.dayNumber <= 153 { year = published.year - 1 }
        }
        guard let year else {
            match.value = "XXXX-\(Timex.pad(first.month, 2))/XXXX-\(Timex.pad(second.month, 2))"
            match.resolved = false
            return match
        }
        match.value = "\(Timex.month(year, first.month))/\(Timex.month(wraps ? year + 1 : year, second.month))"
        return match
    }

    func year(at index: Int) -> DateMatch? {
        if let decade = decade(at: index) { return decade }
        guard let first = yearNumber(at: index) else { return nil }
        // `Pid.Sus/2022`: a year glued to a slash or dot before it is part of a case number.
        if index > sentenceStart, text.touchesNext(index - 1), text.isChar(index - 1, UInt8(ascii: "/")) || text.isChar(index - 1, UInt8(ascii: ".")) { return nil }
        if lexicon.anchor(text, at: index + 1, limit: limit)?.role == "not-a-year" { return nil }
        // `Nomor 16 Tahun 2024`: the year of a regulation's number.
        if index - 2 >= sentenceStart, text.kind(index - 2) == .number, let (unit, end) = lexicon.units.match(text, at: index - 1, limit: limit),
           unit == .year, end == index { return nil }
        // `Proliga 2025`, `(UTBK-SNBT) 2024`: a year inside an event's name is not a date; a budget's is (`APBD 2025`).
        if isNamedYear(index), lexicon.anchor(text, at: index - 1, limit: limit)?.role != "budget",
           !(text.isChar(index - 1, UInt8(ascii: ")")) && index - 2 >= sentenceStart && lexicon.anchor(text, at: index - 2, limit: limit)?.role == "budget") { return nil }
        if text.touchesNext(index), text.isChar(index + 1, UInt8(ascii: "-")) || text.isChar(index + 1, UInt8(ascii: "/")), text.touchesNext(index + 1),
           let second = yearNumber(at: index + 2), second > first {
            return makeMatch(index, index + 3, kind: "interval", value: "\(Timex.year(first))/\(Timex.year(second))", granularity: "year", rule: "interval.year-range")
        }
        // `pada 2021 lalu`: the year fixes it; `lalu` still belongs to the expression.
        if let (sign, end) = direction(at: index + 1), sign == -1 {
            return makeMatch(index, end, value: Timex.year(first), granularity: "year", rule: "date.year")
        }
        return makeMatch(index, index + 1, value: Timex.year(first), granularity: "year", rule: "date.year")
    }

    /// `1990-an` → `199`, `80-an` → `198`.
    func decade(at index: Int) -> DateMatch? {
        guard index < limit, text.kind(index) == .number else { return nil }
        let token = text.tokens[index]
        let bytes = text.bytes[token.byteStart..<token.byteEnd]
        guard bytes.count == 5 || bytes.count == 7, bytes.suffix(3).elementsEqual("-an".utf8) else { return nil }
        let digits = bytes.dropLast(3)
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.last == UInt8(ascii: "0") else { return nil }
        let value = digits.count == 4 ? String(decoding: digits.dropLast(), as: UTF8.self) : "19" + String(decoding: digits.prefix(1), as: UTF8.self)
        return makeMatch(index, index + 1, value: value, granularity: "decade", rule: "date.decade")
    }

    func yearWithWord(at index: Int) -> DateMatch? {
        guard index + 1 < limit, let (unit, end) = lexicon.units.match(text, at: index, limit: limit), unit == .year else { return nil }
        // `Nomor 16 Tahun 2024`, `UU 11 Tahun 2020`: the year of a regulation's number is not a date.
        if index > sentenceStart, text.kind(index - 1) == .number { return nil }
        if var decade = decade(at: end) {
            decade.start = index
            return decade
        }
        guard let year = yearNumber(at: end, range: 1000...2999) else { return nil }
        if var range = self.year(at: end), range.kind == "interval" {
            range.start = index
            return range
        }
        let after = direction(at: end + 1).flatMap { $0.sign == -1 ? $0.end : nil } ?? end + 1
        return makeMatch(index, after, value: Timex.year(year), granularity: "year", rule: "date.year-word")
    }
}
