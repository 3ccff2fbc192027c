import Testing
@testable import WartaEvaluation

/// Date values that name the same days score as equal (TIMEX3 equivalents), and values that are
/// not calendar spans are compared as written.
@Suite("Scoring dates by the days they cover")
struct CalendarExtentTests {
    static let same: [(String, String)] = [
        ("2021-Q2", "2021-04/2021-06"),
        ("2021-Q2", "2021-04-01/2021-06-30"),
        ("2020-H1", "2020-01/2020-06"),
        ("2019-H2", "2019-Q3/2019-Q4"),
        ("2020-Q2/2020-Q3", "2020-04/2020-09"),
        ("2024", "2024-01/2024-12"),
        ("2024-02", "2024-02-01/2024-02-29"),
        ("2020-W27", "2020-06-29/2020-07-05"),
        ("2021-W01", "2021-01-04/2021-01-10"),
        ("2020-07-09", "2020-07-09"),
    ]
    static let different: [(String, String)] = [
        ("2021-Q2", "2021-04/2021-05"),
        ("2023-02", "2023-02-01/2023-02-29"),
        ("2020-07-09", "2020-07-10"),
        ("2020-07-09T14:00+07:00", "2020-07-09"),
        ("P3D", "P3W"),
        ("XXXX-01", "2020-01"),
        ("2020-W27", "2020-07"),
    ]

    @Test("equivalent values share a key", arguments: same)
    func equivalent(a: String, b: String) {
        #expect(CalendarExtent.key(a) == CalendarExtent.key(b))
    }

    @Test("other values keep their own keys", arguments: different)
    func distinct(a: String, b: String) {
        #expect(CalendarExtent.key(a) != CalendarExtent.key(b))
    }

    @Test("values without days are compared as written")
    func asWritten() {
        for value in ["P3D", "XXXX-WXX-1", "2020-07-09T14:00", "2020-SU", "PRESENT_REF", "2021-Q5", "2021/2020"] {
            #expect(CalendarExtent.key(value) == value)
        }
    }
}
