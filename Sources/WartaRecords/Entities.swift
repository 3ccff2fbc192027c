import FoundationEssentials
import WartaText

/// Types whose JSON carries a span's five fields inline (`text`, `start`, `end`, `byte_start`, `byte_end`).
public protocol SpannedRecord: Sendable, Codable, Equatable {
    var text: String { get }
    var start: Int { get }
    var end: Int { get }
    var byteStart: Int { get }
    var byteEnd: Int { get }
}

extension SpannedRecord {
    /// The record's span.
    public var span: Span { Span(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd) }
}

/// A number, amount of money, percentage, count or measured quantity (`Rp123,46 triliun`,
/// `14,68 persen`, `64 juta UMKM`), with its exact value.
public struct Figure: SpannedRecord {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    /// `money`, `percent`, `count`, `quantity`, `number` or `ordinal`.
    public var kind: String
    /// The exact value (`123460000000000`, `14.68`), or nil for vague quantities (`ratusan`).
    public var value: Decimal?
    /// The upper end of a range (`5-7 persen`), else nil.
    public var valueMax: Decimal?
    /// ISO 4217 code for money, `percent`, a unit of measure (`ton`, `km`, `hectare`), or nil.
    public var unit: String?
    /// The noun counted (`UMKM` in `64 juta UMKM`), or nil.
    public var counted: String?
    /// True when qualified as approximate (`sekitar`, `hampir`, `lebih dari`) or vague.
    public var approximate: Bool
    /// The qualifier as written (`sekitar`), or nil.
    public var qualifier: String?
    /// The rule that produced the figure.
    public var rule: String

    public init(span: Span, kind: String, value: Decimal?, valueMax: Decimal? = nil, unit: String? = nil,
                counted: String? = nil, approximate: Bool = false, qualifier: String? = nil, rule: String) {
        (text, start, end, byteStart, byteEnd) = (span.text, span.start, span.end, span.byteStart, span.byteEnd)
        self.kind = kind
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.counted = counted
        self.approximate = approximate
        self.qualifier = qualifier
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, value, unit, counted, approximate, qualifier, rule
        case byteStart = "byte_start", byteEnd = "byte_end", valueMax = "value_max"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(byteStart, forKey: .byteStart); try c.encode(byteEnd, forKey: .byteEnd)
        try c.encode(kind, forKey: .kind); try c.encodeNullable(value, forKey: .value); try c.encodeNullable(valueMax, forKey: .valueMax)
        try c.encodeNullable(unit, forKey: .unit); try c.encodeNullable(counted, forKey: .counted)
        try c.encode(approximate, forKey: .approximate); try c.encodeNullable(qualifier, forKey: .qualifier)
        try c.encode(rule, forKey: .rule)
    }
}

/// A time expression resolved against the article's date (`23 Juni lalu` → `2020-06-23`).
public struct DateExpression: SpannedRecord {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    /// `date`, `time`, `interval`, `duration` or `set`.
    public var kind: String
    /// ISO 8601 / TIMEX3 value: `2020-06-23`, `2020-05`, `2020-07-16/2020-07-31`,
    /// `2020-07-09T14:00+07:00`, `P3D`, `2021-Q2`, `XXXX-05-14` when the year is unknown.
    public var value: String
    /// `day`, `week`, `month`, `quarter`, `year`, `decade`, `minute`, ...
    public var granularity: String
    /// `START`, `MID`, `END`, `APPROX`, or nil.
    public var mod: String?
    /// The reference date used to resolve a relative expression, or nil.
    public var anchor: CivilDate?
    /// False when part of the value is unknown (`XXXX-05-14`).
    public var resolved: Bool
    public var rule: String

    public init(span: Span, kind: String, value: String, granularity: String, mod: String? = nil,
                anchor: CivilDate? = nil, resolved: Bool, rule: String) {
        (text, start, end, byteStart, byteEnd) = (span.text, span.start, span.end, span.byteStart, span.byteEnd)
        self.kind = kind
        self.value = value
        self.granularity = granularity
        self.mod = mod
        self.anchor = anchor
        self.resolved = resolved
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, value, granularity, mod, anchor, resolved, rule
        case byteStart = "byte_start", byteEnd = "byte_end"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(byteStart, forKey: .byteStart); try c.encode(byteEnd, forKey: .byteEnd)
        try c.encode(kind, forKey: .kind); try c.encodeNullable(value, forKey: .value); try c.encode(granularity, forKey: .granularity)
        try c.encodeNullable(mod, forKey: .mod); try c.encodeNullable(anchor, forKey: .anchor); try c.encode(resolved, forKey: .resolved)
        try c.encode(rule, forKey: .rule)
    }
}

/// A mention of an organisation, linked to its canonical name (`Kominfo` →
/// `Kementerian Komunikasi dan Informatika`).
public struct OrganisationMention: SpannedRecord {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    /// The full official name current at the article's date.
    public var canonical: String
    /// A stable key (`kominfo`), the same for every name the body has had.
    public var id: String
    /// `ministry`, `agency`, `regional-government`, `state-owned-company`, `company`, `university`,
    /// `party`, `legislature`, `court`, `police-military`, `international`, `other`.
    public var kind: String
    public var acronym: String?
    public var rule: String

    public init(span: Span, canonical: String, id: String, kind: String, acronym: String? = nil, rule: String) {
        (text, start, end, byteStart, byteEnd) = (span.text, span.start, span.end, span.byteStart, span.byteEnd)
        self.canonical = canonical
        self.id = id
        self.kind = kind
        self.acronym = acronym
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, canonical, id, kind, acronym, rule
        case byteStart = "byte_start", byteEnd = "byte_end"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(byteStart, forKey: .byteStart); try c.encode(byteEnd, forKey: .byteEnd)
        try c.encode(canonical, forKey: .canonical); try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind)
        try c.encodeNullable(acronym, forKey: .acronym); try c.encode(rule, forKey: .rule)
    }
}

/// A mention of a person, linked to the fullest form of the name in the article.
public struct PersonMention: SpannedRecord {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    public var canonical: String
    /// The role given with the person in the article (`Menteri Kominfo`), or nil.
    public var role: String?
    /// The canonical name of the organisation the role names, or nil.
    public var organisation: String?
    public var rule: String

    public init(span: Span, canonical: String, role: String? = nil, organisation: String? = nil, rule: String) {
        (text, start, end, byteStart, byteEnd) = (span.text, span.start, span.end, span.byteStart, span.byteEnd)
        self.canonical = canonical
        self.role = role
        self.organisation = organisation
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, canonical, role, organisation, rule
        case byteStart = "byte_start", byteEnd = "byte_end"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(byteStart, forKey: .byteStart); try c.encode(byteEnd, forKey: .byteEnd)
        try c.encode(canonical, forKey: .canonical); try c.encodeNullable(role, forKey: .role)
        try c.encodeNullable(organisation, forKey: .organisation); try c.encode(rule, forKey: .rule)
    }
}

/// Who is quoted as the source of a quote.
public struct Speaker: Sendable, Codable, Equatable {
    /// The canonical person name, or nil when an organisation speaks (documented choice).
    public var name: String?
    public var role: String?
    public var organisation: String?

    public init(name: String?, role: String? = nil, organisation: String? = nil) {
        self.name = name
        self.role = role
        self.organisation = organisation
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(name, forKey: .name); try c.encodeNullable(role, forKey: .role); try c.encodeNullable(organisation, forKey: .organisation)
    }
}

/// Words attributed to a speaker: quoted directly (`"...," kata Johnny`) or reported
/// (`Johnny mengatakan bahwa ...`). The span covers the words, without the quote marks.
public struct Quote: SpannedRecord {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    public var direct: Bool
    /// The speech cue as written (`kata`, `ujarnya`, `mengatakan`, `menurut`), or nil.
    public var verb: String?
    public var speaker: Speaker?
    /// Where the speaker is named in the sentence, or nil when resolved from earlier text.
    public var speakerSpan: Span?
    public var rule: String

    public init(span: Span, direct: Bool, verb: String?, speaker: Speaker?, speakerSpan: Span? = nil, rule: String) {
        (text, start, end, byteStart, byteEnd) = (span.text, span.start, span.end, span.byteStart, span.byteEnd)
        self.direct = direct
        self.verb = verb
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, direct, verb, speaker, rule
        case byteStart = "byte_start", byteEnd = "byte_end", speakerSpan = "speaker_span"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(byteStart, forKey: .byteStart); try c.encode(byteEnd, forKey: .byteEnd)
        try c.encode(direct, forKey: .direct); try c.encodeNullable(verb, forKey: .verb); try c.encodeNullable(speaker, forKey: .speaker)
        try c.encodeNullable(speakerSpan, forKey: .speakerSpan); try c.encode(rule, forKey: .rule)
    }
}
