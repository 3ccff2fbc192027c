import WartaLexicons
import WartaRecords
import WartaText
import WartaTokenizer

/// Finds the date an article gives itself when none is given with it, as HeidelTime takes a news
/// document's creation time: news reports date their statements (`kata X di Jakarta, Selasa
/// (29/3/2022)`). The date then resolves `kemarin`, `tahun ini` and weekdays instead of `XXXX`.
///
/// | rule | evidence |
/// | --- | --- |
/// | `published.weekday-dated` | a weekday with its full date whose weekday agrees: `Selasa (29/3/2022)`, `Senin, 13 Juli 2020` |
/// | `published.weekday-year-elsewhere` | a weekday with day and month (`Jumat (23/2)`) whose weekday fits exactly one year written in the article (`2024`), else exactly one year next to one |
/// | `published.report-weekday` | a statement dated by its weekday alone (`kata X di Jakarta, Kamis.`) after an event dated as above (`Rabu (9/2/2022)`): the first such weekday on or after the event |
///
/// A dated weekday that dates a statement itself (after a comma: `..., Selasa (29/3/2022)`) wins,
/// the latest of those written with their year within three days of the first (statements of one
/// story, `..., Senin (7/7/2025)` then `..., Selasa (8/7/2025)`); else the first dated weekday, moved to the statement's weekday when one is written; a weekday
/// that contradicts its date is no evidence.
public struct DocumentDater: Sendable {
    let lexicon: CalendarLexicon

    public init(lexicons: LexiconStore) throws(LexiconError) {
        lexicon = try CalendarLexicon(lexicons: lexicons)
    }

    /// A dater reading the calendar lexicon `dates` already read (building it costs 30 M
    /// instructions of an analyser's start-up).
    public init(sharingLexiconOf dates: DateExtractor) {
        lexicon = dates.lexicon
    }

    /// A weekday written with a date, before the year is settled.
    struct Candidate {
        var weekday: Int
        var day: Int
        var month: Int
        var year: Int?
        var tokens: Range<Int>
        var afterComma: Bool
    }

    /// The article's own date, or nil when nothing in it dates it.
    public func infer(_ document: Document) -> InferredDate? {
        let text = document.tokenText
        var candidates: [Candidate] = []
        // The first weekday written alone after a comma (`di Jakarta, Kamis.`): the statement's day.
        var reportWeekday: (weekday: Int, token: Int)?
        // Years written in the article (first token of each), for weekdays written without one.
        var years: [(year: Int, token: Int)] = []
        for range in document.sentenceTokens where !range.isEmpty {
            let scanner = DateScanner(text: text, lexicon: lexicon, published: nil, sentenceStart: range.lowerBound, limit: range.upperBound)
            for index in range {
                let kind = text.kind(index)
                if kind == .number {
                    if let year = scanner.yearNumber(at: index), !years.contains(where: { $0.year == year }) { years.append((year, index)) }
                    continue
                }
                guard kind == .word, text.isCapitalized(index),
                      index + 1 == range.upperBound || text.kind(index + 1) == .punctuation,
                      lexicon.triggers.contains(text.keys[index], hash: text.keyHashes[index]),
                      let (weekday, afterName) = lexicon.weekdays.match(text, at: index, limit: range.upperBound) else { continue }
                if let candidate = scanner.datedWeekday(weekday, at: index, after: afterName) {
                    candidates.append(candidate)
                } else if reportWeekday == nil, index > range.lowerBound, text.isChar(index - 1, UInt8(ascii: ",")), afterName == range.upperBound
                            || text.isChar(afterName, UInt8(ascii: ".")) || text.isChar(afterName, UInt8(ascii: ",")) {
                    reportWeekday = (weekday, index)
                }
            }
        }
        guard !candidates.isEmpty else { return nil }
        var dated: [(date: CivilDate, rule: String, evidence: [Range<Int>], afterComma: Bool)] = []
        for candidate in candidates {
            if let year = candidate.year {
                guard let date = CivilDate(year: year, month: candidate.month, day: candidate.day), date.weekday == candidate.weekday else { continue }
                dated.append((date, "published.weekday-dated", [candidate.tokens], candidate.afterComma))
            } else if let (date, yearToken) = Self.fittingYear(candidate, years) {
                dated.append((date, "published.weekday-year-elsewhere", [candidate.tokens, yearToken..<yearToken + 1], candidate.afterComma))
            }
        }
        // Statements dated with their year (`kata X, Senin (8/1/2024)`): the article is as late as the
        // latest of them made within three days of the first (an event before them, `Minggu (7/1)`, is not).
        let statements = dated.filter { $0.afterComma && $0.rule == "published.weekday-dated" }
        if let first = statements.first,
           let chosen = statements.filter({ (0...3).contains($0.date.dayNumber - first.date.dayNumber) }).max(by: { $0.date < $1.date }) {
            return InferredDate(date: chosen.date, rule: chosen.rule, evidence: chosen.evidence.map { document.span(ofTokens: $0) })
        }
        if let chosen = dated.first(where: \.afterComma) {
            return InferredDate(date: chosen.date, rule: chosen.rule, evidence: chosen.evidence.map { document.span(ofTokens: $0) })
        }
        guard let event = dated.first else { return nil }
        if let (weekday, token) = reportWeekday {
            let date = event.date.adding(days: (weekday - event.date.weekday + 7) % 7)
            return InferredDate(date: date, rule: "published.report-weekday",
                                evidence: ([token..<token + 1] + event.evidence).map { document.span(ofTokens: $0) })
        }
        return InferredDate(date: event.date, rule: event.rule, evidence: event.evidence.map { document.span(ofTokens: $0) })
    }

    /// The one year written in the article on which the candidate's date falls on its weekday
    /// (else the one year next to a written year), with the token of the year written.
    static func fittingYear(_ candidate: Candidate, _ years: [(year: Int, token: Int)]) -> (CivilDate, Int)? {
        for offsets in [[0], [-1, 1]] {
            var fits: [(CivilDate, Int)] = []
            for (year, token) in years {
                for offset in offsets {
                    if let date = CivilDate(year: year + offset, month: candidate.month, day: candidate.day), date.weekday == candidate.weekday,
                       !fits.contains(where: { $0.0 == date }) {
                        fits.append((date, token))
                    }
                }
            }
            if fits.count == 1 { return fits[0] }
            if fits.count > 1 { return nil }
        }
        return nil
    }
}

extension DateScanner {
    /// `Selasa (29/3/2022)`, `Jumat (23/2)`, `Senin, 13 Juli 2020`: the weekday at `index` (its
    /// name ending at `after`) with the date written beside it.
    func datedWeekday(_ weekday: Int, at index: Int, after: Int) -> DocumentDater.Candidate? {
        let afterComma = index > sentenceStart && text.isChar(index - 1, UInt8(ascii: ","))
        if let (day, month, year, end) = parenthesisParts(at: after) {
            return DocumentDater.Candidate(weekday: weekday, day: day, month: month, year: year, tokens: index..<end, afterComma: afterComma)
        }
        guard text.isChar(after, UInt8(ascii: ",")), let day = dayNumber(at: after + 1), let (month, _, afterMonth) = monthWord(at: after + 2),
              let year = yearNumber(at: afterMonth, range: 1000...2999) else { return nil }
        return DocumentDater.Candidate(weekday: weekday, day: day, month: month, year: year, tokens: index..<afterMonth + 1, afterComma: afterComma)
    }
}
