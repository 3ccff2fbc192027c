import WartaText

/// One time expression found by a date rule, before it becomes a `DateExpression`: the tokens it
/// covers and what it means.
struct DateMatch {
    var start: Int
    /// Token index just after the expression.
    var end: Int
    var kind: String
    var value: String
    var granularity: String
    var mod: String? = nil
    /// The published date, when it was used to resolve the value.
    var anchor: CivilDate? = nil
    var resolved = true
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
    var explicitYear = false
    /// For `tahun sebelumnya`: the unit to step back (or forward) from the last date named.
    var anaphora: (unit: CalendarLexicon.Unit, sign: Int)? = nil
    /// A clock time in local time (`pukul 15.45 waktu setempat`), waiting for its place's offset.
    var localTime = false
    /// The sentence it is in (index into the document's sentences).
    var sentence = 0
}
