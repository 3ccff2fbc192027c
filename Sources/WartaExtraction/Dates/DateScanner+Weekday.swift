import WartaText
import WartaTokenizer

/// Days of the week, as news reports use them.
///
/// | rule | example |
/// | --- | --- |
/// | `date.weekday-report` | `..., Kamis.`: the latest Thursday on or before the article's date; `hari Sabtu` (not `Pasar Minggu`); a weekday alone takes the day of that name the article dates within a week of its date (`Sabtu (29/3)` ... `hari Sabtu`), else after a cue of what is to come (`akan ... pada Minggu`, `paling lambat Jumat`, `calendar/tense-cues.tsv`) the coming one |
/// | `date.weekday-dated` | `Senin (13/7)`, `Rabu (9/2/2022)`: the parenthesis wins; a weekday that does not match warns |
/// | `date.weekday-full` | `Senin, 13 Juli 2020`; without a year, the year next to the article's where the weekday fits (`Senin, 11 Maret` in 2025 → `2024-03-11`) |
/// | `date.weekday-relative` | `Senin lalu` (before the article's day), `Jumat depan`, `Kamis mendatang`; `Jumat besok`, `Kamis lusa` (the next such day), `Senin kemarin` (the last such day before the article) |
/// | `date.weekday-week` | `Kamis pekan depan` → Thursday of next week (Monday to Sunday), `Senin minggu lalu` |
/// | `time.weekday-part` | `Jumat pagi`, `Jumat (23/2) pagi`, `Kamis malam` (TIMEX3 `2024-05-16TNI`) |
extension DateScanner {
    func weekday(at start: Int) -> DateMatch? {
        // `hari Sabtu`: the word `hari` before the name belongs to the expression.
        let index = lexicon.anchor(text, at: start, limit: limit)?.role == "weekday-prefix" ? start + 1 : start
        guard index < limit, text.isCapitalized(index), let (weekday, afterName) = lexicon.weekdays.match(text, at: index, limit: limit) else { return nil }
        // `Pasar Minggu`, `Jalan Kamis`: a weekday after the head of a place's name is part of that name.
        if index == start, index > sentenceStart, text.isCapitalized(index - 1), lexicon.link(text, at: index - 1, limit: limit)?.role == "place-head" { return nil }
        var position = afterName
        var match = makeMatch(start, afterName, value: "", granularity: "day", rule: "date.weekday-report")
        // `kata X di Jakarta, Selasa (29/3/2022)`: after a comma a weekday dates the statement.
        match.reportDate = index > sentenceStart && text.isChar(index - 1, UInt8(ascii: ","))
        var date: CivilDate?
        if let (dated, end) = parenthesisDate(at: position, weekday: weekday) {
            date = dated
            position = end
            match.rule = "date.weekday-dated"
        } else if published == nil, case let (day, month, nil, end)? = parenthesisParts(at: position) {
            // `Jumat (23/2)` in an article that does not date itself: the day is known, the year not.
            match.rule = "date.weekday-dated"
            match.end = end
            match.value = "XXXX-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))"
            match.resolved = false
            return withPartOfDay(match)
        } else if text.isChar(position, UInt8(ascii: ",")), let full = dayMonth(at: position + 1), full.kind == "date", var day = full.day {
            // `Senin, 11 Maret` without a year: the year next to the article's where 11 March is a Monday.
            if !full.explicitYear, day.weekday != weekday,
               let fitting = [day.year - 1, day.year + 1].compactMap({ CivilDate(year: $0, month: day.month, day: day.day) }).first(where: { $0.weekday == weekday }) {
                day = fitting
            }
            date = day
            position = full.end
            match.rule = "date.weekday-full"
            match.anchor = full.anchor
        }
        if let dated = date {
            if dated.weekday != weekday {
                match.warning = "\(text.text(from: index, through: position - 1)): \(dated) is not that weekday"
            }
        } else if let (offset, end) = lexicon.relativeDays.match(text, at: position, limit: limit), offset != 0 {
            // `Jumat besok`, `Kamis lusa`: the next such weekday; `Senin kemarin`: the last one before the article.
            position = end
            match.rule = "date.weekday-relative"
            match.anchor = published
            if let published {
                date = offset > 0 ? published.adding(days: (weekday - published.weekday + 6) % 7 + 1)
                    : published.adding(days: -((published.weekday - weekday + 6) % 7 + 1))
            }
        } else if let (unit, afterUnit) = lexicon.units.match(text, at: position, limit: limit), unit == .week,
                  let (sign, end) = direction(at: afterUnit), sign != 0 {
            // `Kamis pekan depan`: that weekday in the week after the article's (Monday to Sunday).
            position = end
            match.rule = "date.weekday-week"
            match.anchor = published
            date = published.map { $0.adding(days: 7 * sign - ($0.weekday - 1) + (weekday - 1)) }
        } else {
            var sign = 0
            if let (direction, end) = direction(at: position) {
                sign = direction
                position = end
                match.rule = "date.weekday-relative"
            }
            match.anchor = published
            // A weekday alone: its week may still come from a date the article gives (`resolveBareWeekdays`).
            if match.rule == "date.weekday-report" && !match.reportDate { match.bareWeekday = weekday }
            if let published {
                let back = (published.weekday - weekday + 7) % 7
                let ahead = (weekday - published.weekday + 7) % 7
                switch sign {
                case -1: date = published.adding(days: -(back == 0 ? 7 : back))
                case 1: date = published.adding(days: ahead == 0 ? 7 : ahead)
                default:
                    if match.rule == "date.weekday-relative" {
                        date = published.adding(days: weekday - published.weekday)
                    } else if !match.reportDate, tense(before: index) == 1 {
                        // `akan melonjak pada Minggu`, `paling lambat Jumat`: the coming such day.
                        date = published.adding(days: ahead)
                    } else {
                        date = published.adding(days: -back)
                    }
                }
            }
        }
        match.end = position
        guard let date else {
            match.value = "XXXX-WXX-\(weekday)"
            match.resolved = false
            return withPartOfDay(match)
        }
        match.value = date.description
        match.day = date
        return withPartOfDay(match)
    }

    /// The tense cue nearest before token `index` in its sentence (within twelve words): 1 for what
    /// is to come (`akan`, `paling lambat`), -1 for what has happened (`sudah`), 0 for none.
    func tense(before index: Int) -> Int {
        var position = index - 1
        while position >= max(sentenceStart, index - 12) {
            if text.kind(position) == .word, let (sign, _) = lexicon.tenseCues.match(text, at: position, limit: index) { return sign }
            position -= 1
        }
        return 0
    }

    /// Gives each weekday written alone (`hari Sabtu`, `Minggu pagi`, `Rabu dan Kamis`) the day of the same name the
    /// article dates within a week of its date (`Sabtu (29/3)`, `Minggu, 30 Maret`), the nearest
    /// such before it in the text, else after it, else the one just before a day dated later in its sentence.
    static func resolveBareWeekdays(_ matches: inout [DateMatch], published: CivilDate?) {
        guard let published, matches.contains(where: { $0.bareWeekday != nil }) else { return }
        // Days written as weekdays or with their number (`Sabtu (29/3)`, `Kamis pekan depan`, `29 Maret`), not
        // holidays or days counted from others; one pass each way, keeping the last such day per weekday.
        func written(_ candidate: DateMatch) -> CivilDate? {
            guard candidate.bareWeekday == nil, candidate.kind == "date", let day = candidate.day,
                  candidate.rule.hasPrefix("date.weekday") || candidate.rule.hasPrefix("date.day-month") || candidate.rule == "date.numeric-dmy",
                  abs(day.dayNumber - published.dayNumber) <= 6 else { return nil }
            return day
        }
        var before = [CivilDate?](repeating: nil, count: matches.count)
        var last = [CivilDate?](repeating: nil, count: 8)
        for index in matches.indices {
            if let weekday = matches[index].bareWeekday { before[index] = last[weekday] } else if let day = written(matches[index]) { last[day.weekday] = day }
        }
        last = [CivilDate?](repeating: nil, count: 8)
        for index in matches.indices.reversed() {
            guard let weekday = matches[index].bareWeekday else {
                if let day = written(matches[index]) { last[day.weekday] = day }
                continue
            }
            // A weekday a cue sent forward (`akan digelar Jumat`) takes only a day on or after the article's.
            let forward = matches[index].day.map { $0 > published } ?? false
            let fits = { (day: CivilDate?) in day.flatMap { !forward || $0 >= published ? $0 : nil } }
            // `digelar Rabu dan Kamis, lalu perempat final pada Jumat (23/1)`: a weekday before a day the
            // article dates, in its sentence, is the one just before that day.
            let sentence = matches[index].sentence
            let later = matches[(index + 1)...].prefix(12).prefix { $0.sentence == sentence }.lazy.compactMap(written).first
            let beforeLater = later.map { $0.adding(days: -(($0.weekday - weekday + 7) % 7)) }
            guard let day = fits(before[index]) ?? fits(last[weekday]) ?? fits(beforeLater), let old = matches[index].day, day != old else { continue }
            let delta = day.dayNumber - old.dayNumber
            matches[index].value = matches[index].value.split(separator: "/").map { part -> String in
                guard let date = CivilDate(iso: part.prefix(10)) else { return String(part) }
                return date.adding(days: delta).description + part.dropFirst(10)
            }.joined(separator: "/")
            matches[index].day = day
        }
    }

    /// A part of the day after a day (`pagi` in `Jumat pagi`) turns it into a TIMEX3 time.
    func withPartOfDay(_ match: DateMatch) -> DateMatch {
        guard let (code, end) = lexicon.partsOfDay.match(text, at: match.end, limit: limit) else { return match }
        var timed = match
        timed.end = end
        timed.kind = "time"
        timed.value += "T" + code
        timed.granularity = "part-of-day"
        timed.rule = match.rule.hasPrefix("date.weekday") ? "time.weekday-part" : "time.day-part"
        return timed
    }

    /// `(13/7)` or `(9/2/2022)`: the date and the index after `)`. Without a year: of the years
    /// around the article's, the one where the date falls on `weekday`, else the one nearest the
    /// article's date.
    func parenthesisDate(at index: Int, weekday: Int) -> (CivilDate, Int)? {
        guard let (day, month, year, end) = parenthesisParts(at: index) else { return nil }
        if let year {
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return (date, end)
        }
        guard let published else { return nil }
        let candidates = [published.year, published.year - 1, published.year + 1].compactMap { CivilDate(year: $0, month: month, day: day) }
            .sorted { abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber) }
        guard let chosen = candidates.first(where: { $0.weekday == weekday && abs($0.dayNumber - published.dayNumber) <= 200 }) ?? candidates.first else { return nil }
        return (chosen, end)
    }

    /// The day, month and year (when written) of `(13/7)` or `(9/2/2022)` at `index`, and the index after `)`.
    func parenthesisParts(at index: Int) -> (day: Int, month: Int, year: Int?, end: Int)? {
        guard text.isChar(index, UInt8(ascii: "(")), let day = dayNumber(at: index + 1), text.isChar(index + 2, UInt8(ascii: "/")),
              index + 3 < limit, text.length(index + 3) <= 2, let month = text.plainInteger(index + 3), (1...12).contains(month) else { return nil }
        if text.isChar(index + 4, UInt8(ascii: ")")) { return (day, month, nil, index + 5) }
        guard text.isChar(index + 4, UInt8(ascii: "/")), index + 5 < limit, let rawYear = text.plainInteger(index + 5),
              text.isChar(index + 6, UInt8(ascii: ")")) else { return nil }
        return (day, month, text.length(index + 5) == 2 ? 2000 + rawYear : rawYear, index + 7)
    }
}
