import WartaText

/// Two dates joined by a range word become one interval, as the issue's `mulai 14 Mei ... sampai
/// 23 Juni` and the gold articles write them.
///
/// | rule | example |
/// | --- | --- |
/// | `interval.dates` | `28 November hingga 3 Desember` → `2024-11-28/2024-12-03`, `hari ini hingga 27 Oktober`, `20 Oktober 2024 hingga 7 Mei 2025` |
/// | `interval.months` | `April hingga Mei lalu` → `2020-04/2020-05`, `Januari hingga awal Maret 2022` → `2022-01/2022-03`, `November hingga Maret` → `2024-11/2025-03` |
/// | `interval.years` | `2019 hingga 2022` → `2019/2022` |
/// | `interval.times` | `Minggu pagi hingga Senin (15/4) dini hari` → `2024-04-14TMO/2024-04-15TNI` |
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

    /// `Sepanjang 2018, ekspor Januari-September naik`: a span of months without a year takes the
    /// year written before it in its sentence rather than the article's.
    func yearFromSentence(_ matches: [DateMatch]) -> [DateMatch] {
        var result = matches
        var written: Int?
        for index in result.indices {
            let match = result[index]
            if match.explicitYear || match.rule == "date.year" || match.rule == "date.year-word" {
                written = Int(match.value.prefix(4))
                continue
            }
            guard let written, match.kind == "interval", match.granularity == "month", match.resolved, match.anaphora == nil,
                  let own = Int(match.value.prefix(4)), own != written else { continue }
            result[index].value = Reference.movingYears(of: match.value, by: written - own)
            result[index].anchor = nil
        }
        return result
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
            if coordinated && a.year != b.year { return nil }
            guard a.year * 12 + a.month < b.year * 12 + b.month else { return nil }
            joined.value = "\(Timex.month(a.year, a.month))/\(Timex.month(b.year, b.month))"
            joined.granularity = "month"
            joined.rule = coordinated ? "interval.months-and" : "interval.months"
            return joined
        }
        return nil
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
        guard first.kind == "time", second.kind == "time", first.granularity == "part-of-day", second.granularity == "part-of-day",
              first.resolved, second.resolved, let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit), end == second.start,
              first.value < second.value else { return nil }
        var joined = makeMatch(first.start, second.end, kind: "interval", value: first.value + "/" + second.value, granularity: "part-of-day", rule: "interval.times")
        joined.anchor = first.anchor ?? second.anchor
        joined.day = second.day
        return joined
    }
}
