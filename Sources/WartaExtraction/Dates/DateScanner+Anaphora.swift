import WartaText

/// Units counted from the last date named rather than from the article's date.
///
/// | rule | example |
/// | --- | --- |
/// | `date.relative-previous` | `sepanjang 2018 ... dibandingkan tahun sebelumnya` → `2017`; `Juli 2021 ... bulan sebelumnya` → `2021-06`; `kuartal I 2025 ... kuartal sebelumnya` → `2024-Q4` |
///
/// Without an earlier date the article's date is the reference.
extension DateScanner {
    static func resolveAnaphora(_ matches: inout [DateMatch], published: CivilDate?) {
        for index in matches.indices {
            guard let (unit, sign) = matches[index].anaphora else { continue }
            let reference = matches[..<index].last { $0.anaphora == nil && $0.resolved && $0.kind != "duration" && $0.kind != "set" && $0.value.first?.isNumber == true }
            matches[index].anaphora = nil
            var parts = Reference(value: reference?.value)
            if reference == nil, let published {
                parts = Reference(year: published.year, month: published.month, day: published.day)
                matches[index].anchor = published
            }
            guard let value = parts.shifted(unit, by: sign) else {
                matches[index].value = "XXXX"
                matches[index].resolved = false
                continue
            }
            matches[index].value = value
        }
    }

    /// The year, month, quarter, half and day of a TIMEX3 value (`2021-07`, `2025-Q1`, `2018`).
    struct Reference {
        var year: Int?
        var month: Int?
        var day: Int?
        var quarter: Int?
        var half: Int?

        init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
            self.year = year
            self.month = month
            self.day = day
        }

        init(value: String?) {
            guard let value, value.count >= 4, let year = Int(value.prefix(4)) else { return }
            self.year = year
            let rest = value.dropFirst(4)
            if rest.hasPrefix("-Q"), let q = Int(rest.dropFirst(2).prefix(1)) { quarter = q }
            else if rest.hasPrefix("-H"), let h = Int(rest.dropFirst(2).prefix(1)) { half = h }
            else if rest.hasPrefix("-"), let m = Int(rest.dropFirst().prefix(2)), (1...12).contains(m) {
                month = m
                if rest.count >= 6, let d = Int(rest.dropFirst(4).prefix(2)) { day = d }
            }
        }

        func shifted(_ unit: CalendarLexicon.Unit, by sign: Int) -> String? {
            guard let year else { return nil }
            switch unit {
            case .year: return Timex.year(year + sign)
            case .month:
                guard let month else { return nil }
                let (y, m) = Timex.addMonths(year, month, sign)
                return Timex.month(y, m)
            case .quarter:
                guard let q = quarter ?? month.map({ ($0 - 1) / 3 + 1 }) else { return nil }
                let index = year * 4 + q - 1 + sign
                return "\(Timex.year(index / 4))-Q\(index % 4 + 1)"
            case .half:
                guard let h = half ?? month.map({ ($0 - 1) / 6 + 1 }) else { return nil }
                let index = year * 2 + h - 1 + sign
                return "\(Timex.year(index / 2))-H\(index % 2 + 1)"
            case .week:
                guard let month, let day, let date = CivilDate(year: year, month: month, day: day) else { return nil }
                return Timex.week(date.adding(days: 7 * sign))
            case .day:
                guard let month, let day, let date = CivilDate(year: year, month: month, day: day) else { return nil }
                return date.adding(days: sign).description
            default: return nil
            }
        }
    }
}
