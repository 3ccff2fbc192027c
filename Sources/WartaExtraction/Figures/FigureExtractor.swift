import WartaLexicons
import WartaRecords
import WartaText

/// Finds numbers, money, percentages, counts, quantities and ordinals (`Rp123,46 triliun`,
/// `14,68 persen`, `64 juta UMKM`, `30 hingga 150 sentimeter`, `ketiga`) with exact values.
/// Runs after the date extractor and skips every token inside a date.
public struct FigureExtractor: Extractor {
    let lexicon: FigureLexicon

    public init(lexicons: LexiconStore) throws(LexiconError) {
        lexicon = try FigureLexicon(lexicons: lexicons)
    }

    public var name: String { "figures" }
    public var reads: [String] { ["dates"] }

    public func extract(_ document: Document, into record: inout ArticleRecord) {
        let text = document.tokenText
        let covered = coveredTokens(document, record.dates)
        var drafts: [(start: Int, end: Int, figure: FigureDraft)] = []
        for range in document.sentenceTokens where !range.isEmpty {
            let scanner = FigureScanner(text: text, lexicon: lexicon, covered: covered, sentenceStart: range.lowerBound, limit: range.upperBound)
            let first = drafts.count
            scanner.scan(range, into: &drafts)
            scanner.shareCountedNouns(&drafts[first...])
        }
        for (start, end, draft) in drafts where !draft.kind.isEmpty {
            let span = document.span(text.tokens[start].byteStart..<(text.tokens[end - 1].byteEnd - (draft.dropsFinalStop ? 1 : 0)))
            record.figures.append(Figure(span: span, kind: draft.kind, value: draft.value, valueMax: draft.valueMax, unit: draft.unit,
                                         counted: draft.counted, approximate: draft.approximate, qualifier: draft.qualifier, rule: draft.rule))
        }
    }

    /// For each token, whether it lies inside a date already found. The ordinal of an anniversary
    /// (`HUT ke-75 Kemerdekaan RI`) stays an ordinal figure: the date names the day, not the count.
    func coveredTokens(_ document: Document, _ dates: [DateExpression]) -> [Bool] {
        var covered = Array(repeating: false, count: document.tokens.count)
        guard !dates.isEmpty else { return covered }
        let ranges = dates.lazy.filter { $0.rule != "date.anniversary" }.map { $0.byteStart..<$0.byteEnd }.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        for (index, token) in document.tokens.enumerated() {
            while next < ranges.count && ranges[next].upperBound <= token.byteStart { next += 1 }
            if next < ranges.count && ranges[next].lowerBound < token.byteEnd && token.byteStart < ranges[next].upperBound { covered[index] = true }
        }
        return covered
    }
}

extension FigureScanner {
    /// `9,4 juta atau 14,68 persen UMKM`: both figures count UMKM.
    func shareCountedNouns(_ drafts: inout ArraySlice<(start: Int, end: Int, figure: FigureDraft)>) {
        var index = drafts.startIndex
        while index + 1 < drafts.endIndex {
            let a = drafts[index].figure, b = drafts[index + 1].figure
            if a.counted == nil, let counted = b.counted, b.start == a.end + 1, lexicon.notCounted.match(text, at: a.end, limit: limit) != nil,
               text.keys[a.end] == lexicon.orKey, a.kind == "number" || a.kind == "count" {
                drafts[index].figure.counted = counted
                drafts[index].figure.kind = "count"
                drafts[index].figure.rule = "count.or-pair"
            }
            index += 1
        }
    }
}
