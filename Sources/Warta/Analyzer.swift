@_exported import WartaExtraction
@_exported import WartaLexicons
@_exported import WartaRecords
@_exported import WartaSegmentation
@_exported import WartaStemmer
@_exported import WartaText
@_exported import WartaTokenizer

/// Warta's entry point for embedders: built once (lexicons loaded once), then
/// `analyze(text:published:)` turns an article into its `ArticleRecord`. `Sendable` and safe to
/// call from many tasks at once.
public struct Analyzer: Sendable {
    public let tokenizer: Tokenizer
    public let sentenceSplitter: SentenceSplitter
    public let layoutReader: ArticleLayoutReader
    /// The extractors that run: those of the chosen fields and those whose fields they read.
    public let extractors: [any Extractor]
    /// The record fields written (`types`, or every extractor's field).
    public let fields: Set<String>
    /// Finds the date an article gives itself when none is given (`published_inferred`).
    public let dater: DocumentDater

    /// Builds an analyser from `lexicons` (the embedded ones by default) that writes the fields
    /// named in `types` (all when nil). `types` chooses which fields are written, never what they
    /// contain: an extractor that reads another's field (quotes read persons, persons read
    /// organisations, figures read dates) still gets it, and the field is dropped afterwards.
    public init(lexicons: LexiconStore = .embedded, types: Set<String>? = nil) throws {
        let lexicon = try TokenizerLexicon(lexicons: lexicons)
        tokenizer = try Tokenizer(lexicon: lexicon)
        sentenceSplitter = try SentenceSplitter(lexicon: lexicon)
        layoutReader = try ArticleLayoutReader(lexicons: lexicons)
        let all = try ExtractionPipeline.standard(lexicons: lexicons)
        let chosen = types ?? Set(all.map(\.name))
        extractors = ExtractionPipeline.needed(for: chosen, in: all)
        fields = chosen
        if let dates = all.lazy.compactMap({ $0 as? DateExtractor }).first {
            dater = DocumentDater(sharingLexiconOf: dates)
        } else {
            dater = try DocumentDater(lexicons: lexicons)
        }
    }

    /// Names of every extractor, in pipeline order (the values `--types` accepts).
    public static var extractorNames: [String] { ExtractionPipeline.names }

    /// The record of one article.
    public func analyze(text: String, published: CivilDate? = nil, id: String = "") throws -> ArticleRecord {
        try analyze(SourceText(text), published: published, id: id)
    }

    /// The record of one article given as validated UTF-8. Without `published`, the date the
    /// article gives itself (`Selasa (29/3/2022)`) resolves its relative expressions and is
    /// recorded as `publishedInferred`.
    public func analyze(_ source: SourceText, published: CivilDate? = nil, id: String = "", title: String? = nil, url: String? = nil) throws -> ArticleRecord {
        var document = try segment(source, published: published)
        var record = ArticleRecord(id: id, published: published, title: title, url: url)
        if published == nil, let inferred = dater.infer(document) {
            document = document.withPublished(inferred.date)
            record.publishedInferred = inferred
        }
        let layout = document.layout
        if let dateline = layout.dateline {
            record.dateline = Dateline(span: source.span(bytes: dateline.whole), place: source.span(bytes: dateline.place),
                                       agency: source.span(bytes: dateline.agency))
        }
        record.sentences = document.sentences.map { source.span(bytes: $0) }
        record.related = layout.related.map { source.span(bytes: $0) }
        record.credits = layout.credits.map { Credit(role: $0.role, name: source.span(bytes: $0.name)) }
        if source.byteCount == 0 {
            record.warnings.append(Warning(code: "empty-input", message: "the article has no text"))
        }
        for extractor in extractors {
            extractor.extract(document, into: &record)
        }
        for extractor in extractors where !fields.contains(extractor.name) {
            ExtractionPipeline.clear(extractor.name, in: &record)
        }
        return record
    }

    /// Segments an article: layout, body tokens and sentences.
    public func segment(_ source: SourceText, published: CivilDate? = nil) throws -> Document {
        let layout = layoutReader.read(source)
        var sentences: [Range<Int>] = []
        var tokens: [Token] = []
        try source.bytes.withUnsafeBufferPointer { buffer in
            for paragraph in layout.body {
                sentences += try sentenceSplitter.sentences(in: buffer, range: paragraph)
                let base = paragraph.lowerBound
                try tokenizer.tokenize(UnsafeBufferPointer(rebasing: buffer[paragraph])) { token in
                    var token = token
                    token.byteStart += base
                    token.byteEnd += base
                    tokens.append(token)
                }
            }
        }
        return Document(source: source, layout: layout, tokens: tokens, sentences: sentences, published: published)
    }
}
