import WartaText

/// Units counted from the date in focus (the last date named) rather than from the article's date.
///
/// | rule | example |
/// | --- | --- |
/// | `date.relative-previous` | `Juli 2022 ... tahun tersebut` → `2022`, `hari itu` (the unit of the date in focus); `pekan lalu ... sepekan sebelumnya` → the ISO week before (a count of weeks from a week stays a week); `sepanjang 2018 ... dibandingkan tahun sebelumnya` → `2017`; `Juli 2021 ... bulan sebelumnya` → `2021-06`; `kuartal I 2025 ... kuartal sebelumnya` → `2024-Q4`; `Senin (11/9/2017) ... hari sebelumnya` / `sehari sebelumnya` → `2017-09-10` |
/// | `date.same-period` | `Januari-September 2018 ... periode yang sama tahun lalu` (or `tahun lalu pada periode yang sama`) → `2017-01/2017-09`; `Juli 2017 ... bulan yang sama pada tahun sebelumnya` → `2016-07`; `kuartal yang sama tahun lalu` |
/// | `date.previous-period` | `periode Agustus 2021 ... periode sebelumnya` → `2021-07` (the period before, of the focus's length; a span of days moves by its length, `8-14 Januari 2025` → `2025-01-01/2025-01-07`; a span of months a year earlier) |
///
/// `periode sebelumnya` takes the period introduced with `periode` (`periode 8-14 Januari 2025`) over
/// any date named since. The focus is otherwise the last date named before (else, for `kuartal`/`semester`/`bulan sebelumnya` with
/// nothing that fine before it, the first such period later in its sentence), not counting dates that come from a focus themselves,
/// dates compared with (`turun dibandingkan September 2021`), the day a state began (`sejak 5
/// November 2020`) and weekdays that date the statement
/// (`kata X di Jakarta, Selasa`); `hari`/`sehari sebelumnya` count from the last day named.
/// Without one the article's date is the reference.
extension DateScanner {
    /// `periode yang sama tahun lalu`, `bulan yang sama pada tahun sebelumnya`, `periode sebelumnya`.
    func samePeriod(at index: Int) -> DateMatch? {
        if let reversed = yearThenSamePeriod(at: index) { return reversed }
        var scope: DateMatch.FocusScope
        var position: Int
        if let (role, end) = lexicon.anchor(text, at: index, limit: limit), role == "focus" {
            scope = .span
            position = end
        } else if let (unit, end) = lexicon.units.match(text, at: index, limit: limit), Timex.rank(unit) >= Timex.rank(.day), Timex.rank(unit) <= Timex.rank(.year) {
            scope = .unit(unit)
            position = end
        } else {
            return nil
        }
        guard isCommonWord(index) else { return nil }
        var same = false
        if let (role, end) = lexicon.link(text, at: position, limit: limit), role == "same" {
            same = true
            position = end
        }
        if case .unit = scope, !same { return nil }
        if let (role, end) = lexicon.link(text, at: position, limit: limit), role == "link", same { position = end }
        var sign: Int
        if let (role, end) = lexicon.anchor(text, at: position, limit: limit), role == "previous" || role == "next", !same, case .span = scope {
            // `periode sebelumnya`: the period before the one in focus.
            var match = makeMatch(index, end, value: "", granularity: "", rule: "date.previous-period")
            match.anaphora = (.year, role == "previous" ? -1 : 1)
            match.focusScope = .adjacent
            return match
        } else if same, let (unit, afterUnit) = lexicon.units.match(text, at: position, limit: limit), unit == .year {
            if let (role, end) = lexicon.anchor(text, at: afterUnit, limit: limit), role == "previous" || role == "next" {
                sign = role == "previous" ? -1 : 1
                position = end
            } else if let (direction, end) = direction(at: afterUnit), direction != 0 {
                sign = direction
                position = end
            } else {
                return nil
            }
        } else {
            return nil
        }
        return samePeriod(index..<position, scope: scope, yearsMoved: sign)
    }

    /// `tahun lalu pada periode yang sama`: the year written first.
    func yearThenSamePeriod(at index: Int) -> DateMatch? {
        guard let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), unit == .year, isCommonWord(index),
              let (sign, afterSign) = direction(at: afterUnit), sign != 0 else { return nil }
        var position = afterSign
        if let (role, end) = lexicon.link(text, at: position, limit: limit), role == "link" { position = end }
        var scope: DateMatch.FocusScope
        if let (role, end) = lexicon.anchor(text, at: position, limit: limit), role == "focus" {
            scope = .span
            position = end
        } else if let (focusUnit, end) = lexicon.units.match(text, at: position, limit: limit), Timex.rank(focusUnit) >= Timex.rank(.day), Timex.rank(focusUnit) < Timex.rank(.year) {
            scope = .unit(focusUnit)
            position = end
        } else {
            return nil
        }
        guard let (role, end) = lexicon.link(text, at: position, limit: limit), role == "same" else { return nil }
        return samePeriod(index..<end, scope: scope, yearsMoved: sign)
    }

    /// Tokens `tokens` name the period in focus (`scope`) moved `sign` years: rule `date.same-period`.
    func samePeriod(_ tokens: Range<Int>, scope: DateMatch.FocusScope, yearsMoved sign: Int) -> DateMatch {
        var granularity = ""
        if case .unit(let unit) = scope { granularity = unit.rawValue }
        var match = makeMatch(tokens.lowerBound, tokens.upperBound, value: "", granularity: granularity, rule: "date.same-period")
        match.anaphora = (.year, sign)
        match.focusScope = scope
        return match
    }

    static func resolveAnaphora(_ matches: inout [DateMatch], published: CivilDate?) {
        for index in matches.indices {
            guard let (unit, sign) = matches[index].anaphora else { continue }
            let scope = matches[index].focusScope
            // The last date in focus, never a date compared with (`turun dibandingkan September 2021`).
            // `sehari sebelumnya` counts from the last day named, else from the statement's own
            // date (`kata X, Rabu (5/8/2020), ... sehari sebelumnya`).
            let dated = { (candidate: DateMatch) in
                candidate.anaphora == nil && !candidate.fromFocus && candidate.kind != "duration" && candidate.kind != "set"
                    && (candidate.value.first?.isNumber == true || !candidate.resolved)
            }
            let inFocus = { (candidate: DateMatch) in !candidate.outOfFocus && !candidate.reportDate && candidate.rule != "date.weekday-report" }
            let isDay = { (candidate: DateMatch) in candidate.value.utf8.count >= 10 && !candidate.value.utf8.contains(UInt8(ascii: "/")) }
            var reference = matches[..<index].last { dated($0) && inFocus($0) }
            // `periode 8-14 Januari 2025 ... pada pekan ini ... dibandingkan periode sebelumnya`: the period
            // introduced with `periode` is the one meant, over a date named since.
            if case .adjacent? = scope, let introduced = matches[..<index].last(where: { dated($0) && $0.periodWord }) { reference = introduced }
            // `Dibandingkan kuartal sebelumnya, ekonomi pada kuartal IV terkontraksi`: when no period as
            // fine as the unit precedes, the period reported later in the same sentence is in focus.
            if scope == nil, unit == .quarter || unit == .half || unit == .month, reference.map({ !Self.isAsFine($0.granularity, as: unit) }) ?? true,
               let later = matches[(index + 1)...].prefix(while: { $0.sentence == matches[index].sentence })
                   .first(where: { dated($0) && inFocus($0) && Self.isAsFine($0.granularity, as: unit) }) {
                reference = later
            }
            // `sepekan sebelumnya`: weeks counted from a week (`pekan lalu`) name a week, from a day a day.
            let weeksFromDay = unit == .week && scope == nil && matches[index].granularity == "day"
                && !(reference?.value.utf8.contains(UInt8(ascii: "W")) ?? false)
            if unit == .day || weeksFromDay, scope == nil, reference.map({ !isDay($0) }) ?? true {
                reference = matches[..<index].last { dated($0) && isDay($0) && inFocus($0) } ?? matches[..<index].last { dated($0) && isDay($0) }
            }
            var nth: Int?
            if case .nth(let number)? = scope { nth = number }
            if case .edge(let last)? = scope {
                nth = last ? -1 : 1
            }
            if let nth {
                let last = nth == -1
                // `hari pertama`, `hari terakhir`, `hari H`: the day in focus, or an edge of the span of days in focus.
                let days = matches[..<index].last { dated($0) && inFocus($0) && $0.resolved && ($0.value.utf8.count >= 10 || daySpan($0.value) != nil) }
                matches[index].anaphora = nil
                matches[index].focusScope = nil
                matches[index].fromFocus = true
                guard let days else {
                    matches[index].value = ""
                    continue
                }
                var edge = daySpan(days.value).map { last ? $0.last : $0.first } ?? CivilDate(iso: days.value.prefix(10))
                if nth > 1 { edge = edge?.adding(days: nth - 1) }
                matches[index].value = edge?.description ?? ""
                matches[index].day = edge
                continue
            }
            matches[index].anaphora = nil
            matches[index].focusScope = nil
            matches[index].fromFocus = true
            // The date in focus is not known (`Mei` in an article without a date): neither is this one.
            if let reference, !reference.resolved {
                matches[index].value = "XXXX"
                matches[index].resolved = false
                continue
            }
            var parts = Reference(value: reference?.value)
            if reference == nil, let published {
                parts = Reference(year: published.year, month: published.month, day: published.day)
                matches[index].anchor = published
            }
            let value: String?
            switch scope {
            case .span?:
                value = reference.map { Reference.movingYears(of: $0.value, by: sign) } ?? parts.at(.year, movedYears: sign)
            case .unit(let focusUnit)?:
                // `April dan Mei ... bulan yang sama pada tahun sebelumnya`: both months, a year earlier.
                if let reference, reference.value.contains("/"), reference.granularity == focusUnit.rawValue {
                    value = Reference.movingYears(of: reference.value, by: sign)
                } else {
                    value = parts.at(focusUnit, movedYears: sign)
                }
            case .adjacent?:
                if let reference, let span = Self.daySpan(reference.value) {
                    // `periode 8-14 Januari 2025 ... periode sebelumnya`: the days just before, as many.
                    let length = span.last.dayNumber - span.first.dayNumber + 1
                    value = "\(span.first.adding(days: sign * length))/\(span.last.adding(days: sign * length))"
                } else if let reference, reference.value.contains("-W"), !reference.value.contains("/") {
                    // `pekan ini ... periode sebelumnya`: the week before.
                    value = parts.shifted(.week, by: sign)
                } else if let reference, reference.value.contains("/") {
                    value = Reference.movingYears(of: reference.value, by: sign)
                } else {
                    let own: CalendarLexicon.Unit = parts.day != nil ? .day : parts.month != nil ? .month : parts.quarter != nil ? .quarter : parts.half != nil ? .half : .year
                    value = parts.shifted(own, by: sign)
                }
            case .edge?, .nth?:
                value = nil
            case nil:
                if weeksFromDay {
                    value = parts.shifted(.day, by: 7 * sign)
                } else {
                    value = parts.shifted(unit, by: sign)
                    if unit == .week && matches[index].granularity == "day" { matches[index].granularity = "week" }
                }
            }
            guard let value else {
                matches[index].value = "XXXX"
                matches[index].resolved = false
                continue
            }
            matches[index].value = value
            if matches[index].granularity.isEmpty { matches[index].granularity = reference?.granularity ?? "year" }
            if value.contains("/") { matches[index].kind = "interval" }
        }
    }

    /// The first and last day of an interval of days (`2025-01-08/2025-01-14`).
    static func daySpan(_ value: String) -> (first: CivilDate, last: CivilDate)? {
        let parts = value.split(separator: "/")
        guard parts.count == 2, parts[0].utf8.count == 10, parts[1].utf8.count == 10,
              let first = CivilDate(iso: parts[0]), let last = CivilDate(iso: parts[1]), first <= last else { return nil }
        return (first, last)
    }

    /// True when a date of `granularity` names a `unit` (a month names its quarter, a year not).
    static func isAsFine(_ granularity: String, as unit: CalendarLexicon.Unit) -> Bool {
        switch granularity {
        case "day", "part-of-day", "minute", "week": return true
        case "month": return Timex.rank(unit) >= Timex.rank(.month)
        case "quarter": return unit == .quarter || unit == .half || unit == .year
        case "half": return unit == .half || unit == .year
        default: return unit == .year
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
            if rest.hasPrefix("-W"), let w = Int(rest.dropFirst(2).prefix(2)), let january4 = CivilDate(year: year, month: 1, day: 4) {
                // An ISO week (`pekan lalu`) is in focus by its Thursday's month and day.
                let thursday = january4.adding(days: 4 - january4.weekday + 7 * (w - 1))
                self.year = thursday.year
                (month, day) = (thursday.month, thursday.day)
            } else if rest.hasPrefix("-Q"), let q = Int(rest.dropFirst(2).prefix(1)) { quarter = q }
            else if rest.hasPrefix("-H"), let h = Int(rest.dropFirst(2).prefix(1)) { half = h }
            else if rest.hasPrefix("-"), let m = Int(rest.dropFirst().prefix(2)), (1...12).contains(m) {
                month = m
                if rest.count >= 6, let d = Int(rest.dropFirst(4).prefix(2)) { day = d }
            }
        }

        /// The value at `unit` (`2016-07` for a month), its year moved by `years`.
        func at(_ unit: CalendarLexicon.Unit, movedYears years: Int) -> String? {
            guard let year else { return nil }
            let moved = year + years
            switch unit {
            case .year: return Timex.year(moved)
            case .month: return month.map { Timex.month(moved, $0) }
            case .quarter: return (quarter ?? month.map { ($0 - 1) / 3 + 1 }).map { "\(Timex.year(moved))-Q\($0)" }
            case .half: return (half ?? month.map { ($0 - 1) / 6 + 1 }).map { "\(Timex.year(moved))-H\($0)" }
            case .day, .week:
                guard let month, let day, let date = CivilDate(year: moved, month: month, day: min(day, month == 2 ? 28 : day)) else { return nil }
                return unit == .day ? date.description : Timex.week(date)
            default: return nil
            }
        }

        /// `value` (`2018-01/2018-09`, `2021-Q2`, `2017-08-12`) with every year moved by `years`.
        static func movingYears(of value: String, by years: Int) -> String {
            value.split(separator: "/").map { part -> String in
                guard part.count >= 4, let year = Int(part.prefix(4)) else { return String(part) }
                var moved = Timex.year(year + years) + part.dropFirst(4)
                // 29 February has no twin in most years.
                if moved.count >= 10, CivilDate(iso: moved.prefix(10)) == nil, moved.dropFirst(4).hasPrefix("-02-29") {
                    moved = Timex.year(year + years) + "-02-28" + part.dropFirst(10)
                }
                return moved
            }.joined(separator: "/")
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
