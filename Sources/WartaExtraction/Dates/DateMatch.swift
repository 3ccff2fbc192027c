import WartaText

/// One time expression found by a date rule, before it becomes a `DateExpression`: the tokens it
/// covers and what it means. A value type whose fields live in one copy-on-write box, so that the
/// rules' `DateMatch?` results (one per token tried) are a pointer wide instead of ~200 bytes.
struct DateMatch {
    private final class Fields {
        var start: Int
        var end: Int
        var kind: String
        var value: String
        var granularity: String
        var mod: String? = nil
        var anchor: CivilDate? = nil
        var resolved: Bool = true
        var rule: String
        var day: CivilDate? = nil
        var month: (year: Int, month: Int)? = nil
        var clock: String? = nil
        var warning: String? = nil
        var explicitYear: Bool = false
        var anaphora: (unit: CalendarLexicon.Unit, sign: Int)? = nil
        var localTime: Bool = false
        var sentence: Int = 0

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
            copy.sentence = sentence
            return copy
        }
    }

    private var fields: Fields

    init(start: Int, end: Int, kind: String, value: String, granularity: String, rule: String) {
        fields = Fields(start: start, end: end, kind: kind, value: value, granularity: granularity, rule: rule)
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
    }

    var start: Int {
        get { fields.start }
        set { unique(); fields.start = newValue }
    }

    /// Token index just after the expression.
    var end: Int {
        get { fields.end }
        set { unique(); fields.end = newValue }
    }

    var kind: String {
        get { fields.kind }
        set { unique(); fields.kind = newValue }
    }

    var value: String {
        get { fields.value }
        set { unique(); fields.value = newValue }
    }

    var granularity: String {
        get { fields.granularity }
        set { unique(); fields.granularity = newValue }
    }

    var mod: String? {
        get { fields.mod }
        set { unique(); fields.mod = newValue }
    }

    /// The published date, when it was used to resolve the value.
    var anchor: CivilDate? {
        get { fields.anchor }
        set { unique(); fields.anchor = newValue }
    }

    var resolved: Bool {
        get { fields.resolved }
        set { unique(); fields.resolved = newValue }
    }

    var rule: String {
        get { fields.rule }
        set { unique(); fields.rule = newValue }
    }

    /// The day named, for anchoring clock times and building intervals.
    var day: CivilDate? {
        get { fields.day }
        set { unique(); fields.day = newValue }
    }

    /// The month named (`Mei lalu`, `Januari 2021`), for month intervals.
    var month: (year: Int, month: Int)? {
        get { fields.month }
        set { unique(); fields.month = newValue }
    }

    /// A clock time waiting for its day (`T14:00+07:00`).
    var clock: String? {
        get { fields.clock }
        set { unique(); fields.clock = newValue }
    }

    /// A warning to report (weekday that does not match its date).
    var warning: String? {
        get { fields.warning }
        set { unique(); fields.warning = newValue }
    }

    /// True when the year was written (`2022`), not inferred.
    var explicitYear: Bool {
        get { fields.explicitYear }
        set { unique(); fields.explicitYear = newValue }
    }

    /// For `tahun sebelumnya`: the unit to step back (or forward) from the last date named.
    var anaphora: (unit: CalendarLexicon.Unit, sign: Int)? {
        get { fields.anaphora }
        set { unique(); fields.anaphora = newValue }
    }

    /// A clock time in local time (`pukul 15.45 waktu setempat`), waiting for its place's offset.
    var localTime: Bool {
        get { fields.localTime }
        set { unique(); fields.localTime = newValue }
    }

    /// The sentence it is in (index into the document's sentences).
    var sentence: Int {
        get { fields.sentence }
        set { unique(); fields.sentence = newValue }
    }
}
