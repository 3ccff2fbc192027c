import WartaText

/// What `HTMLArticleReader` found in a page or an HTML fragment: the article's main text and its
/// metadata.
///
/// `text` holds one paragraph a line (`\n`, no blank lines), so `ArticleLayoutReader` reads it
/// like a plain-text article: the dateline paragraph (`Jakarta (ANTARA) - ...`) first as on the
/// page, `Baca juga: ...` lines as their own lines, and the trailing credit lines the page shows
/// with the article (`Pewarta: ...`, `Editor: ...`) last. It is empty when the page has no article
/// (`warnings` then says so).
public struct ExtractedArticle: Sendable, Equatable {
    public var text: String
    /// og:title, else the `<h1>`, else `<title>` without the site's suffix.
    public var title: String?
    public var published: PublishedTime?
    /// Canonical link, else og:url, else the address the caller gave.
    public var url: String?
    /// og:site_name or application-name.
    public var site: String?
    /// Credit lines and bylines (`Pewarta: ...`, `Editor: ...`), and authors named only in metadata.
    public var credits: [HTMLCredit]
    /// People named as the article's authors (meta author, JSON-LD author, reporter credit).
    public var authors: [String]
    public var warnings: [String]
    /// The encoding the bytes were read as (`utf-8`, `windows-1252`, ...).
    public var charset: String

    public init(text: String = "", title: String? = nil, published: PublishedTime? = nil, url: String? = nil,
                site: String? = nil, credits: [HTMLCredit] = [], authors: [String] = [], warnings: [String] = [],
                charset: String = "utf-8") {
        self.text = text
        self.title = title
        self.published = published
        self.url = url
        self.site = site
        self.credits = credits
        self.authors = authors
        self.warnings = warnings
        self.charset = charset
    }
}

/// A publication time as a page states it, with the calendar date and the zone it implies.
public struct PublishedTime: Sendable, Equatable {
    /// The text as found (`2020-07-16T18:23:00+07:00`, `Kamis, 16 Juli 2020 18:23 WIB`).
    public var text: String
    /// The local calendar date as written (not converted to UTC).
    public var date: CivilDate
    /// `2020-07-16T18:23:00+07:00`; `2020-07-16T18:23:00` when no zone is given; `2020-07-16` with no time.
    public var iso: String
    /// Minutes east of UTC (`420` for WIB), or nil when the page gives no zone.
    public var utcOffsetMinutes: Int?
    /// Where it came from: `meta:article:published_time`, `json-ld:datePublished`, `time`, `text`, ...
    public var source: String

    public init(text: String, date: CivilDate, iso: String, utcOffsetMinutes: Int?, source: String) {
        self.text = text
        self.date = date
        self.iso = iso
        self.utcOffsetMinutes = utcOffsetMinutes
        self.source = source
    }
}

/// One credited person: a role (`pewarta`, `editor`, `author`, ...) and a name.
public struct HTMLCredit: Sendable, Equatable {
    /// The role in lowercase as labelled (`pewarta`, `editor`, `penulis`), or `author` from metadata.
    public var role: String
    public var name: String
    /// True when the credit is a line of `ExtractedArticle.text` (so the layout reader sees it too).
    public var inText: Bool

    public init(role: String, name: String, inText: Bool) {
        self.role = role
        self.name = name
        self.inText = inText
    }
}

/// Bytes that cannot be read as an HTML page: binary data or an unknown character set. The
/// message names the problem; the caller adds the file or record.
public struct HTMLInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
