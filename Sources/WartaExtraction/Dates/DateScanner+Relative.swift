import FoundationEssentials
import WartaText
import WartaTokenizer

/// Expressions relative to the article's date.
///
/// | rule | example |
/// | --- | --- |
/// | `date.relative-day` | `hari ini`, `kemarin`, `besok`, `lusa` |
/// | `time.day-part` | `kemarin sore` → `2021-11-21TAF` |
/// | `time.part-of-day-this` | `sore ini`, `malam ini` |
/// | `date.relative-unit` | `pekan lalu` → `2021-W46`, `bulan depan`, `tahun ini`, `semester lalu` → `2024-H2` |
/// | `date.week-number` | `pekan ke-9 tahun 2022` → `2022-W09`, `minggu ke-27` (`pekan ke-26` without a year is a league's round: no date) |
/// | `date.weekend` | `akhir pekan lalu` → `2019-W37-WE` |
/// | `date.modified` | `akhir bulan ini` (mod END), `pertengahan Juni` (MID), `awal 2021` (START), `penghujung tahun`, `medio 2023`; `akhir tahun` is this year's (in January or February after `sempat`/`sudah`, last year's) |
/// | `time.part-of-day-since` | `sejak pagi`, `sejak sore hari` → the article's morning (`2022-12-06TMO`) |
/// | `time.part-of-day-until` | `hingga larut malam` → the night of the day in focus (`Minggu (23/3) ... hingga larut malam` → `2025-03-23TNI`) |
/// | `time.part-of-day-that` | `malam itu`, `sore hari itu` → that part of the day in focus (`Sabtu (5/4) ... malam itu` → `2025-04-05TNI`) |
/// | `date.focus-day` | `keesokan harinya`, `hari yang sama`, `lusanya` (`calendar/focus-days.tsv`): days counted from the day in focus (`resolveAnaphora`) |
extension DateScanner {
    func relativeDay(at index: Int) -> DateMatch? {
        if let (offset, end) = lexicon.focusDays.match(text, at: index, limit: limit), isCommonWord(index) {
            // `keesokan harinya`, `hari yang sama`: counted from the day in focus (see `resolveAnaphora`).
            var match = makeMatch(index, end, value: "", granularity: "day", rule: "date.focus-day")
            match.anaphora = (.day, offset)
            return match
        }
        guard let (offset, end) = lexicon.relativeDays.match(text, at: index, limit: limit) else { return nil }
        var match = makeMatch(index, end, value: "", granularity: "day", rule: "date.relative-day")
        match.anchor = published
        guard let published else {
            match.value = "XXXX-XX-XX"
            match.resolved = false
            return withPartOfDay(match)
        }
        let date = published.adding(days: offset)
        match.value = date.description
        match.day = date
        return withPartOfDay(match)
    }

    func partOfDayThis(at index: Int) -> DateMatch? {
        guard let (code, end) = lexicon.partsOfDay.match(text, at: index, limit: limit) else { return nil }
        guard let (sign, after) = direction(at: end), sign == 0 else {
            guard isCommonWord(index) else { return nil }
            // `malam itu`, `sore hari itu`: the part of the day in focus (given its day with the clock times).
            var close = end
            if let (unit, afterUnit) = lexicon.units.match(text, at: close, limit: limit), unit == .day { close = afterUnit }
            if let (role, afterThat) = lexicon.link(text, at: close, limit: limit), role == "that" {
                return partOfFocusDay(code, from: index, to: afterThat, rule: "time.part-of-day-that")
            }
            guard index > sentenceStart, close == limit || text.kind(close) == .punctuation else { return nil }
            // `sejak pagi`, `sejak sore hari`: since that part of the article's own day.
            if lexicon.anchor(text, at: index - 1, limit: limit)?.role == "since" {
                return partOfPublishedDay(code, from: index, to: close, rule: "time.part-of-day-since")
            }
            // `beroperasi hingga larut malam`: the end of the day in focus.
            guard lexicon.rangeWords.match(text, at: index - 1, limit: limit) != nil else { return nil }
            return partOfFocusDay(code, from: index, to: close, rule: "time.part-of-day-until")
        }
        return partOfPublishedDay(code, from: index, to: after, rule: "time.part-of-day-this")
    }

    /// Tokens `start..<end` name part `code` of the day in focus: it waits, as a clock time does, for
    /// the day named in its sentence or last before it (`anchorClockTimes`), else the article's.
    func partOfFocusDay(_ code: String, from start: Int, to end: Int, rule: String) -> DateMatch {
        var match = makeMatch(start, end, kind: "time", value: "", granularity: "part-of-day", rule: rule)
        match.clock = "T" + code
        return match
    }

    /// Tokens `start..<end` name part `code` (`MO`, `EV`, ...) of the article's own day.
    func partOfPublishedDay(_ code: String, from start: Int, to end: Int, rule: String) -> DateMatch {
        var match = makeMatch(start, end, kind: "time", value: "", granularity: "part-of-day", rule: rule)
        match.anchor = published
        guard let published else {
            match.value = "XXXX-XX-XXT" + code
            match.resolved = false
            return match
        }
        match.value = published.description + "T" + code
        match.day = published
        return match
    }

    /// The value of the calendar unit containing the article's date, moved `sign` units.
    func relativeValue(_ unit: CalendarLexicon.Unit, _ sign: Int) -> (value: String, day: CivilDate?)? {
        guard let published else { return nil }
        switch unit {
        case .week: return (Timex.week(published.adding(days: 7 * sign)), nil)
        case .month:
            let (year, month) = Timex.addMonths(published.year, published.month, sign)
            return (Timex.month(year, month), nil)
        case .year: return (Timex.year(published.year + sign), nil)
        case .quarter:
            let index = published.year * 4 + (published.month - 1) / 3 + sign
            return ("\(Timex.year(index / 4))-Q\(index % 4 + 1)", nil)
        case .half:
            let index = published.year * 2 + (published.month - 1) / 6 + sign
            return ("\(Timex.year(index / 2))-H\(index % 2 + 1)", nil)
        case .day:
            let date = published.adding(days: sign)
            return (date.description, date)
        case .decade: return (String(published.year / 10 + sign), nil)
        case .century: return (String(published.year / 100 + sign), nil)
        default: return nil
        }
    }

    func relativeUnit(at index: Int) -> DateMatch? {
        guard let (unit, end) = lexicon.units.match(text, at: index, limit: limit), isCommonWord(index) else { return nil }
        if let (role, after) = lexicon.anchor(text, at: end, limit: limit), role == "previous" || role == "next" {
            // `tahun sebelumnya`, `hari sebelumnya`: resolved against the last date named (see `resolveAnaphora`).
            var match = makeMatch(index, after, value: "", granularity: unit.rawValue, rule: "date.relative-previous")
            match.anaphora = (unit, role == "previous" ? -1 : 1)
            return match
        }
        if let (role, after) = lexicon.link(text, at: end, limit: limit), role == "that",
           [.day, .week, .month, .quarter, .half, .year].contains(unit) {
            // `tahun tersebut`, `hari itu`: the unit of the date in focus (see `resolveAnaphora`).
            var match = makeMatch(index, after, value: "", granularity: unit.rawValue, rule: "date.relative-previous")
            match.anaphora = (unit, 0)
            return match
        }
        guard unit != .day else { return nil }
        if unit == .week, let numbered = weekNumber(at: index, after: end) { return numbered }
        guard let (sign, after) = direction(at: end) else { return nil }
        var match = makeMatch(index, after, value: "", granularity: unit.rawValue, rule: "date.relative-unit")
        match.anchor = published
        guard unit != .hour && unit != .minute && unit != .second && unit != .windu else { return nil }
        guard let (value, day) = relativeValue(unit, sign) else {
            match.value = "XXXX"
            match.resolved = false
            return match
        }
        match.value = value
        match.day = day
        return match
    }

    func modified(at index: Int) -> DateMatch? {
        guard let (mod, end) = lexicon.modifiers.match(text, at: index, limit: limit), end < limit else { return nil }
        // `akhir pekan` is the weekend, not the end of the week.
        if mod == "END", let (unit, afterUnit) = lexicon.units.match(text, at: end, limit: limit), unit == .week, !text.isCapitalized(end) {
            if let ofMonth = weekendOfMonth(from: index, at: afterUnit) { return ofMonth }
            let direction = direction(at: afterUnit)
            var match = makeMatch(index, direction?.end ?? afterUnit, value: "", granularity: "weekend", rule: "date.weekend")
            match.anchor = published
            guard let published else {
                match.value = "XXXX-WXX-WE"
                match.resolved = false
                return match
            }
            match.value = Timex.week(published.adding(days: 7 * (direction?.sign ?? 0))) + "-WE"
            return match
        }
        if mod == "START", text.isCapitalized(end), let first = hijriMonthStart(from: index, at: end) { return first }
        var inner = monthExpression(at: end) ?? relativeUnit(at: end) ?? yearWithWord(at: end) ?? year(at: end) ?? period(at: end)
        if inner == nil, let (unit, afterUnit) = lexicon.units.match(text, at: end, limit: limit), [.year, .month, .week].contains(unit), !text.isCapitalized(end),
           var (value, _) = relativeValue(unit, 0) {
            // `akhir tahun`: the current year; in January or February after a cue of what has happened
            // (`sempat turun menjelang libur akhir tahun`) the one just ended, and `awal tahun` in November
            // or December after a cue of what is to come the next.
            if unit == .year, let published {
                let tense = tense(before: index)
                if mod == "END", published.month <= 2, tense == -1 { value = Timex.year(published.year - 1) }
                if mod == "START", published.month >= 11, tense == 1 { value = Timex.year(published.year + 1) }
            }
            inner = makeMatch(end, afterUnit, value: value, granularity: unit.rawValue, rule: "date.relative-unit")
            inner?.anchor = published
        }
        if mod == "APPROX" && inner == nil { inner = clock(at: end) }
        guard var match = inner else { return nil }
        // `sekitar` stays outside the surface (it qualifies, as with figures); the mod records it.
        match.mod = mod
        if mod != "APPROX" {
            match.start = index
            match.rule = "date.modified"
        }
        return match
    }

    /// `pekan ke-9 tahun 2022` → `2022-W09`.
    func weekNumber(at index: Int, after end: Int) -> DateMatch? {
        guard end < limit, text.kind(end) == .ordinal else { return nil }
        let token = text.tokens[end]
        var week = 0
        for byte in text.bytes[token.byteStart..<token.byteEnd] where byte >= 0x30 && byte <= 0x39 { week = week * 10 + Int(byte - 0x30) }
        guard (1...53).contains(week) else { return nil }
        var position = end + 1
        var year = published?.year
        if let explicit = yearNumber(at: position) {
            year = explicit
            position += 1
        } else if let (unit, afterUnit) = lexicon.units.match(text, at: position, limit: limit), unit == .year, let explicit = yearNumber(at: afterUnit) {
            year = explicit
            position = afterUnit + 1
        }
        // `pekan ke-26` without a year is a league's round, not a calendar week.
        if position == end + 1, lexicon.anchor(text, at: index, limit: limit)?.role == "round" { return nil }
        var match = makeMatch(index, position, value: "", granularity: "week", rule: "date.week-number")
        guard let year else {
            match.value = "XXXX-W\(Timex.pad(week, 2))"
            match.resolved = false
            return match
        }
        match.value = "\(Timex.year(year))-W\(Timex.pad(week, 2))"
        return match
    }
}
