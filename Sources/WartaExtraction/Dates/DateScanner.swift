import WartaText
import WartaTokenizer

/// Runs the date rules over one sentence's tokens, left to right, longest match at each position.
/// Each rule family lives in its own `DateScanner+*.swift` file with its rule names and examples.
struct DateScanner {
    let text: TokenText
    let lexicon: CalendarLexicon
    let published: CivilDate?
    /// Token index where the sentence starts.
    let sentenceStart: Int
    /// Token index where the sentence ends.
    let limit: Int

    /// Every expression in `range`, in order. Clock times still lack their day (see `anchorClockTimes`).
    func scan(_ range: Range<Int>) -> [DateMatch] {
        var matches: [DateMatch] = []
        var namedDay = false
        var index = range.lowerBound
        while index < range.upperBound {
            if var match = match(at: index) {
                // `dibandingkan September 2021`: a date compared with is not the one in focus, nor is
                // the day a state began (`sejak 5 November 2020`; a span after `sejak` still is).
                // `pada Kamis, 29 Mei 2025, dan cuti bersama sehari setelahnya`: after a day named in its
                // sentence, an amount with `setelahnya` is a day counted from it (`paling lambat 30 hari
                // setelahnya` with none stays a duration).
                if match.kind == "duration", match.rule == "duration.amount", namedDay,
                   let (role, end) = lexicon.anchor(text, at: match.end, limit: limit), role == "after" {
                    match = counted(match, from: end)
                }
                if index > sentenceStart, let role = lexicon.anchor(text, at: index - 1, limit: limit)?.role {
                    if role == "comparison" || role == "since" && match.kind != "interval" { match.outOfFocus = true }
                    if role == "focus" { match.periodWord = true }
                }
                if match.day != nil { namedDay = true }
                matches.append(match)
                index = match.end
            } else if let day = matches.last?.day, let timed = partOfNamedDay(day, at: index) {
                matches.append(timed)
                index = timed.end
            } else {
                index += 1
            }
        }
        return droppingGenericHolidays(joinIntervals(joiningPieces(matches)))
    }

    /// The expression starting at token `index`, trying the rule families from most to least specific.
    func match(at index: Int) -> DateMatch? {
        let kind = text.kind(index)
        switch kind {
        case .number:
            if let match = dayMonth(at: index) { return match }
            if let match = numericDate(at: index) { return match }
            if let match = firstMonths(at: index) { return match }
            if let match = hijriDay(at: index) { return match }
            if let match = quantity(at: index) { return match }
            return year(at: index)
        case .time:
            return clock(at: index)
        case .identifier:
            if text.firstByte(index) == UInt8(ascii: "H"), let match = holidayOffset(at: index) { return match }
            return quantity(at: index)
        case .word, .acronym, .abbreviation:
            let roles = lexicon.triggerRoles.value(text.keys[index], hash: text.keyHashes[index]) ?? []
            guard !roles.isEmpty || text.tokens[index].flags.contains(.hyphenated) else { return nil }
            if text.length(index) == 1, text.firstByte(index) == UInt8(ascii: "H"), let match = holidayOffset(at: index) { return match }
            if roles.contains(.holiday), roles.contains(.lowercaseHoliday) || text.isCapitalized(index), let match = holiday(at: index) { return match }
            if roles.contains(.anniversary), let match = anniversary(at: index) { return match }
            // Each rule below first looks its first word up in one table; `roles` holds those lookups.
            let unit = roles.contains(.unit)
            if unit || roles.contains(.setWord), let match = setExpression(at: index) { return match }
            if roles.contains(.modifier), let match = modified(at: index) { return match }
            if unit || roles.contains(.focus), let match = samePeriod(at: index) { return match }
            if roles.contains(.relativeDay), let match = relativeDay(at: index) { return match }
            let partOfDay = roles.contains(.partOfDay)
            if partOfDay || roles.contains(.earlier), let match = partOfDayEarlier(at: index) { return match }
            if partOfDay, let match = partOfDayThis(at: index) { return match }
            if roles.contains(.clock), let match = clock(at: index) { return match }
            if unit, let match = weekOfMonth(at: index) { return match }
            if unit, let match = eventDay(at: index) { return match }
            if roles.contains(.tenDays), let match = dasarian(at: index) { return match }
            if unit, let match = relativeUnit(at: index) { return match }
            if unit, let match = period(at: index) { return match }
            if roles.contains(.number), let match = firstMonths(at: index) { return match }
            if !roles.isDisjoint(with: [.number, .singleUnit, .vague]), let match = quantity(at: index, vague: roles.contains(.vague)) { return match }
            if unit, let match = yearWithWord(at: index) { return match }
            // `Des.` is read as one abbreviation token, `Januari-Maret` as one hyphenated word.
            if roles.contains(.month) || kind == .abbreviation || text.tokens[index].flags.contains(.hyphenated),
               let match = monthExpression(at: index) { return match }
            return roles.contains(.weekday) ? weekday(at: index) : nil
        default:
            return nil
        }
    }

    // MARK: helpers shared by the rule files

    /// True when token `index` is lowercase, or capitalised only because it opens the sentence
    /// (`Tahun lalu, ...`): capitalised calendar words mid-sentence are names (`Pekan Olahraga Nasional`).
    func isCommonWord(_ index: Int) -> Bool {
        guard text.isCapitalized(index) else { return true }
        var previous = index - 1
        while previous >= sentenceStart, text.kind(previous) == .punctuation { previous -= 1 }
        return previous < sentenceStart
    }

    /// A direction word (`lalu`, `depan`, `ini`) at `index`: its sign and the index after it.
    func direction(at index: Int) -> (sign: Int, end: Int)? {
        lexicon.directions.match(text, at: index, limit: limit).map { ($0.value, $0.end) }
    }

    /// A four-digit year at `index` (`2020`), within `range`.
    func yearNumber(at index: Int, range: ClosedRange<Int> = 1900...2100) -> Int? {
        guard index < limit, text.kind(index) == .number, text.length(index) == 4,
              let value = text.plainInteger(index), range.contains(value) else { return nil }
        return value
    }

    /// The year for a day or month given without one: with `lalu` the latest such date on or
    /// before the article, with `mendatang` the next one after it, else the
    /// article's year unless another year's lies much nearer (`awal Januari` in a late-December
    /// article is next January). `day` 0 means the
    /// whole month.
    func yearFor(month: Int, day: Int, sign: Int?) -> Int? {
        guard let published else { return nil }
        var year = published.year
        let later = month > published.month || (month == published.month && day > published.day)
        let earlier = month < published.month || (month == published.month && day < published.day)
        if sign == -1 && (later || (day == 0 && month == published.month)) { year -= 1 }
        if sign == 1 && (earlier || (day == 0 && month == published.month)) { year += 1 }
        if sign == nil {
            // Another year only when its date lies within two months of the article and this
            // year's lies more than six months away (`awal Januari` in late December).
            let target = { (y: Int) in CivilDate(year: y, month: month, day: day == 0 ? 15 : min(day, 28))!.dayNumber }
            let distance = { (y: Int) in abs(target(y) - published.dayNumber) }
            if distance(year) > 183 {
                if distance(year - 1) <= 62 { year -= 1 } else if distance(year + 1) <= 62 { year += 1 }
            }
        }
        return year
    }

    func makeMatch(_ start: Int, _ end: Int, kind: String = "date", value: String, granularity: String, rule: String) -> DateMatch {
        DateMatch(start: start, end: end, kind: kind, value: value, granularity: granularity, rule: rule)
    }
}
