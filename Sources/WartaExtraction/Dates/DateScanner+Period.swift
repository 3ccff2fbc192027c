import WartaText
import WartaTokenizer

/// Quarters and half-years.
///
/// | rule | example |
/// | --- | --- |
/// | `date.period` | `kuartal II 2021` → `2021-Q2`, `semester I` → `2024-H1`, `kuartal IV` in February 2024 → `2023-Q4` (the period just ended, not one beginning in over four months), `triwulan ketiga tahun lalu`, `kuartal III-2023`, `kuartal II/2022`, `Semester I tahun 2019` |
/// | `interval.periods` | `kuartal II dan III 2021` → `2021-Q2/2021-Q3`, `semester I dan II` → `2024-H1/2024-H2`, `triwulan I hingga III` |
extension DateScanner {
    func period(at index: Int) -> DateMatch? {
        guard let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), unit == .quarter || unit == .half, afterUnit < limit else { return nil }
        if let joined = periodWithYear(unit, start: index, at: afterUnit) { return joined }
        guard let (number, afterNumber) = lexicon.periodNumerals.match(text, at: afterUnit, limit: limit),
              number <= (unit == .quarter ? 4 : 2) else { return nil }
        let (last, afterLast) = secondPeriod(unit, after: number, at: afterNumber) ?? (number, afterNumber)
        var qualifier = yearQualifier(at: afterLast)
        // `kuartal II/2022`
        if qualifier.year == nil, text.isChar(afterLast, UInt8(ascii: "/")), text.touchesNext(afterLast), let year = yearNumber(at: afterLast + 1) {
            qualifier = (year, nil, nil, afterLast + 2)
        }
        var match = makeMatch(index, qualifier.end, value: "", granularity: unit.rawValue, rule: "date.period")
        var year = qualifier.year
        if year == nil {
            year = published.map { $0.year + (qualifier.yearShift ?? (qualifier.sign == -1 ? -1 : qualifier.sign == 1 ? 1 : 0)) }
            match.anchor = published
            match.inferredYear = qualifier.sign == nil && qualifier.yearShift == nil
            // `kuartal III lalu` in an article from the third quarter means last year only when
            // the quarter has not begun yet; keep it simple: `lalu` alone is this year's quarter if past.
            if qualifier.sign == nil && qualifier.yearShift == nil, let published, let current = year, last == number {
                // `kuartal IV` in February: a period is reported once it is over, so the one just ended
                // (last year's, ended within four months) rather than one that begins in over four months.
                let months = unit == .quarter ? 3 : 6
                if let start = CivilDate(year: current, month: (number - 1) * months + 1, day: 1),
                   let end = CivilDate(year: current - 1, month: number * months, day: CivilDate.daysIn(month: number * months, year: current - 1)),
                   start.dayNumber - published.dayNumber > 120, published.dayNumber - end.dayNumber <= 120 { year = current - 1 }
            }
            if qualifier.sign != nil && qualifier.yearShift == nil, let published {
                let current = unit == .quarter ? (published.month - 1) / 3 + 1 : (published.month - 1) / 6 + 1
                year = published.year + (qualifier.sign == -1 ? (number < current ? 0 : -1) : (number > current ? 0 : 1))
            }
        }
        let letter = unit == .quarter ? "Q" : "H"
        if qualifier.year != nil { match.explicitYear = true }
        if last != number {
            // Two periods joined make one interval with endpoints at the period's granularity.
            match.kind = "interval"
            match.rule = "interval.periods"
            guard let year else {
                match.value = "XXXX-\(letter)\(number)/XXXX-\(letter)\(last)"
                match.resolved = false
                return match
            }
            match.value = "\(Timex.year(year))-\(letter)\(number)/\(Timex.year(year))-\(letter)\(last)"
            return match
        }
        guard let year else {
            match.value = "XXXX-\(letter)\(number)"
            match.resolved = false
            return match
        }
        match.value = "\(Timex.year(year))-\(letter)\(number)"
        return match
    }

    /// `dan III` or `hingga kuartal III` after `kuartal II`: the later period's number and the index after it.
    func secondPeriod(_ unit: CalendarLexicon.Unit, after number: Int, at index: Int) -> (Int, Int)? {
        guard index < limit else { return nil }
        var position: Int
        if let (role, end) = lexicon.link(text, at: index, limit: limit), role == "and" {
            position = end
        } else if let (_, end) = lexicon.rangeWords.match(text, at: index, limit: limit) {
            position = end
        } else {
            return nil
        }
        if let (again, end) = lexicon.units.match(text, at: position, limit: limit), again == unit { position = end }
        guard let (second, end) = lexicon.periodNumerals.match(text, at: position, limit: limit), second > number,
              second <= (unit == .quarter ? 4 : 2) else { return nil }
        return (second, end)
    }

    /// `kuartal III-2023`: numeral and year joined by a hyphen in one token.
    func periodWithYear(_ unit: CalendarLexicon.Unit, start: Int, at index: Int) -> DateMatch? {
        let token = text.tokens[index]
        guard token.flags.contains(.hyphenated), let dash = text.bytes[token.byteStart..<token.byteEnd].firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let parts: (WordKey?, DigitNumber?) = text.bytes.withUnsafeBufferPointer { buffer in
            (WordKey(UnsafeBufferPointer(rebasing: buffer[token.byteStart..<dash]), foldCase: false),
             DigitNumber.parse(text.bytes[(dash + 1)..<token.byteEnd]))
        }
        guard let key = parts.0, let number = lexicon.periodNumerals.value(for: key), number <= (unit == .quarter ? 4 : 2),
              let year = parts.1?.plainInteger, (1900...2100).contains(year), token.byteEnd - dash == 5 else { return nil }
        var match = makeMatch(start, index + 1, value: "\(Timex.year(year))-\(unit == .quarter ? "Q" : "H")\(number)", granularity: unit.rawValue, rule: "date.period")
        match.explicitYear = true
        return match
    }
}
