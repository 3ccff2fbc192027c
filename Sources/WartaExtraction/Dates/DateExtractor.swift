import WartaLexicons
import WartaRecords
import WartaText

/// Finds time expressions (`14 Mei`, `Senin (13/7)`, `23 Juni lalu`, `pukul 14.00 WIB`, `tiga
/// hari lalu`, `kuartal II 2021`) and resolves them against the article's published date. Runs
/// first, so the figures extractor can skip the numbers inside dates.
public struct DateExtractor: Extractor {
    let lexicon: CalendarLexicon

    public init(lexicons: LexiconStore) throws(LexiconError) {
        lexicon = try CalendarLexicon(lexicons: lexicons)
    }

    public var name: String { "dates" }

    public func extract(_ document: Document, into record: inout ArticleRecord) {
        let text = document.tokenText
        var matches: [DateMatch] = []
        for (number, range) in document.sentenceTokens.enumerated() where !range.isEmpty {
            let scanner = DateScanner(text: text, lexicon: lexicon, published: document.published, sentenceStart: range.lowerBound, limit: range.upperBound)
            for var match in scanner.scan(range) {
                match.sentence = number
                matches.append(match)
            }
        }
        DateScanner.resolveHolidayDays(&matches, calendar: lexicon.holidays)
        DateScanner.resolveBareWeekdays(&matches, published: document.published)
        DateScanner.anchorClockTimes(&matches, published: document.published)
        DateScanner.resolveAnaphora(&matches, published: document.published)
        // `hari pertama` with no day named before it.
        matches.removeAll { $0.value.isEmpty }
        if matches.contains(where: \.localTime) {
            DateScanner(text: text, lexicon: lexicon, published: document.published, sentenceStart: 0, limit: text.count).localOffsets(&matches)
        }
        for match in matches {
            let span = document.span(ofTokens: match.start..<match.end)
            record.dates.append(DateExpression(span: span, kind: match.kind, value: match.value, granularity: match.granularity,
                                               mod: match.mod, anchor: match.anchor, resolved: match.resolved, rule: match.rule))
            if let warning = match.warning {
                record.warnings.append(Warning(code: "weekday-mismatch", message: warning, start: span.start, end: span.end))
            }
        }
    }
}
