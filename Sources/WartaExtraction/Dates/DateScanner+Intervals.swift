import WartaText

/// Two dates joined by a range word become one interval, as the issue's `mulai 14 Mei ... sampai
/// 23 Juni` and the gold articles write them.
///
/// | rule | example |
/// | --- | --- |
/// | `interval.dates` | `28 November hingga 3 Desember` → `2024-11-28/2024-12-03`, `hari ini hingga 27 Oktober`, `20 Oktober 2024 hingga 7 Mei 2025`, `awal tahun hingga kemarin` → `2025-01-01/2025-06-10` (a period to a day runs from its first day) |
/// | `interval.months` | `April hingga Mei lalu` → `2020-04/2020-05`, `Januari hingga awal Maret 2022` → `2022-01/2022-03`, `November hingga Maret` → `2024-11/2025-03` |
/// | `interval.years` | `2019 hingga 2022` → `2019/2022` |
/// | `interval.times` | `Minggu pagi hingga Senin (15/4) dini hari` → `2024-04-14TMO/2024-04-15TNI`, `Senin malam hingga 11 Desember 2022` → `2022-12-05TNI/2022-12-11`, `Kamis malam hingga pukul 22.00 WITA` → `2025-03-27TNI/2025-03-27T22:00+08:00` (a clock time alone takes the day before it, the next one past midnight) |
/// | `interval.day-clock-range` | `Sabtu pukul 06.00 WITA hingga Minggu (30/3) pukul 06.00 WITA` → `2025-03-29T06:00+08:00/2025-03-30T06:00+08:00`, `Jumat, 31 Januari 2025, pukul 22.00 WIB hingga Sabtu dini hari, 1 Februari 2025, pukul 03.00 WIB` (each side first joined with its clock time, `DateScanner+Joins.swift`) |
/// | `interval.budget-years` | `tahun anggaran 2020 dan 2021` → `2020/2021`, `APBD 2024 dan 2025` (budget years coordinated are one span) |
/// | `interval.weekdays` | `Kamis dan Jumat` → `2025-03-27/2025-03-28`, `Jumat dan Sabtu pekan lalu` (two days next to each other), `Senin hingga Rabu (5/6)`: the first in the second's week |
/// | `interval.months-and` | `Juni dan Juli 2021` → `2021-06/2021-07` (the year written once or not at all) |
///
/// A first date without a year takes the year written on the second (`Januari hingga Maret 2022`);
/// a span of months without any takes the year written before it in its sentence (`Sepanjang 2018,
/// ekspor Januari-September naik` → `2018-01/2018-09`), else the article's.
extension DateScanner {
    func joinIntervals(_ matches: [DateMatch]) -> [DateMatch] {
        guard matches.count > 1 else { return matches }
        return yearFromSentence(joinPairs(matches))
    }

    /// `Sepanjang 2018, ekspor Januari-September naik`, `Pada 2024, ... ditutup pada Senin, 11 Maret`,
    /// `target tahun depan ... pada semester pertama`: a day, month, span of months or period whose
    /// year is not written takes the year written (or named, `tahun depan`) before it in its sentence
    /// rather than the article's.
    func yearFromSentence(_ matches: [DateMatch]) -> [DateMatch] {
        var result = matches
        var written: Int?
        for index in result.indices {
            let match = result[index]
            if match.explicitYear || match.rule == "date.year" || match.rule == "date.year-word"
                || match.rule == "date.relative-unit" && match.granularity == "year" && match.resolved {
                // Not a year compared with (`dibandingkan tahun lalu`) nor one naming a budget or an
                // event (`APBD 2020 ditetapkan sebelum 31 Desember`, `Proliga 2025`).
                if !match.outOfFocus && !(match.rule == "date.year" && isNamedYear(match.start)) { written = Int(match.value.prefix(4)) }
                continue
            }
            if match.holidayDays != nil, let written {
                result[index].holidayYear = written
                continue
            }
            let monthSpan = match.kind == "interval" && match.granularity == "month" && match.anaphora == nil
            guard let written, monthSpan || match.inferredYear, match.resolved,
                  let own = Int(match.value.prefix(4)), own != written else { continue }
            let years = written - own
            result[index].value = Reference.movingYears(of: match.value, by: years)
            result[index].anchor = nil
            if let day = match.day { result[index].day = CivilDate(year: day.year + years, month: day.month, day: day.month == 2 ? min(day.day, 28) : day.day) }
            if let month = match.month { result[index].month = (month.year + years, month.month) }
        }
        return result
    }

    /// True when the year at `index` follows a name (`APBD 2020`, `(UTBK-SNBT) 2024`, `Proliga 2025`).
    func isNamedYear(_ index: Int) -> Bool {
        guard index > sentenceStart else { return false }
        if text.isChar(index - 1, UInt8(ascii: ")")) { return true }
        return (text.kind(index - 1) == .word || text.kind(index - 1) == .acronym) && !isCommonWord(index - 1)
            && (!lexicon.triggers.contains(text.keys[index - 1], hash: text.keyHashes[index - 1])
                || lexicon.anchor(text, at: index - 1, limit: limit)?.role == "budget")
    }

    func joinPairs(_ matches: [DateMatch]) -> [DateMatch] {
        var result: [DateMatch] = []
        var index = 0
        while index < matches.count {
            if index + 1 < matches.count, let joined = join(matches[index], matches[index + 1]) {
                result.append(joined)
                index += 2
            } else {
                result.append(matches[index])
                index += 1
            }
        }
        return result
    }

    func join(_ first: DateMatch, _ second: DateMatch) -> DateMatch? {
        guard first.anaphora == nil, second.anaphora == nil else { return nil }
        if first.kind == "time" || second.kind == "time" { return joinTimes(first, second) }
        guard first.kind == "date", second.kind == "date" else { return nil }
        if let weekday = first.bareWeekday, let joined = joinWeekdays(first, weekday, second) { return joined }
        // `Juni dan Juli 2021`: two months of one year written once are one span too.
        var coordinated = false
        if let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit), end == second.start {
            coordinated = false
        } else if let (role, end) = lexicon.link(text, at: first.end, limit: limit), role == "and", end == second.start,
                  first.granularity == "month", second.granularity == "month", !first.explicitYear {
            coordinated = true
        } else if let (role, end) = lexicon.link(text, at: first.end, limit: limit), role == "and", end == second.start,
                  isBudgetYear(first), second.rule == "date.year", let a = Int(first.value), let b = Int(second.value), b > a, b - a <= 10 {
            // `tahun anggaran 2020 dan 2021`, `APBD 2024 dan 2025`: budget years written as a pair are one span.
            var joined = makeMatch(first.start, second.end, kind: "interval", value: first.value + "/" + second.value, granularity: "year", rule: "interval.budget-years")
            joined.explicitYear = true
            return joined
        } else {
            return nil
        }
        var joined = makeMatch(first.start, second.end, kind: "interval", value: "", granularity: "day", rule: "interval.dates")
        joined.anchor = first.anchor ?? second.anchor
        joined.explicitYear = first.explicitYear || second.explicitYear
        // Neither year known (no date given): still one span, `XXXX-11-28/XXXX-12-03`.
        if !first.resolved, !second.resolved, first.granularity == second.granularity, first.granularity == "day" || first.granularity == "month",
           first.value.hasPrefix("XXXX-"), second.value.hasPrefix("XXXX-"), first.value.count == second.value.count, first.value < second.value {
            joined.value = first.value + "/" + second.value
            joined.granularity = first.granularity
            joined.resolved = false
            if first.granularity == "month" { joined.rule = coordinated ? "interval.months-and" : "interval.months" }
            return joined
        }
        // `awal tahun hingga kemarin`, `Januari hingga 15 Maret`: a period to a day runs from its first day.
        if !coordinated, second.granularity == "day", let b = second.day, first.resolved, first.day == nil,
           ["year", "month", "quarter", "half"].contains(first.granularity), let a = Self.firstDay(of: first.value), a < b {
            joined.value = "\(a)/\(b)"
            joined.day = b
            return joined
        }
        if var a = first.day, let b = second.day, first.granularity == "day" {
            if !first.explicitYear && second.explicitYear && first.rule.hasPrefix("date.day-month") {
                let year = a.month > b.month ? b.year - 1 : b.year
                a = CivilDate(year: year, month: a.month, day: a.day) ?? a
            }
            guard a < b else { return nil }
            joined.value = "\(a)/\(b)"
            joined.day = b
            return joined
        }
        // `2019 hingga 2022`: two years.
        if !coordinated, first.granularity == "year", second.granularity == "year", first.value.utf8.count == 4, second.value.utf8.count == 4,
           first.value < second.value, first.mod == nil, second.mod == nil {
            joined.value = first.value + "/" + second.value
            joined.granularity = "year"
            joined.rule = "interval.years"
            return joined
        }
        // `Januari hingga Agustus 2017` in an article without a date: the year written once serves both.
        var firstMonth = first.month
        if firstMonth == nil, !first.resolved, first.granularity == "month", second.explicitYear, let month = Int(first.value.suffix(2)) {
            firstMonth = (0, month)
        }
        if var a = firstMonth, var b = second.month {
            if !first.explicitYear && second.explicitYear { a.year = a.month > b.month ? b.year - 1 : b.year }
            // `November hingga Maret` runs into the next year.
            if !first.explicitYear && !second.explicitYear && a.month > b.month && a.year == b.year { b.year = a.year + 1 }
            // `antara Desember dan Februari` runs into the next year, as with `hingga`; never over a year.
            if coordinated && b.year * 12 + b.month - (a.year * 12 + a.month) > 11 { return nil }
            guard a.year * 12 + a.month < b.year * 12 + b.month else { return nil }
            joined.value = "\(Timex.month(a.year, a.month))/\(Timex.month(b.year, b.month))"
            joined.granularity = "month"
            joined.rule = coordinated ? "interval.months-and" : "interval.months"
            return joined
        }
        return nil
    }

    /// True when `match` is the year of a budget (`tahun anggaran 2020`, `APBD 2024`).
    func isBudgetYear(_ match: DateMatch) -> Bool {
        guard match.granularity == "year", match.value.utf8.count == 4 else { return false }
        if match.rule == "date.year-word", let (_, end) = lexicon.units.match(text, at: match.start, limit: limit), end == match.start + 2 { return true }
        return match.rule == "date.year" && match.start > sentenceStart && lexicon.anchor(text, at: match.start - 1, limit: limit)?.role == "budget"
    }

    /// The first day of a year, month, quarter or half (`2026` → 2026-01-01, `2025-Q2` → 2025-04-01).
    static func firstDay(of value: String) -> CivilDate? {
        guard value.utf8.count >= 4, let year = Int(value.prefix(4)) else { return nil }
        let rest = value.dropFirst(4)
        if rest.isEmpty { return CivilDate(year: year, month: 1, day: 1) }
        if rest.hasPrefix("-Q"), let q = Int(rest.dropFirst(2)) { return CivilDate(year: year, month: (q - 1) * 3 + 1, day: 1) }
        if rest.hasPrefix("-H"), let h = Int(rest.dropFirst(2)) { return CivilDate(year: year, month: (h - 1) * 6 + 1, day: 1) }
        if rest.utf8.count == 3, let m = Int(rest.dropFirst()) { return CivilDate(year: year, month: m, day: 1) }
        return nil
    }

    /// `Kamis dan Jumat`, `Jumat dan Sabtu pekan lalu`, `Senin hingga Rabu (5/6)`: a weekday written
    /// alone and a later weekday, joined by a range word (or by `dan` when they are next to each
    /// other), are one span in the second's week.
    func joinWeekdays(_ first: DateMatch, _ weekday: Int, _ second: DateMatch) -> DateMatch? {
        guard second.rule.hasPrefix("date.weekday"), let last = second.day else { return nil }
        let gap = (last.weekday - weekday + 7) % 7
        if let (role, end) = lexicon.link(text, at: first.end, limit: limit), role == "and", end == second.start {
            guard gap == 1 else { return nil }
        } else {
            guard let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit), end == second.start, gap > 0 else { return nil }
        }
        var joined = makeMatch(first.start, second.end, kind: "interval", value: "\(last.adding(days: -gap))/\(last)", granularity: "day", rule: "interval.weekdays")
        joined.anchor = second.anchor ?? first.anchor
        joined.day = last
        // Two weekdays alone still take their week from the article (`resolveBareWeekdays`).
        joined.bareWeekday = second.bareWeekday
        return joined
    }

    /// `Minggu pagi hingga Senin (15/4) dini hari`: two parts of days joined by a range word.
    func joinTimes(_ first: DateMatch, _ second: DateMatch) -> DateMatch? {
        guard let (_, afterRange) = lexicon.rangeWords.match(text, at: first.end, limit: limit), afterRange == second.start else { return nil }
        // `Sabtu pukul 06.00 WITA hingga Minggu (30/3) pukul 06.00 WITA`, `Selasa, 31 Desember 2024, pukul 18.00
        // WIB hingga Rabu dini hari, 1 Januari 2025, pukul 02.00 WIB`: two moments of named days (a weekday
        // written alone first takes the second day's week).
        if first.kind == "time", second.kind == "time", first.clock == nil, second.clock == nil, var a = first.day, let b = second.day,
           first.resolved, second.resolved, !first.localTime, !second.localTime {
            if let weekday = first.bareWeekday { a = b.adding(days: -((b.weekday - weekday + 7) % 7)) }
            guard a <= b, a < b || first.value < second.value else { return nil }
            let clocks = first.granularity == "minute" && second.granularity == "minute"
            var joined = makeMatch(first.start, second.end, kind: "interval", value: a.description + first.value.dropFirst(10) + "/" + second.value,
                                   granularity: clocks ? "minute" : "part-of-day", rule: clocks ? "interval.day-clock-range" : "interval.times")
            joined.anchor = second.anchor ?? first.anchor
            joined.day = b
            return joined
        }
        // `Senin malam hingga pukul 23.00 WITA`, `pukul 20.00 WIB hingga pukul 01.00 WIB` after a named day: a
        // moment of a day to a clock time, on that day (the next when the clock comes round past midnight).
        if first.kind == "time", first.clock == nil, let a = first.day, first.resolved, let b = second.clock, second.kind == "time",
           !b.contains("/"), !second.localTime, first.value.utf8.count > 11 {
            let firstTime = first.value.dropFirst(11)
            let hour = Int(b.dropFirst().prefix(2)) ?? 0
            let firstHour = Int(firstTime.prefix(2)) ?? (firstTime.hasPrefix("NI") ? 18 : firstTime.hasPrefix("EV") ? 17 : 0)
            let day = hour < firstHour ? a.adding(days: 1) : a
            var joined = makeMatch(first.start, second.end, kind: "interval", value: first.value + "/" + day.description + b,
                                   granularity: "minute", rule: "interval.times")
            joined.anchor = first.anchor
            joined.day = day
            return joined
        }
        // `pukul 07.00 WIB hingga pukul 10.00 WIB`: two clock times, still waiting for their day.
        if let a = first.clock, let b = second.clock, first.kind == "time", second.kind == "time", first.localTime == second.localTime,
           let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit), end == second.start {
            var joined = makeMatch(first.start, second.end, kind: "interval", value: "", granularity: "minute", rule: "interval.clock-range")
            joined.clock = a + "/" + b
            joined.localTime = first.localTime
            joined.mod = first.mod
            return joined
        }
        // `Senin malam hingga 11 Desember 2022`: a part of a day to a later day.
        if first.kind == "time", first.granularity == "part-of-day", first.resolved, let a = first.day, second.kind == "date",
           second.granularity == "day", let b = second.day, a < b, let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit),
           end == second.start {
            var joined = makeMatch(first.start, second.end, kind: "interval", value: first.value + "/" + b.description, granularity: "day", rule: "interval.times")
            joined.anchor = first.anchor ?? second.anchor
            joined.day = b
            return joined
        }
        guard first.kind == "time", second.kind == "time", first.granularity == "part-of-day", second.granularity == "part-of-day",
              first.resolved, second.resolved, let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit), end == second.start,
              first.value < second.value else { return nil }
        var joined = makeMatch(first.start, second.end, kind: "interval", value: first.value + "/" + second.value, granularity: "part-of-day", rule: "interval.times")
        joined.anchor = first.anchor ?? second.anchor
        joined.day = second.day
        return joined
    }
}
