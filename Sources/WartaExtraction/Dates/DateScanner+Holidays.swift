import WartaText
import WartaTokenizer

/// Holidays with a known date (`calendar/holidays.tsv`, movable ones by year in
/// `calendar/holiday-dates.tsv`).
///
/// | rule | example |
/// | --- | --- |
/// | `date.holiday` | `Idul Fitri 1446 Hijriah` → `2025-03-31`, `Natal 2023` → `2023-12-25`, `Tahun Baru 2024`, `hari Lebaran`, `Imlek`, `Nyepi`; without a year the occurrence nearest the article's date (`Lebaran lalu`: the last one, `Lebaran mendatang`: the next) |
/// | `interval.holiday` | `bulan Ramadhan 1446 Hijriah` → `2025-03-01/2025-03-30`, `Ramadhan`, `Nataru 2023/2024` → `2023-12-25/2024-01-01` (a season, a date only with its year) |
/// | `date.holiday-first-day` | `hari pertama puasa` → `2025-03-01` |
/// | `time.holiday-eve` | `malam takbiran` → `2024-04-09TNI`, `malam pergantian tahun` → `2023-12-31TNI`, `malam Natal` |
/// | `date.holiday-offset` | `H-3 Lebaran` → `2025-03-28`, `H+1 Idul Fitri` |
/// | `interval.holiday-offsets` | `H-7 hingga H+7 Idul Fitri 1445 Hijriah` → `2024-04-03/2024-04-17` |
///
/// `H-3` without a holiday after it counts from the holiday named nearest before it in the article,
/// else the first one after it; with none it is no date (`resolveHolidayDays`). After a year written or
/// named in its sentence (`Tahun lalu saya berangkat H-2`) it counts from that year's holiday.
///
/// A holiday qualified by `tahun ini` / `tahun lalu` / `tahun depan` is that year's (`Nyepi tahun ini`,
/// `H-5 Lebaran tahun lalu`, `Ramadhan tahun depan` → its whole month); a second name of the same
/// holiday in apposition is part of it (`Hari Suci Nyepi Tahun Baru Saka 1947` → `2025-03-29`).
///
/// Not dates: a holiday named for a season or service without a year (`masa angkutan Lebaran`,
/// `libur Natal dan Tahun Baru`, `arus mudik Lebaran`, `pemudik pada Lebaran tahun ini`: only
/// `tahun ini` is the date), and a holiday without a year in a sentence about every year
/// (`ditutup saat Nyepi ... setiap tahun`). A year the table lacks leaves the value unresolved
/// (`Idul Fitri 2035` → `2035-XX-XX`, `Idul Fitri 1470 H` → `XXXX-XX-XX`; without an article date
/// `Natal` → `XXXX-12-25`), never guessed.
extension DateScanner {
    /// A holiday named at `index`: which, the part named, the tokens, and the occurrence when known.
    struct HolidayMention {
        var name: HolidayCalendar.Name
        var start: Int
        var end: Int
        var eve: Bool
        var year: Int?
        var occurrence: HolidayCalendar.Occurrence?
        var explicitYear: Bool
        /// Named without a year, direction or `tahun ini` (`Nyepi`).
        var bare = false
    }

    func holidayMention(at index: Int) -> HolidayMention? {
        let calendar = lexicon.holidays
        var position = index
        var eve = false
        var found = calendar.names.match(text, at: index, limit: limit)
        // A prefix of one or two words (`hari`, `Hari Raya`) before a name.
        if found == nil, index + 1 < limit,
           calendar.names.startsPhrase(text, at: index + 1) || index + 2 < limit && calendar.names.startsPhrase(text, at: index + 2),
           let (role, end) = calendar.contexts.match(text, at: index, limit: limit), role == "prefix" || role == "eve-prefix" {
            found = calendar.names.match(text, at: end, limit: limit)
            eve = role == "eve-prefix"
            position = end
        }
        guard let (name, foundEnd) = found else { return nil }
        // `Nyepi Tahun Baru Saka 1947`: a second name of the same holiday in apposition is part of it.
        var afterName = foundEnd
        if foundEnd < limit, text.isCapitalized(foundEnd), let (again, end) = calendar.names.match(text, at: foundEnd, limit: limit),
           again.holiday == name.holiday { afterName = end }
        if name.proper {
            for word in position..<afterName where !text.isCapitalized(word) { return nil }
            // Inside a longer name: `Fikri Ramadhan`, `Kabupaten Mandailing Natal`, `Lebaran Ketupat`.
            if index > sentenceStart, text.kind(index - 1) == .word, !isCommonWord(index - 1) { return nil }
            if afterName < limit, text.kind(afterName) == .word, text.isCapitalized(afterName),
               !lexicon.triggers.contains(text.keys[afterName], hash: text.keyHashes[afterName]),
               lexicon.holidays.contexts.match(text, at: afterName, limit: limit)?.value != "era" { return nil }
        }
        if eve && name.part != .day && name.part != .eve { return nil }
        guard let (year, ownYear, sign, shift, end) = holidayYear(at: afterName, nameEnd: afterName) else { return nil }
        // `masa angkutan Lebaran`, `pemudik pada Lebaran tahun ini`: a season, not the day (only `tahun ini` is a date).
        if year == nil && ownYear == nil && sign == 0 && seasonBefore(index) { return nil }
        var mention = HolidayMention(name: name, start: index, end: end, eve: eve || name.part == .eve, year: year, occurrence: nil,
                                     explicitYear: year != nil || ownYear != nil)
        mention.bare = year == nil && ownYear == nil && sign == 0 && shift == nil
        // `Nataru` alone is a season; `Nataru 2023/2024` its dates.
        if name.part == .season && year == nil && ownYear == nil { return nil }
        if let shift {
            // `Nyepi tahun ini`, `H-5 Lebaran tahun lalu`, `Ramadhan tahun depan`: the holiday of that year.
            mention.year = published.map { $0.year + shift }
            mention.occurrence = mention.year.flatMap { calendar.occurrence(name.holiday, year: $0) }
        } else if let year {
            mention.occurrence = calendar.occurrence(name.holiday, year: year)
        } else if let ownYear {
            mention.occurrence = calendar.occurrence(name.holiday, ownYear: ownYear)
        } else if let published {
            mention.occurrence = calendar.nearest(name.holiday, to: published, sign: sign)
        }
        return mention
    }

    /// The year written after a holiday or a Hijri date (`2024`, `1446 Hijriah`, `Saka 1946`), its
    /// direction (`lalu`, `mendatang`) or the year it is moved to (`tahun ini` 0, `tahun lalu` -1, `tahun
    /// depan` 1, as `shift`), and the index after them; nil for `tahun` followed by anything else.
    /// `nameEnd`: the index after the name (a name ending in its calendar, `Tahun Baru Saka`, gives
    /// that calendar's year).
    func holidayYear(at index: Int, nameEnd: Int) -> (year: Int?, ownYear: Int?, sign: Int, shift: Int?, end: Int)? {
        let calendar = lexicon.holidays
        var end = index
        var year: Int?
        var ownYear: Int?
        var sign = 0
        if let (role, afterEra) = calendar.contexts.match(text, at: end, limit: limit), role == "era", let number = fourDigits(at: afterEra) {
            // `Saka 1946`
            ownYear = number
            end = afterEra + 1
        } else if let number = fourDigits(at: end) {
            end += 1
            if calendar.contexts.match(text, at: nameEnd - 1, limit: limit)?.value == "era" {
                ownYear = number
            } else if let (role, afterEra) = calendar.contexts.match(text, at: end, limit: limit), role == "era" {
                ownYear = number
                end = afterEra
                // `1445 H/2024 M`: the Gregorian year written beside it.
                if text.isChar(end, UInt8(ascii: "/")), text.touchesNext(end), fourDigits(at: end + 1) != nil {
                    end += 2
                    if let (role, afterGregorian) = calendar.contexts.match(text, at: end, limit: limit), role == "gregorian-era" { end = afterGregorian }
                }
            } else if (1900...2100).contains(number) {
                year = number
                // `Nataru 2023/2024`: the season's two years, written together.
                if text.isChar(end, UInt8(ascii: "/")), text.touchesNext(end - 1), text.touchesNext(end), fourDigits(at: end + 1) == number + 1 { end += 2 }
            } else {
                ownYear = number
            }
        } else if let (unit, afterUnit) = lexicon.units.match(text, at: end, limit: limit), unit == .year {
            guard isCommonWord(end), let (shift, afterShift) = direction(at: afterUnit) else { return nil }
            return (nil, nil, 0, shift, afterShift)
        } else if let (direction, afterDirection) = direction(at: end), direction != 0 {
            sign = direction
            end = afterDirection
        }
        return (year, ownYear, sign, nil, end)
    }

    /// A number of four digits at `index` (a year in any calendar).
    func fourDigits(at index: Int) -> Int? {
        guard index < limit, text.kind(index) == .number, text.length(index) == 4 else { return nil }
        return text.plainInteger(index)
    }

    /// True when a season word comes before the holiday at `index` (`angkutan Lebaran`), also
    /// across a coordinated name (`libur Natal dan Tahun Baru`).
    func seasonBefore(_ index: Int) -> Bool {
        guard index > sentenceStart else { return false }
        var before = index - 1
        // `jumlah pemudik pada Lebaran`
        if before > sentenceStart, lexicon.link(text, at: before, limit: limit)?.role == "link" { before -= 1 }
        // `cuti bersama Idul Fitri`: a season named in two words.
        if before > sentenceStart, let (role, end) = lexicon.holidays.contexts.match(text, at: before - 1, limit: limit), end == before + 1, role == "season" { return true }
        if lexicon.link(text, at: before, limit: limit)?.role == "and" {
            before -= 1
            var words = 0
            while before > sentenceStart, text.isCapitalized(before), words < 4 {
                before -= 1
                words += 1
            }
            guard words > 0 else { return false }
        }
        return before >= sentenceStart && lexicon.holidays.contexts.match(text, at: before, limit: limit)?.value == "season"
    }

    func holiday(at index: Int) -> DateMatch? {
        guard let mention = holidayMention(at: index) else { return nil }
        var match = makeMatch(mention.start, mention.end, value: "", granularity: "day", rule: "date.holiday")
        match.explicitYear = mention.explicitYear
        match.bareHoliday = mention.bare
        if !mention.explicitYear { match.anchor = published }
        guard let occurrence = mention.occurrence else {
            match.value = (mention.year.map(Timex.year) ?? "XXXX") + "-XX-XX"
            if case .fixed(let month, let day) = mention.name.holiday, !mention.eve { match.value = "XXXX-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))" }
            match.resolved = false
            if mention.eve { match.value += "TNI" }
            return match
        }
        if mention.eve {
            let day = occurrence.first.adding(days: -1)
            match.kind = "time"
            match.granularity = "part-of-day"
            match.rule = "time.holiday-eve"
            match.value = day.description + "TNI"
            match.day = day
        } else if mention.name.part == .span || mention.name.part == .season, occurrence.last != occurrence.first {
            match.kind = "interval"
            match.rule = "interval.holiday"
            match.value = "\(occurrence.first)/\(occurrence.last)"
        } else {
            if mention.name.part == .first { match.rule = "date.holiday-first-day" }
            if mention.name.part == .day {
                match.holidayBase = occurrence.first
                match.holidayName = mention.name.holiday
            }
            match.value = occurrence.first.description
            match.day = occurrence.first
        }
        return match
    }

    /// `Penutupan saat Nyepi dilakukan setiap tahun`: a holiday named without a year in a sentence
    /// that says what happens every year is the holiday in general, not a date.
    func droppingGenericHolidays(_ matches: [DateMatch]) -> [DateMatch] {
        guard matches.contains(where: \.bareHoliday),
              matches.contains(where: { $0.kind == "set" && $0.value == "P1Y" }) else { return matches }
        return matches.filter { !$0.bareHoliday }
    }

    /// `H-3`, `H+7` at `index`: the days counted from a holiday, and the index after them.
    func holidayDay(at index: Int) -> (days: Int, end: Int)? {
        guard index < limit, text.firstByte(index) == UInt8(ascii: "H") else { return nil }
        let token = text.tokens[index]
        if token.kind == .identifier {
            let bytes = text.bytes[(token.byteStart + 1)..<token.byteEnd]
            guard let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+"), bytes.count >= 2, bytes.count <= 3,
                  bytes.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let days = bytes.dropFirst().reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return (sign == UInt8(ascii: "-") ? -days : days, index + 1)
        }
        // `H+7`: three tokens that touch.
        guard token.byteCount == 1, index + 2 < limit, text.touchesNext(index), text.touchesNext(index + 1),
              text.isChar(index + 1, UInt8(ascii: "+")) || text.isChar(index + 1, UInt8(ascii: "-")),
              text.length(index + 2) <= 2, let days = text.plainInteger(index + 2) else { return nil }
        return (text.isChar(index + 1, UInt8(ascii: "-")) ? -days : days, index + 3)
    }

    func holidayOffset(at index: Int) -> DateMatch? {
        guard let (first, afterFirst) = holidayDay(at: index) else { return nil }
        var last: Int?
        var position = afterFirst
        if let (_, afterRange) = lexicon.rangeWords.match(text, at: position, limit: limit), let (second, afterSecond) = holidayDay(at: afterRange), second > first {
            last = second
            position = afterSecond
        }
        guard let mention = holidayMention(at: position), !mention.eve, mention.name.part == .day else {
            // `pada H-3`: the holiday is the one the article names (see `resolveHolidayDays`).
            var match = makeMatch(index, position, kind: last == nil ? "date" : "interval", value: "", granularity: "day",
                                  rule: last == nil ? "date.holiday-offset" : "interval.holiday-offsets")
            match.holidayDays = (first, last)
            return match
        }
        var match = makeMatch(index, mention.end, value: "", granularity: "day", rule: last == nil ? "date.holiday-offset" : "interval.holiday-offsets")
        match.explicitYear = mention.explicitYear
        if !mention.explicitYear { match.anchor = published }
        if last != nil { match.kind = "interval" }
        guard let occurrence = mention.occurrence else {
            let unknown = (mention.year.map(Timex.year) ?? "XXXX") + "-XX-XX"
            match.value = last == nil ? unknown : unknown + "/" + unknown
            match.resolved = false
            return match
        }
        match.holidayBase = occurrence.first
        match.holidayName = mention.name.holiday
        let day = occurrence.first.adding(days: first)
        if let last {
            match.value = "\(day)/\(occurrence.first.adding(days: last))"
        } else {
            match.value = day.description
            match.day = day
        }
        return match
    }

    /// Gives each `H-3` written without a holiday its days, counted from the holiday named nearest
    /// before it in the article (else the first after it); without one it is dropped.
    static func resolveHolidayDays(_ matches: inout [DateMatch], calendar: HolidayCalendar) {
        guard matches.contains(where: { $0.holidayDays != nil }) else { return }
        var kept: [DateMatch] = []
        for index in matches.indices {
            guard let (first, last) = matches[index].holidayDays else {
                kept.append(matches[index])
                continue
            }
            guard let named = matches[..<index].last(where: { $0.holidayBase != nil }) ?? matches[(index + 1)...].first(where: { $0.holidayBase != nil }),
                  var base = named.holidayBase else { continue }
            // `Tahun lalu saya berangkat H-2`: that year's holiday.
            if let year = matches[index].holidayYear, year != base.year, let holiday = named.holidayName,
               let other = calendar.occurrence(holiday, year: year) {
                base = other.first
            }
            var match = matches[index]
            match.holidayDays = nil
            let day = base.adding(days: first)
            if let last {
                match.value = "\(day)/\(base.adding(days: last))"
            } else {
                match.value = day.description
                match.day = day
            }
            kept.append(match)
        }
        matches = kept
    }
}
