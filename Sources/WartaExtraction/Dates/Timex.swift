import WartaText

/// TIMEX3-style value strings: `2020-07-09`, `2020-05`, `2020-W27`, `2021-Q2`, `P3D`,
/// `2020-07-09T14:00+07:00`, and `X` for unknown digits when there is no reference date.
enum Timex {
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func day(_ date: CivilDate) -> String { date.description }
    static func month(_ year: Int, _ month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }
    static func year(_ year: Int) -> String { pad(year, 4) }

    /// The ISO 8601 week-numbering year and week of `date`.
    static func isoWeek(_ date: CivilDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 4 - date.weekday)
        guard let january1 = CivilDate(year: thursday.year, month: 1, day: 1) else { return (thursday.year, 1) }
        return (thursday.year, (thursday.dayNumber - january1.dayNumber) / 7 + 1)
    }

    static func week(_ date: CivilDate) -> String {
        let (year, week) = isoWeek(date)
        return "\(pad(year, 4))-W\(pad(week, 2))"
    }

    /// `year`-`month` moved by `delta` months.
    static func addMonths(_ year: Int, _ month: Int, _ delta: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + delta
        return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
    }

    /// A duration: `P3D`, `PT3H`, `P1.5Y`.
    static func duration(_ amount: String, _ unit: CalendarLexicon.Unit) -> String {
        switch unit {
        case .year: return "P\(amount)Y"
        case .half: return "P\(amount)H"
        case .quarter: return "P\(amount)Q"
        case .month: return "P\(amount)M"
        case .week: return "P\(amount)W"
        case .day: return "P\(amount)D"
        case .hour: return "PT\(amount)H"
        case .minute: return "PT\(amount)M"
        case .second: return "PT\(amount)S"
        // `dua dekade` P20Y, `satu abad` P100Y, `dua windu` P16Y: counted in years, as reports mean them.
        case .decade: return Int(amount).map { "P\($0 * 10)Y" } ?? "P\(amount)DE"
        case .century: return Int(amount).map { "P\($0 * 100)Y" } ?? "P\(amount)CE"
        case .windu: return Int(amount).map { "P\($0 * 8)Y" } ?? "P\(amount)WI"
        }
    }

    /// The time part designator of a duration unit (`H`, `M`, `S`), for joining `3 menit 46 detik`.
    static func isTimeUnit(_ unit: CalendarLexicon.Unit) -> Bool { unit == .hour || unit == .minute || unit == .second }

    /// Larger units rank higher: a duration names its parts from the largest down.
    static func rank(_ unit: CalendarLexicon.Unit) -> Int {
        switch unit {
        case .century: return 12
        case .decade: return 11
        case .windu: return 10
        case .year: return 9
        case .half: return 8
        case .quarter: return 7
        case .month: return 6
        case .week: return 5
        case .day: return 4
        case .hour: return 3
        case .minute: return 2
        case .second: return 1
        }
    }

    static func granularity(_ unit: CalendarLexicon.Unit) -> String { unit.rawValue }
}
