extension HTMLArticleReader {
    /// A publication date or date-time as datasets write it in a column or JSON field:
    /// ISO 8601 (`2020-07-16`, `2020-07-16T18:23:00+07:00`, `2020-07-16 18:23:00`) or an
    /// Indonesian date line (`16 Juli 2020`, `Kamis, 16 Juli 2020 18:23 WIB`, `16/07/2020`).
    /// The same readers as the page's metadata use; nil when no date is found.
    public func publishedTime(in text: String) -> PublishedTime? {
        ISODateTime.parse(text, source: "data")
            ?? DateLine(months: lexicon.months, zones: lexicon.zones).parse(text, source: "data")
    }
}
