import WartaText

/// One highlighted stretch of an article, whatever extractor found it: the flat view of an
/// `ArticleRecord` that the CSV, brat, CoNLL, displaCy and HTML outputs are written from.
///
/// `label` follows the OntoNotes names spaCy uses where one fits (`PERSON`, `ORG`, `DATE`, `TIME`,
/// `MONEY`, `PERCENT`, `QUANTITY`, `CARDINAL`, `ORDINAL`), so displaCy colours them and taggers
/// trained on the CoNLL output share spaCy's label set; quotes are `QUOTE` and the words naming
/// a quote's speaker `SPEAKER`.
public struct Mention: Sendable, Equatable {
    /// The record field it comes from: `quote`, `speaker`, `figure`, `date`, `organisation`, `person`.
    public var kind: String
    /// The entity label (see the type's summary).
    public var label: String
    public var span: Span
    /// The normalised value: a figure's exact value, a date's ISO value, an organisation's or a
    /// person's canonical name, a quote's speaker.
    public var value: String?
    /// Further normalised fields by name, in a fixed order per kind (`unit`, `role`, `verb`, ...);
    /// nil values are left out.
    public var details: [(name: String, value: String)]
    /// The rule that produced it (empty for a speaker span).
    public var rule: String
    /// For a quote and its speaker span: the index of the quote in `ArticleRecord.quotes`.
    public var quoteIndex: Int?

    public init(kind: String, label: String, span: Span, value: String?, details: [(name: String, value: String)] = [],
                rule: String, quoteIndex: Int? = nil) {
        self.kind = kind
        self.label = label
        self.span = span
        self.value = value
        self.details = details
        self.rule = rule
        self.quoteIndex = quoteIndex
    }

    /// The value of the detail called `name`, if present.
    public func detail(_ name: String) -> String? { details.first { $0.name == name }?.value }

    public static func == (lhs: Mention, rhs: Mention) -> Bool {
        lhs.kind == rhs.kind && lhs.label == rhs.label && lhs.span == rhs.span && lhs.value == rhs.value
            && lhs.rule == rhs.rule && lhs.quoteIndex == rhs.quoteIndex
            && lhs.details.map(\.name) == rhs.details.map(\.name) && lhs.details.map(\.value) == rhs.details.map(\.value)
    }

    /// Every label, in the order legends list them.
    public static let labels = ["QUOTE", "SPEAKER", "PERSON", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"]

    /// The label of a figure of kind `kind` (`money` → `MONEY`, `count` → `CARDINAL`).
    public static func label(figureKind kind: String) -> String {
        switch kind {
        case "money": "MONEY"
        case "percent": "PERCENT"
        case "quantity": "QUANTITY"
        case "ordinal": "ORDINAL"
        default: "CARDINAL"
        }
    }
}

extension ArticleRecord {
    /// Every quote, speaker span, figure, date, organisation and person, ordered by start offset
    /// (longer first when two start together), overlaps kept.
    public var mentions: [Mention] {
        var result: [Mention] = []
        for (index, quote) in quotes.enumerated() {
            let speaker = quote.speaker
            result.append(Mention(
                kind: "quote", label: "QUOTE", span: quote.span, value: speaker?.name,
                details: Self.present([("direct", quote.direct ? "true" : "false"), ("verb", quote.verb),
                                       ("role", speaker?.role), ("organisation", speaker?.organisation)]),
                rule: quote.rule, quoteIndex: index))
            if let speakerSpan = quote.speakerSpan {
                result.append(Mention(
                    kind: "speaker", label: "SPEAKER", span: speakerSpan, value: speaker?.name,
                    details: Self.present([("role", speaker?.role), ("organisation", speaker?.organisation)]),
                    rule: quote.rule, quoteIndex: index))
            }
        }
        for figure in figures {
            result.append(Mention(
                kind: "figure", label: Mention.label(figureKind: figure.kind), span: figure.span,
                value: figure.value.map { "\($0)" },
                details: Self.present([("figure_kind", figure.kind), ("value_max", figure.valueMax.map { "\($0)" }),
                                       ("unit", figure.unit), ("counted", figure.counted),
                                       ("approximate", figure.approximate ? "true" : nil), ("qualifier", figure.qualifier)]),
                rule: figure.rule))
        }
        for date in dates {
            result.append(Mention(
                kind: "date", label: date.kind == "time" ? "TIME" : "DATE", span: date.span, value: date.value,
                details: Self.present([("date_kind", date.kind), ("granularity", date.granularity), ("mod", date.mod),
                                       ("anchor", date.anchor?.description), ("resolved", date.resolved ? nil : "false")]),
                rule: date.rule))
        }
        for organisation in organisations {
            result.append(Mention(
                kind: "organisation", label: "ORG", span: organisation.span, value: organisation.canonical,
                details: Self.present([("org_id", organisation.id), ("org_kind", organisation.kind), ("acronym", organisation.acronym)]),
                rule: organisation.rule))
        }
        for person in persons {
            result.append(Mention(
                kind: "person", label: "PERSON", span: person.span, value: person.canonical,
                details: Self.present([("role", person.role), ("organisation", person.organisation)]),
                rule: person.rule))
        }
        return result.enumerated().sorted { a, b in
            let (x, y) = (a.element.span, b.element.span)
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// A flat, non-overlapping choice of mentions, for formats that cannot nest (BIO tags,
    /// displaCy's `ent` style): names, dates and figures first, then speaker spans, then quotes;
    /// among equals the earlier, then the longer, wins. Ordered by start.
    public var flatMentions: [Mention] {
        func rank(_ mention: Mention) -> Int {
            switch mention.kind { case "quote": 2; case "speaker": 1; default: 0 }
        }
        var chosen: [Mention] = []
        let candidates = mentions.sorted { a, b in
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            return a.span.end > b.span.end
        }
        for mention in candidates where mention.span.end > mention.span.start {
            let overlaps = chosen.contains { $0.span.start < mention.span.end && mention.span.start < $0.span.end }
            if !overlaps { chosen.append(mention) }
        }
        return chosen.sorted { $0.span.start < $1.span.start }
    }

    private static func present(_ pairs: [(String, String?)]) -> [(name: String, value: String)] {
        pairs.compactMap { name, value in value.map { (name: name, value: $0) } }
    }
}
