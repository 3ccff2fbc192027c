/// Two dates joined by a range word become one interval.
///
/// | rule | example |
/// | --- | --- |
/// | `interval.dates` | `14 Mei hingga 23 Juni` → `2020-05-14/2020-06-23`, `30 Juni-2 Juli` |
/// | `interval.months` | `Januari hingga Maret 2020` |
extension DateScanner {
    func joinIntervals(_ matches: [DateMatch]) -> [DateMatch] {
        guard matches.count > 1 else { return matches }
        var result: [DateMatch] = []
        var index = 0
        while index < matches.count {
            let first = matches[index]
            if index + 1 < matches.count, first.kind == "date" || first.kind == "time" && false {
                let second = matches[index + 1]
                if let (_, end) = lexicon.rangeWords.match(text, at: first.end, limit: limit), end == second.start, second.kind == "date" {
                    var joined: DateMatch?
                    if let a = first.day, let b = second.day, a < b, first.granularity == "day" {
                        joined = makeMatch(first.start, second.end, kind: "interval", value: "\(a)/\(b)", granularity: "day", rule: "interval.dates")
                    } else if let a = first.month, let b = second.month {
                        let (y1, y2) = first.resolved && second.rule == "date.month-year" && first.rule == "date.month" ? (b.year, b.year) : (a.year, b.year)
                        joined = makeMatch(first.start, second.end, kind: "interval", value: "\(Timex.month(y1, a.month))/\(Timex.month(y2, b.month))", granularity: "month", rule: "interval.months")
                    }
                    if var joined {
                        joined.anchor = first.anchor ?? second.anchor
                        result.append(joined)
                        index += 2
                        continue
                    }
                }
            }
            result.append(first)
            index += 1
        }
        return result
    }
}
