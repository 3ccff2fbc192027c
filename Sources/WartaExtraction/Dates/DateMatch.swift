import WartaText

/// One time expression found by a date rule, before it becomes a `DateExpression`: the tokens it
/// covers and what it means. A value type whose fields live in one copy-on-write box, so that the
/// rules' `DateMatch?` results (one per token tried) are a pointer wide instead of ~200 bytes.
struct DateMatch {
    /// What the match says, in one box shared by copies until one of them changes.
    private final class Fields {
        var start: Int
        /// Token index just after the expression.
        var end: Int
        var kind: String
        var value: String
        var granularity: String
        var mod: String? = nil
        /// The published date, when it was used to resolve the value.
        var anchor: CivilDate? = nil
        var resolved: Bool = true
        var rule: String
        /// The day named, for anchoring clock times and building intervals.
        var day: CivilDate? = nil
        /// The month named (`Mei lalu`, `Januari 2021`), for month intervals.
        var month: (year: Int, month: Int)? = nil
        /// A clock time waiting for its day (`T14:00+07:00`).
        var clock: String? = nil
        /// A warning to report (weekday that does not match its date).
        var warning: String? = nil
        /// True when the year was written (`2022`), not inferred.
        var explicitYear: Bool = false
        /// For `tahun sebelumnya`: the unit to step back (or forward) from the last date named.
        var anaphora: (unit: CalendarLexicon.Unit, sign: Int)? = nil
        /// With `anaphora`: what of the date in focus to move (`periode yang sama tahun lalu`: the
        /// whole span; `bulan yang sama tahun lalu`: its month); nil moves the unit itself.
        var focusScope: FocusScope? = nil
        /// True when the value comes from the date in focus (`bulan sebelumnya`): such a date is
        /// never itself the focus of a later one.
        var fromFocus: Bool = false
        /// A weekday dating the statement (`kata X di Jakarta, Selasa (29/3/2022)`), not the events.
        var reportDate: Bool = false
        /// A date compared with (`turun dibandingkan September 2021`) or the day an ongoing state
        /// began (`berstatus Siaga sejak 5 November 2020`): never the date in focus.
        var outOfFocus: Bool = false
        /// A clock time in local time (`pukul 15.45 waktu setempat`), waiting for its place's offset.
        var localTime: Bool = false
        /// The sentence it is in (index into the document's sentences).
        var sentence: Int = 0
        /// The day of the holiday named (`Lebaran` → its day), for a later `H-3` without one.
        var holidayBase: CivilDate? = nil
        /// The holiday of `holidayBase`, to find its day in another year.
        var holidayName: HolidayCalendar.Holiday? = nil
        /// For `H-2` without a holiday: the year written or named before it in its sentence (`Tahun
        /// lalu saya berangkat H-2`), whose occurrence of the holiday it counts from.
        var holidayYear: Int? = nil
        /// `H-3` (and `H+7` in `H-3 hingga H+7`) written without a holiday: days counted from the
        /// holiday named nearest before it in the article (see `resolveHolidayDays`).
        var holidayDays: (first: Int, last: Int?)? = nil
        /// A weekday written alone (`Jumat`, `hari Sabtu`), its number (1 Monday ... 7 Sunday): its
        /// week is settled from the article (see `resolveBareWeekdays`).
        var bareWeekday: Int? = nil
        /// A holiday named without a year or direction (`Nyepi`): generic in a habitual sentence.
        var bareHoliday: Bool = false
        /// A day, month or period whose year is neither written nor given by `lalu`/`tahun depan`,
        /// but taken from the article's date: a year written before it in its sentence wins.
        var inferredYear: Bool = false
        /// A clock time after `hingga` before 06:00 (`beroperasi hingga pukul 02.00 WIB`): past the midnight
        /// after the day it is given, when that day comes from before it.
        var afterMidnight: Bool = false
        /// Introduced with `periode` (`periode 8-14 Januari 2025`): what a later `periode sebelumnya` means.
        var periodWord: Bool = false

        init(start: Int, end: Int, kind: String, value: String, granularity: String, rule: String) {
            self.start = start
            self.end = end
            self.kind = kind
            self.value = value
            self.granularity = granularity
            self.rule = rule
        }

        func copy() -> Fields {
            let copy = Fields(start: start, end: end, kind: kind, value: value, granularity: granularity, rule: rule)
            copy.mod = mod
            copy.anchor = anchor
            copy.resolved = resolved
            copy.day = day
            copy.month = month
            copy.clock = clock
            copy.warning = warning
            copy.explicitYear = explicitYear
            copy.anaphora = anaphora
            copy.localTime = localTime
            copy.focusScope = focusScope
            copy.fromFocus = fromFocus
            copy.reportDate = reportDate
            copy.outOfFocus = outOfFocus
            copy.sentence = sentence
            copy.holidayBase = holidayBase
            copy.holidayName = holidayName
            copy.holidayYear = holidayYear
            copy.holidayDays = holidayDays
            copy.bareWeekday = bareWeekday
            copy.bareHoliday = bareHoliday
            copy.inferredYear = inferredYear
            copy.periodWord = periodWord
            copy.afterMidnight = afterMidnight
            return copy
        }
    }

    private var fields: Fields

    init(start: Int, end: Int, kind: String, value: String, granularity: String, rule: String) {
        fields = Fields(start: start, end: end, kind: kind, value: value, granularity: granularity, rule: rule)
    }

    /// The box, copied first when another match shares it.
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    // Each field of `Fields` (documented there), read from the box and written to a box of its own.
    var start: Int { get { fields.start } set { unique().start = newValue } }
    var end: Int { get { fields.end } set { unique().end = newValue } }
    var kind: String { get { fields.kind } set { unique().kind = newValue } }
    var value: String { get { fields.value } set { unique().value = newValue } }
    var granularity: String { get { fields.granularity } set { unique().granularity = newValue } }
    var mod: String? { get { fields.mod } set { unique().mod = newValue } }
    var anchor: CivilDate? { get { fields.anchor } set { unique().anchor = newValue } }
    var resolved: Bool { get { fields.resolved } set { unique().resolved = newValue } }
    var rule: String { get { fields.rule } set { unique().rule = newValue } }
    var day: CivilDate? { get { fields.day } set { unique().day = newValue } }
    var month: (year: Int, month: Int)? { get { fields.month } set { unique().month = newValue } }
    var clock: String? { get { fields.clock } set { unique().clock = newValue } }
    var warning: String? { get { fields.warning } set { unique().warning = newValue } }
    var explicitYear: Bool { get { fields.explicitYear } set { unique().explicitYear = newValue } }
    var anaphora: (unit: CalendarLexicon.Unit, sign: Int)? { get { fields.anaphora } set { unique().anaphora = newValue } }
    var localTime: Bool { get { fields.localTime } set { unique().localTime = newValue } }
    var focusScope: FocusScope? { get { fields.focusScope } set { unique().focusScope = newValue } }
    var fromFocus: Bool { get { fields.fromFocus } set { unique().fromFocus = newValue } }
    var reportDate: Bool { get { fields.reportDate } set { unique().reportDate = newValue } }
    var outOfFocus: Bool { get { fields.outOfFocus } set { unique().outOfFocus = newValue } }
    var holidayBase: CivilDate? { get { fields.holidayBase } set { unique().holidayBase = newValue } }
    var holidayName: HolidayCalendar.Holiday? { get { fields.holidayName } set { unique().holidayName = newValue } }
    var holidayYear: Int? { get { fields.holidayYear } set { unique().holidayYear = newValue } }
    var holidayDays: (first: Int, last: Int?)? { get { fields.holidayDays } set { unique().holidayDays = newValue } }
    var bareWeekday: Int? { get { fields.bareWeekday } set { unique().bareWeekday = newValue } }
    var bareHoliday: Bool { get { fields.bareHoliday } set { unique().bareHoliday = newValue } }
    var inferredYear: Bool { get { fields.inferredYear } set { unique().inferredYear = newValue } }
    var periodWord: Bool { get { fields.periodWord } set { unique().periodWord = newValue } }
    var afterMidnight: Bool { get { fields.afterMidnight } set { unique().afterMidnight = newValue } }

    /// What an anaphoric expression takes from the date in focus.
    enum FocusScope {
        /// The whole span as written (`periode yang sama tahun lalu` after `Januari-September 2018`).
        case span
        /// The focus at this unit (`bulan yang sama` takes its month).
        case unit(CalendarLexicon.Unit)
        /// The period before (or after) the focus, of its own length (`periode sebelumnya` after
        /// `Agustus 2021` is July); a span of months moves by a year.
        case adjacent
        /// The first (or last) day of the day or span of days in focus (`hari pertama`, `hari terakhir`).
        case edge(last: Bool)
        /// The Nth day counted from the first day of the day or span of days in focus (`hari kedua`).
        case nth(Int)
    }
    var sentence: Int { get { fields.sentence } set { unique().sentence = newValue } }
}
