import WartaText

/// The days a calendar value covers, so that TIMEX3 values written differently but meaning the
/// same span score as equal (`2021-Q2` = `2021-04/2021-06` = `2021-04-01/2021-06-30`; `2020-H1`
/// = `2020-01/2020-06`; `2020-W27` = its Monday to Sunday). Values with a clock time, durations,
/// sets and unresolved (`XXXX`) values have no extent and are compared as written.
enum CalendarExtent {
    /// `first/last` day of the span `value` covers, or nil when it is not a calendar span.
    static func days(_ value: String) -> (first: CivilDate, last: CivilDate)? {
        let ends = value.split(separator: "/", omittingEmptySubsequences: false)
        if ends.count == 2 {
            guard let from = single(ends[0]), let to = single(ends[1]), from.first <= to.last else { return nil }
            return (from.first, to.last)
        }
        return ends.count == 1 ? single(ends[0]) : nil
    }

    /// The comparison key of a date value: its day span when it has one, else the value itself.
    static func key(_ value: String) -> String {
        guard let (first, last) = days(value) else { return value }
        return "\(first)/\(last)"
    }

    private static func single(_ text: Substring) -> (first: CivilDate, last: CivilDate)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        func month(_ first: Int, _ last: Int) -> (CivilDate, CivilDate)? {
            guard let start = CivilDate(year: year, month: first, day: 1),
                  let end = CivilDate(year: year, month: last, day: CivilDate.daysIn(month: last, year: year)) else { return nil }
            return (start, end)
        }
        switch parts.count {
        case 1: return month(1, 12)
        case 2:
            let part = parts[1]
            if part.count == 2, let number = Int(part) { return month(number, number) }
            guard part.count >= 2, let number = Int(part.dropFirst()) else { return nil }
            switch part.first {
            case "Q" where (1...4).contains(number): return month(3 * number - 2, 3 * number)
            case "H" where (1...2).contains(number): return month(6 * number - 5, 6 * number)
            case "W" where (1...53).contains(number):
                // ISO week 1 holds 4 January; weeks start on Monday.
                guard let january4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
                let monday = january4.adding(days: 1 - january4.weekday + 7 * (number - 1))
                return (monday, monday.adding(days: 6))
            default: return nil
            }
        case 3:
            guard parts[1].count == 2, parts[2].count == 2, let m = Int(parts[1]), let d = Int(parts[2]),
                  let date = CivilDate(year: year, month: m, day: d) else { return nil }
            return (date, date)
        default: return nil
        }
    }
}
