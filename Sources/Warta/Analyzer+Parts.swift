/// Conveniences for embedders who want one part of the pipeline on a Swift `String`, with every
/// result as a `Span` (code-point and UTF-8 offsets, as in the JSON records) that also converts
/// to a `Range<String.Index>` of the same string with `Span.range(in:)`.
extension Analyzer {
    /// The tokens of `text`, in order, as spans.
    public func tokens(in text: String) throws -> [Span] {
        let source = SourceText(text)
        return try tokenizer.tokenize(source).map { source.span(bytes: $0.byteRange) }
    }

    /// The sentences of `text` (every line a paragraph; no article layout applied), as spans.
    public func sentences(in text: String) throws -> [Span] {
        let source = SourceText(text)
        return try sentenceSplitter.sentences(in: source).map { source.span(bytes: $0) }
    }

    /// The record of `text` with its spans also as `Range<String.Index>` into `text`, for code
    /// that slices Swift strings (`text[range]`).
    public func analyzeWithRanges(text: String, published: CivilDate? = nil, id: String = "") throws -> (record: ArticleRecord, ranges: [(mention: Mention, range: Range<String.Index>)]) {
        let record = try analyze(text: text, published: published, id: id)
        return (record, record.mentions.map { ($0, $0.span.range(in: text)) })
    }
}

extension Token {
    /// The token as a range of `String.Index` in `string`, the string it was found in.
    public func range(in string: String) -> Range<String.Index> {
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: byteStart)
        return lower..<utf8.index(lower, offsetBy: byteCount)
    }
}
