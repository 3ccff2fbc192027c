import WartaText
import WartaTokenizer

/// Quarters and half-years.
///
/// | rule | example |
/// | --- | --- |
/// | `date.period` | `kuartal II 2021` → `2021-Q2`, `semester I` → `2024-H1`, `triwulan ketiga tahun lalu`, `kuartal III-2023`, `kuartal II/2022` |
extension DateScanner {
    func period(at index: Int) -> DateMatch? {
        guard let (unit, afterUnit) = lexicon.units.match(text, at: index, limit: limit), unit == .quarter || unit == .half, afterUnit < limit else { return nil }
        if let joined = periodWithYear(unit, start: index, at: afterUnit) { return joined }
        guard let (number, afterNumber) = lexicon.periodNumerals.match(text, at: afterUnit, limit: limit),
              number <= (unit == .quarter ? 4 : 2) else { return nil }
        var qualifier = yearQualifier(at: afterNumber)
        // `kuartal II/2022`
        if qualifier.year == nil, text.isChar(afterNumber, UInt8(ascii: "/")), text.touchesNext(afterNumber), let year = yearNumber(at: afterNumber + 1) {
            qualifier = (year, nil, nil, afterNumber + 2)
        }
        var match = makeMatch(index, qualifier.end, value: "", granularity: unit.rawValue, rule: "date.period")
        var year = qualifier.year
        if year == nil {
            year = published.map { $0.year + (qualifier.yearShift ?? (qualifier.sign == -1 ? -1 : qualifier.sign == 1 ? 1 : 0)) }
            match.anchor = published
            // `kuartal III lalu` in an article from the third quarter means last year only when
            // the quarter has not begun yet; keep it simple: `lalu` alone is this year's quarter if past.
            if qualifier.sign != nil && qualifier.yearShift == nil, let published {
                let current = unit == .quarter ? (published.month - 1) / 3 + 1 : (published.month - 1) / 6 + 1
                year = published.year + (qualifier.sign == -1 ? (number < current ? 0 : -1) : (number > current ? 0 : 1))
            }
        }
        let letter = unit == .quarter ? "Q" : "H"
        if qualifier.year != nil { match.explicitYear = true }
        guard let year else {
            match.value = "XXXX-\(letter)\(number)"
            match.resolved = false
            return match
        }
        match.value = "\(Timex.year(year))-\(letter)\(number)"
        return match
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
