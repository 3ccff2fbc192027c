import WartaRecords
import WartaText
import WartaTokenizer

/// An article after segmentation: what every extractor reads. Tokens and sentences cover the
/// body only (not the dateline, related-article lines or credits). A class: every extractor and
/// per-sentence scanner holds it, and copying a reference is one retain.
public final class Document: Sendable {
    public let source: SourceText
    public let layout: ArticleLayout
    /// Body tokens in order.
    public let tokens: [Token]
    /// Body sentences as byte ranges, in order.
    public let sentences: [Range<Int>]
    /// For each sentence, the range of indices into `tokens` that it covers.
    public let sentenceTokens: [Range<Int>]
    /// The reference date for relative time expressions, if known.
    public let published: CivilDate?
    /// Work shared by extractors that read the same words (see `ExtractionCache`).
    public let cache: ExtractionCache

    public init(source: SourceText, layout: ArticleLayout, tokens: [Token], sentences: [Range<Int>], published: CivilDate?) {
        self.source = source
        self.layout = layout
        self.tokens = tokens
        self.sentences = sentences
        self.published = published
        cache = ExtractionCache()
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        var index = 0
        for sentence in sentences {
            while index < tokens.count && tokens[index].byteStart < sentence.lowerBound { index += 1 }
            let first = index
            while index < tokens.count && tokens[index].byteEnd <= sentence.upperBound { index += 1 }
            ranges.append(first..<index)
        }
        self.sentenceTokens = ranges
    }

    private init(_ other: Document, published: CivilDate?) {
        source = other.source
        layout = other.layout
        tokens = other.tokens
        sentences = other.sentences
        sentenceTokens = other.sentenceTokens
        cache = other.cache
        self.published = published
    }

    /// The same document with another reference date (the date the article gives itself, when
    /// none was given): tokens, sentences and the work cached so far are shared.
    public func withPublished(_ date: CivilDate?) -> Document {
        Document(self, published: date)
    }

    /// The exact text of a token.
    public func text(_ token: Token) -> String { source.text(bytes: token.byteRange) }

    /// The span of a byte range.
    public func span(_ range: Range<Int>) -> Span { source.span(bytes: range) }

    /// The bytes from the start of the first token of `tokens` to the end of its last.
    func byteRange(ofTokens tokens: Range<Int>) -> Range<Int> {
        self.tokens[tokens.lowerBound].byteStart..<self.tokens[tokens.upperBound - 1].byteEnd
    }

    /// The span of a non-empty token range.
    func span(ofTokens tokens: Range<Int>) -> Span { span(byteRange(ofTokens: tokens)) }
}

/// One extractor of the pipeline: reads the document and the record so far, adds its entities.
/// Extractors run in a fixed order (dates, figures, organisations, persons, quotes), so later ones
/// may use what earlier ones found (figures skip numbers inside dates; quotes use persons). What
/// an extractor reads is declared in `reads`, so that choosing a field never changes its content.
public protocol Extractor: Sendable {
    /// The record field it fills, as named in `--types` (`dates`, `figures`, ...).
    var name: String { get }
    /// The record fields, filled by earlier extractors, that this one reads. An analyser asked for
    /// this extractor's field runs these too (and what they read), then drops what was not asked.
    var reads: [String] { get }
    func extract(_ document: Document, into record: inout ArticleRecord)
}

extension Extractor {
    public var reads: [String] { [] }
}
