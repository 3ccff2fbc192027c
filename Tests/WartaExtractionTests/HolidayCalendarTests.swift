import Testing
import WartaLexicons
import WartaText
@testable import WartaExtraction

/// The table of movable holidays (`calendar/holiday-dates.tsv`) read as facts: a known year's dates
/// resolve, every year of the table holds each holiday once and in order, and a year outside the
/// table is no occurrence (the rules then leave the value unresolved rather than guess).
@Suite("Holiday calendar")
struct HolidayCalendarTests {
    static let calendar = try! HolidayCalendar(lexicons: LexiconStore.embedded)

    static func holiday(_ phrase: String) -> HolidayCalendar.Holiday? {
        guard let key = WordKey(phrase, foldCase: true) else { return nil }
        return calendar.names.value(for: key)?.holiday
    }

    @Test("known years resolve", arguments: [
        ("lebaran", 2024, "2024-04-10", "2024-04-10"), ("idulfitri", 2025, "2025-03-31", "2025-03-31"),
        ("ramadhan", 2025, "2025-03-01", "2025-03-30"), ("ramadhan", 2024, "2024-03-12", "2024-04-09"),
        ("iduladha", 2024, "2024-06-17", "2024-06-17"), ("imlek", 2024, "2024-02-10", "2024-02-10"),
        ("nyepi", 2024, "2024-03-11", "2024-03-11"), ("waisak", 2023, "2023-06-04", "2023-06-04"),
        ("natal", 2031, "2031-12-25", "2031-12-25"),
    ])
    func known(_ phrase: String, _ year: Int, _ first: String, _ last: String) throws {
        let holiday = try #require(Self.holiday(phrase))
        let occurrence = try #require(Self.calendar.occurrence(holiday, year: year))
        #expect(occurrence.first.description == first)
        #expect(occurrence.last.description == last)
    }

    @Test("Hijri years name the same occurrence as Gregorian ones")
    func hijri() throws {
        let fitri = try #require(Self.holiday("lebaran"))
        #expect(Self.calendar.occurrence(fitri, ownYear: 1446)?.first == CivilDate(iso: "2025-03-31"))
        #expect(Self.calendar.occurrence(fitri, ownYear: 1431)?.first == CivilDate(iso: "2010-09-10"))
    }

    @Test("years outside the table are not guessed")
    func outside() throws {
        let fitri = try #require(Self.holiday("lebaran"))
        #expect(Self.calendar.occurrence(fitri, year: 2009) == nil)
        #expect(Self.calendar.occurrence(fitri, year: 2035) == nil)
        #expect(Self.calendar.occurrence(fitri, ownYear: 1470) == nil)
        #expect(Self.calendar.nearest(fitri, to: CivilDate(year: 2040, month: 5, day: 1)!, sign: 0) == nil)
        #expect(Self.calendar.nearest(fitri, to: CivilDate(year: 2024, month: 5, day: 1)!, sign: 0)?.first == CivilDate(iso: "2024-04-10"))
    }

    @Test("each movable holiday once a year 2010-2030 (Ramadhan ends the day before Idul Fitri)")
    func complete() throws {
        for occurrences in Self.calendar.occurrences {
            let years = occurrences.map(\.first.year)
            #expect(Set(years).isSuperset(of: 2010...2030), "\(occurrences.first.map(\.first.description) ?? "")")
            for (a, b) in zip(occurrences, occurrences.dropFirst()) {
                #expect(a.first < b.first)
                #expect(b.first.dayNumber - a.first.dayNumber >= 300, "\(a.first) then \(b.first)")
                if let x = a.ownYear, let y = b.ownYear { #expect(y == x + 1, "\(a.first) \(x) then \(b.first) \(y)") }
            }
        }
        let ramadhan = try #require(Self.holiday("ramadhan"))
        let fitri = try #require(Self.holiday("lebaran"))
        for year in 2010...2030 {
            let month = try #require(Self.calendar.occurrence(ramadhan, year: year))
            let feast = try #require(Self.calendar.occurrence(fitri, year: year))
            #expect(month.last.adding(days: 1) == feast.first, "\(year)")
            #expect((29...30).contains(feast.first.dayNumber - month.first.dayNumber), "\(year)")
        }
    }
}
