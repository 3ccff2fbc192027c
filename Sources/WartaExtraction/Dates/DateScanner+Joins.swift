import WartaText

/// Pieces of one moment written next to each other become one expression, before ranges are
/// joined (`DateScanner+Intervals.swift`): a day and its clock time, a weekday's part of the day
/// and the date that spells it out, a day and the week it is placed in, a part of a period and the
/// period. The pieces must touch or be separated by one comma.
///
/// | rule | example |
/// | --- | --- |
/// | `time.day-clock` | `Kamis (7/8) pukul 09.30 WIB` → `2025-08-07T09:30+07:00`, `Jumat pukul 13.15 WITA`, `besok pukul 08.00 WIB`, `Sabtu, 12 April 2025, pukul 20.00 WIB`, `Minggu pukul 08.00-10.00 WIB` (an interval) |
/// | `time.weekday-part-date` | `Kamis dini hari, 2 Januari 2025` → `2025-01-02TNI` (the weekday's part of the day on the date written after it) |
/// | `date.day-in-week` | `Kamis (12/6) pekan lalu` → `2025-06-12` (the day written; the week only places it) |
/// | `date.part-of-period` | `paruh pertama kuartal III` → `2024-Q3` (the finer period named; TIMEX3 has no half of a quarter) |
extension DateScanner {
    func joiningPieces(_ matches: [DateMatch]) -> [DateMatch] {
        guard matches.count > 1 else { return matches }
        var result: [DateMatch] = []
        result.reserveCapacity(matches.count)
        for match in matches {
            if let last = result.last, adjacent(last, match), let joined = piece(last, match) {
                result[result.count - 1] = joined
            } else {
                result.append(match)
            }
        }
        return result
    }

    /// True when `second` starts right after `first`, or after one comma.
    @inline(__always)
    func adjacent(_ first: DateMatch, _ second: DateMatch) -> Bool {
        second.start == first.end || (second.start == first.end + 1 && text.isChar(first.end, UInt8(ascii: ",")))
    }

    func piece(_ first: DateMatch, _ second: DateMatch) -> DateMatch? {
        guard first.anaphora == nil, second.anaphora == nil else { return nil }
        // A day (or a day's part) and its clock time.
        if let clock = second.clock, second.kind != "date", !second.localTime, first.clock == nil,
           first.kind == "date" || first.kind == "time", first.granularity == "day" || first.granularity == "part-of-day",
           first.value.utf8.count >= 10, first.day != nil || (!first.resolved && !first.value.contains("W")) {
            let day = String(first.value.prefix(10))
            var joined = first
            joined.end = second.end
            joined.kind = clock.contains("/") ? "interval" : "time"
            joined.granularity = "minute"
            joined.value = clock.split(separator: "/").map { day + $0 }.joined(separator: "/")
            joined.rule = "time.day-clock"
            joined.mod = second.mod ?? first.mod
            joined.reportDate = false
            return joined
        }
        // `Kamis dini hari, 2 Januari 2025`: the date spells out the weekday.
        if first.rule == "time.weekday-part", second.kind == "date", second.granularity == "day", let day = second.day,
           let weekdayDay = first.day, weekdayDay.weekday == day.weekday, let code = first.value.split(separator: "T").last {
            var joined = second
            joined.start = first.start
            joined.kind = "time"
            joined.granularity = "part-of-day"
            joined.value = day.description + "T" + code
            joined.rule = "time.weekday-part-date"
            return joined
        }
        guard second.start == first.end else { return nil }
        // `Kamis (12/6) pekan lalu`: the written day wins.
        if first.kind == "date", first.granularity == "day", first.bareWeekday == nil, first.day != nil,
           first.rule == "date.weekday-dated" || first.rule.hasPrefix("date.day-month"),
           second.rule == "date.relative-unit", second.granularity == "week" {
            var joined = first
            joined.end = second.end
            joined.rule = "date.day-in-week"
            return joined
        }
        // `paruh pertama kuartal III`: a half written without a year before a finer period.
        if first.kind == "date", first.granularity == "half", !first.explicitYear, first.mod == nil,
           second.kind == "date", second.granularity == "quarter" || second.granularity == "month" {
            var joined = second
            joined.start = first.start
            joined.rule = "date.part-of-period"
            return joined
        }
        return nil
    }
}
