import WartaText

/// Everything Warta extracts from one article: the record every extractor fills, and the JSON
/// object `warta extract` writes (one per line). Field names are snake_case in JSON. Every span's
/// `start`/`end` count Unicode code points and `byte_start`/`byte_end` UTF-8 bytes of the input
/// text, so `text[start:end]` in Python gives back the span's `text`.
/// The JSON Schema is `docs/article-record.schema.json`.
public struct ArticleRecord: Sendable, Codable, Equatable {
    public var id: String
    /// The reference date for relative expressions (`kemarin`, `Kamis`) as given (`--published`,
    /// the input's metadata), or nil when none was given.
    public var published: CivilDate?
    /// The publication time with its zone as the source gave it, normalised to ISO 8601
    /// (`2020-07-16T18:23:00+07:00`, or without an offset when the source gave no zone), when
    /// the source (a page's metadata, a dataset's date) gave a time; its date is `published`.
    public var publishedTime: String?
    /// When no date was given: the date the article gives itself (`Selasa (29/3/2022)`), which then
    /// resolves its relative expressions, with the rule and the evidence; nil otherwise.
    public var publishedInferred: InferredDate?
    public var title: String?
    public var url: String?
    /// The site or outlet's name (`og:site_name`), when the source gave it.
    public var site: String?
    /// Authors the source named outside the text (page metadata, bylines); credit lines inside the
    /// text are in `credits`, with offsets.
    public var authors: [String]
    public var dateline: Dateline?
    /// The body's sentences, in order; the dateline, related-article lines and credits are outside them.
    public var sentences: [Span]
    /// Related-article links (`Baca juga: ...`): the linked title.
    public var related: [Span]
    /// Trailing credits (`Pewarta: ...`, `Editor: ...`).
    public var credits: [Credit]
    public var quotes: [Quote]
    public var figures: [Figure]
    public var dates: [DateExpression]
    public var organisations: [OrganisationMention]
    public var persons: [PersonMention]
    public var warnings: [Warning]

    public init(
        id: String, published: CivilDate? = nil, publishedTime: String? = nil, publishedInferred: InferredDate? = nil,
        title: String? = nil, url: String? = nil, site: String? = nil, authors: [String] = [], dateline: Dateline? = nil,
        sentences: [Span] = [], related: [Span] = [], credits: [Credit] = [], quotes: [Quote] = [],
        figures: [Figure] = [], dates: [DateExpression] = [], organisations: [OrganisationMention] = [],
        persons: [PersonMention] = [], warnings: [Warning] = []
    ) {
        self.id = id
        self.published = published
        self.publishedTime = publishedTime
        self.publishedInferred = publishedInferred
        self.title = title
        self.url = url
        self.site = site
        self.authors = authors
        self.dateline = dateline
        self.sentences = sentences
        self.related = related
        self.credits = credits
        self.quotes = quotes
        self.figures = figures
        self.dates = dates
        self.organisations = organisations
        self.persons = persons
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case id, published, title, url, site, authors, dateline, sentences, related, credits, quotes, figures, dates, organisations, persons, warnings
        case publishedTime = "published_time"
        case publishedInferred = "published_inferred"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        // Nulls are written, not omitted: every record has every field.
        try container.encodeNullable(published, forKey: .published)
        try container.encodeNullable(publishedInferred, forKey: .publishedInferred)
        try container.encodeNullable(publishedTime, forKey: .publishedTime)
        try container.encodeNullable(title, forKey: .title)
        try container.encodeNullable(url, forKey: .url)
        try container.encodeNullable(site, forKey: .site)
        try container.encode(authors, forKey: .authors)
        try container.encodeNullable(dateline, forKey: .dateline)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(related, forKey: .related)
        try container.encode(credits, forKey: .credits)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(figures, forKey: .figures)
        try container.encode(dates, forKey: .dates)
        try container.encode(organisations, forKey: .organisations)
        try container.encode(persons, forKey: .persons)
        try container.encode(warnings, forKey: .warnings)
    }
}

/// The date an article gives itself when none is given with it, in the manner of a news
/// document's creation time (HeidelTime): a weekday with its full date (`Selasa (29/3/2022)`,
/// `Senin, 13 Juli 2020`), or a weekday with day and month (`Jumat (23/2)`) whose weekday fits
/// exactly one year written in the article; moved to the statement's weekday when the statement is
/// dated by a weekday alone (`kata X di Jakarta, Kamis.`).
public struct InferredDate: Sendable, Codable, Equatable {
    public var date: CivilDate
    /// `published.weekday-dated`, `published.weekday-year-elsewhere` or `published.report-weekday`.
    public var rule: String
    /// The mentions it rests on: the dated weekday, then the year written elsewhere if used.
    public var evidence: [Span]

    public init(date: CivilDate, rule: String, evidence: [Span]) {
        self.date = date
        self.rule = rule
        self.evidence = evidence
    }
}

/// The place and agency that open a news report (`Pekanbaru, Riau (ANTARA) – `). Its own span
/// covers the whole dateline, dash included (`Jakarta (ANTARA) -`).
public struct Dateline: Sendable, Codable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    /// The place (`Pekanbaru, Riau`).
    public var place: Span
    /// The agency or outlet (`ANTARA`, `KOMPAS.com`).
    public var agency: Span

    public init(span: Span, place: Span, agency: Span) {
        self.text = span.text
        self.start = span.start
        self.end = span.end
        self.byteStart = span.byteStart
        self.byteEnd = span.byteEnd
        self.place = place
        self.agency = agency
    }

    public var span: Span { Span(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd) }

    enum CodingKeys: String, CodingKey {
        case text, start, end
        case byteStart = "byte_start"
        case byteEnd = "byte_end"
        case place, agency
    }
}

/// A credit line at the end of an article (`Pewarta: Ahmad Wijaya`).
public struct Credit: Sendable, Codable, Equatable {
    /// The label as written (`Pewarta`, `Editor`).
    public var role: String
    /// The credited name(s).
    public var name: Span

    public init(role: String, name: Span) {
        self.role = role
        self.name = name
    }
}

/// Something the reader of a record should know: a problem in the input or an uncertain reading.
public struct Warning: Sendable, Codable, Equatable, Error, CustomStringConvertible {
    /// A stable code, e.g. `invalid-utf8`, `weekday-mismatch`, `empty-input`.
    public var code: String
    public var message: String
    public var start: Int?
    public var end: Int?

    public init(code: String, message: String, start: Int? = nil, end: Int? = nil) {
        self.code = code
        self.message = message
        self.start = start
        self.end = end
    }

    public var description: String { "\(code): \(message)" }
}
