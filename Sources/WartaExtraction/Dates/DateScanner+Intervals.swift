import WartaText

/// Two dates joined by a range word become one interval, as the issue's `mulai 14 Mei ... sampai
/// 23 Juni` and the gold articles write them.
///
/// | rule | example |
/// | --- | --- |
/// | `interval.dates` | `28 November hingga 3 Desember` → `2024-11-28/2024-12-03`, `hari ini hingga 27 Oktober`, `20 Oktober 2024 hingga 7 Mei 2025` |
/// | `interval.months` | `April hingga Mei lalu` → `2020-04/2020-05`, `Januari hingga awal Maret 2022` → `2022-01/2022-03`, `November hingga Maret` → `2024-11/2025-03` |
/// | `interval.years` | `2019 hingga 2022` → `2019/2022` |
/// | `interval.times` | `Minggu pagi hingga Senin (15/4) dini hari` → `2024-04-14TMO/2024-04-15TNI`, `Senin malam hingga 11 Desember 2022` → `2022-12-05TNI/2022-12-11` |
/// | `interval.day-clock-range` | `Sabtu pukul 06.00 WITA hingga Minggu (30/3) pukul 06.00 WITA` → `2025-03-29T06:00+08:00/2025-03-30T06:00+08:00` |
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
            if index + 3 < matches.count, let joined = joinDayClocks(matches[index..<index + 4]) {
                result.append(joined)
                index += 4
            } else if index + 1 < matches.count, let joined = join(matches[index], matches[index + 1]) {
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

    /// `Sabtu pukul 06.00 WITA hingga Minggu (30/3) pukul 06.00 WITA`: a day and a clock time, a range
    /// word, a day and a clock time make one interval from the first moment to the second (a weekday
    /// written alone first takes the second day's week).
    func joinDayClocks(_ four: ArraySlice<DateMatch>) -> DateMatch? {
        let m = Array(four)
        guard m[0].kind == "date", m[0].granularity == "day", m[2].kind == "date", m[2].granularity == "day", let last = m[2].day,
              let a = m[1].clock, let b = m[3].clock, m[1].kind == "time", m[3].kind == "time", !a.contains("/"), !b.contains("/"),
              m[1].start == m[0].end, m[3].start == m[2].end, !m[1].localTime, !m[3].localTime,
              let (_, end) = lexicon.rangeWords.match(text, at: m[1].end, limit: limit), end == m[2].start else { return nil }
        var first = m[0].day
        if let weekday = m[0].bareWeekday { first = last.adding(days: -((last.weekday - weekday + 7) % 7)) }
        guard let first, first <= last else { return nil }
        var joined = makeMatch(m[0].start, m[3].end, kind: "interval", value: "\(first)\(a)/\(last)\(b)", granularity: "minute", rule: "interval.day-clock-range")
        joined.anchor = m[2].anchor ?? m[0].anchor
        joined.day = last
        return joined
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
        return joined
    }

    /// `Minggu pagi hingga Senin (15/4) dini hari`: two parts of days joined by a range word.
    func joinTimes(_ first: DateMatch, _ second: DateMatch) -> DateMatch? {
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
