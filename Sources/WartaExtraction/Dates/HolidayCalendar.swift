import WartaLexicons
import WartaText

/// Indonesia's holidays: the words that name them (`calendar/holidays.tsv`), the words around
/// them (`calendar/holiday-contexts.tsv`), the Hijri months that hold them (`calendar/hijri-months.tsv`) and the dates of the movable ones, one occurrence a line
/// (`calendar/holiday-dates.tsv`, 2010–2030). A year outside the table is never guessed.
final class HolidayCalendar: Sendable {
    /// What of the holiday a phrase names: its day, its whole span, its first day, the evening
    /// before, or a season that is a date only with its year written (`Nataru 2023/2024`).
    enum Part: String, Sendable { case day, span, first, eve, season }

    /// A holiday: a fixed month and day (`Natal`), or a movable one by its index in `occurrences`.
    enum Holiday: Sendable, Equatable {
        case fixed(month: Int, day: Int)
        case movable(Int)
    }

    /// A phrase of `holidays.tsv`: the holiday, the part named, and whether every word must be
    /// capitalised (a proper name).
    struct Name: Sendable {
        var holiday: Holiday
        var part: Part
        var proper: Bool
    }

    /// One occurrence of a movable holiday: its first and last day, and its year in its own
    /// calendar (`1446` Hijri for Idul Fitri 2025).
    struct Occurrence: Sendable {
        var first: CivilDate
        var last: CivilDate
        var ownYear: Int?
    }

    let names: PhraseTable<Name>
    /// Hijri months → the holiday in them and its day of the month (`Syawal`: Idul Fitri, day 1).
    let hijriMonths: PhraseTable<(holiday: Holiday, day: Int)>
    /// `prefix`, `eve-prefix`, `season` or `era`.
    let contexts: PhraseTable<String>
    /// Occurrences of each movable holiday, in date order.
    let occurrences: [[Occurrence]]

    init(lexicons: LexiconStore) throws(LexiconError) {
        let datesPath = "calendar/holiday-dates.tsv"
        var ids: [String: Int] = [:]
        var table: [[Occurrence]] = []
        for entry in try lexicons.file(datesPath).entries {
            let key = entry.key.split(separator: " ")
            guard key.count == 2, let first = CivilDate(iso: key[1]) else {
                throw LexiconError(path: datesPath, line: entry.line, message: "expected a holiday and its first day: \(entry.key)")
            }
            let last = entry[field: 1].flatMap { CivilDate(iso: $0) } ?? first
            let id = String(key[0])
            let index = ids[id] ?? table.count
            if index == table.count {
                ids[id] = index
                table.append([])
            }
            table[index].append(Occurrence(first: first, last: last, ownYear: entry[field: 2].flatMap { Int($0) }))
        }
        occurrences = table.map { $0.sorted { $0.first < $1.first } }
        var unknown: (line: Int, id: String)?
        names = try PhraseTable(lexicons, "calendar/holidays.tsv") { entry in
            guard let id = entry[field: 1], let part = entry[field: 2].flatMap(Part.init(rawValue:)) else { return nil }
            let proper = entry[field: 3] == "name"
            if id.hasPrefix("--"), let month = Int(id.dropFirst(2).prefix(2)), let day = Int(id.suffix(2)) {
                return Name(holiday: .fixed(month: month, day: day), part: part, proper: proper)
            }
            guard let index = ids[id] else {
                unknown = unknown ?? (entry.line, id)
                return nil
            }
            return Name(holiday: .movable(index), part: part, proper: proper)
        }
        if let unknown {
            throw LexiconError(path: "calendar/holidays.tsv", line: unknown.line, message: "holiday not in \(datesPath): \(unknown.id)")
        }
        contexts = try PhraseTable(lexicons, "calendar/holiday-contexts.tsv") { $0[field: 1] }
        hijriMonths = try PhraseTable(lexicons, "calendar/hijri-months.tsv") { entry in
            guard let index = entry[field: 1].flatMap({ ids[$0] }), let day = entry[field: 2].flatMap({ Int($0) }) else { return nil }
            return (.movable(index), day)
        }
    }

    /// The holiday in Gregorian year `year`, or nil when the table does not reach that year.
    func occurrence(_ holiday: Holiday, year: Int) -> Occurrence? {
        switch holiday {
        case .fixed(let month, let day):
            return CivilDate(year: year, month: month, day: day).map { Occurrence(first: $0, last: $0) }
        case .movable(let index):
            return occurrences[index].first { $0.first.year == year }
        }
    }

    /// The holiday of year `ownYear` in its own calendar (`Idul Fitri 1446 Hijriah`).
    func occurrence(_ holiday: Holiday, ownYear: Int) -> Occurrence? {
        guard case .movable(let index) = holiday else { return nil }
        return occurrences[index].first { $0.ownYear == ownYear }
    }

    /// The occurrence nearest `date` (`sign` -1: the last on or before it; 1: the next after it);
    /// nil when the table does not cover the dates around `date`.
    func nearest(_ holiday: Holiday, to date: CivilDate, sign: Int) -> Occurrence? {
        var candidates: [Occurrence]
        switch holiday {
        case .fixed:
            candidates = (date.year - 1...date.year + 1).compactMap { occurrence(holiday, year: $0) }
        case .movable(let index):
            candidates = occurrences[index].filter { abs($0.first.dayNumber - date.dayNumber) <= 400 }
            // Without an occurrence on each side the table may lack the nearest one.
            guard candidates.contains(where: { $0.first <= date }), candidates.contains(where: { $0.first > date }) else { return nil }
        }
        if sign < 0 { return candidates.last { $0.first <= date } }
        if sign > 0 { return candidates.first { $0.first > date } }
        return candidates.min { abs($0.first.dayNumber - date.dayNumber) < abs($1.first.dayNumber - date.dayNumber) }
    }
}
