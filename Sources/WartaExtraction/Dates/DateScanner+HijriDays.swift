import WartaText
import WartaTokenizer

/// Days of the Hijri calendar, counted from the holiday their month holds
/// (`calendar/hijri-months.tsv`).
///
/// | rule | example |
/// | --- | --- |
/// | `date.hijri-day` | `1 Syawal 1445 H` → `2024-04-10` (Idul Fitri), `1 Ramadhan 1446 Hijriah` → `2025-03-01`, `10 Zulhijah` → Idul Adha, `1 Muharram` (the year nearest the article's date when none is written), `29 Syaban 1445 H` → `2024-03-10` |
/// | `date.hijri-month-start` | `awal Ramadhan 1445 Hijriah` → `2024-03-12`, `awal Syawal` (the start of a Hijri month is its first day) |
///
/// A Hijri year the table lacks leaves the value unresolved (`XXXX-XX-XX`).
extension DateScanner {
    func hijriDay(at index: Int) -> DateMatch? {
        guard let day = dayNumber(at: index), day <= 30 else { return nil }
        return hijriDay(day, from: index, monthAt: index + 1)
    }

    /// `awal Ramadhan 1445 Hijriah`, `awal Syawal`: the start of a Hijri month, fixed by sighting, is its first day.
    func hijriMonthStart(from start: Int, at index: Int) -> DateMatch? {
        guard var match = hijriDay(1, from: start, monthAt: index) else { return nil }
        match.rule = "date.hijri-month-start"
        return match
    }

    /// Day `day` of the Hijri month named at `monthAt`, the expression starting at `start`.
    func hijriDay(_ day: Int, from index: Int, monthAt monthIndex: Int) -> DateMatch? {
        guard monthIndex < limit, text.isCapitalized(monthIndex),
              let ((holiday, holidayDay), afterMonth) = lexicon.holidays.hijriMonths.match(text, at: monthIndex, limit: limit),
              let (year, ownYear, sign, shift, end) = holidayYear(at: afterMonth, nameEnd: afterMonth) else { return nil }
        var match = makeMatch(index, end, value: "", granularity: "day", rule: "date.hijri-day")
        match.explicitYear = year != nil || ownYear != nil
        var occurrence: HolidayCalendar.Occurrence?
        if let shift {
            // `1 Ramadhan tahun depan`
            occurrence = published.flatMap { lexicon.holidays.occurrence(holiday, year: $0.year + shift) }
            match.anchor = published
        } else if let year {
            occurrence = lexicon.holidays.occurrence(holiday, year: year)
        } else if let ownYear {
            occurrence = lexicon.holidays.occurrence(holiday, ownYear: ownYear)
        } else if let published {
            occurrence = lexicon.holidays.nearest(holiday, to: published, sign: sign)
            match.anchor = published
        }
        guard let occurrence else {
            match.value = (year.map(Timex.year) ?? "XXXX") + "-XX-XX"
            match.resolved = false
            return match
        }
        let date = occurrence.first.adding(days: day - holidayDay)
        match.value = date.description
        match.day = date
        return match
    }
}
