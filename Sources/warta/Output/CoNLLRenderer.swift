import Warta

/// `conll`: one token a line with BIO entity tags, for training and evaluating taggers:
/// `TOKEN<TAB>START<TAB>END<TAB>TAG`, START/END in code points of the article text, a blank line
/// after each sentence, and `-DOCSTART-<TAB>ID<TAB>-X-<TAB>O` opening each article (readers that
/// take the first column as the word and the last as the tag, like spaCy's `ner` converter,
/// read it as is). Covers the body sentences (not the dateline, `Baca juga` lines or credits).
/// Tokens are Warta's, cut at whitespace (`Rp 5.000` gives `Rp` and `5.000`) so no token holds
/// a space. Tags come from `ArticleRecord.flatMentions`: BIO cannot nest, so names, dates and
/// figures win over the speaker spans and quotes that contain them.
struct CoNLLRenderer: ArticleRenderer {
    let analyzer: Analyzer

    func render(_ article: AnalysedArticle) throws -> RenderedArticle {
        let source = article.document.source
        let document = try analyzer.segment(source, published: article.record.published)
        let mentions = article.record.flatMentions
        var text = "-DOCSTART-\t\(article.record.id.isEmpty ? "-" : DelimitedRenderer(separator: "\t").escape(article.record.id))\t-X-\tO\n\n"
        var mentionIndex = 0
        var current: Int? = nil
        for sentence in document.sentenceTokens.indices {
            var wrote = false
            for token in document.tokens[document.sentenceTokens[sentence]] {
                for piece in Self.pieces(of: token.byteRange, in: source) {
                    while mentionIndex < mentions.count && mentions[mentionIndex].span.byteEnd <= piece.lowerBound { mentionIndex += 1 }
                    var tag = "O"
                    if mentionIndex < mentions.count, mentions[mentionIndex].span.byteStart < piece.upperBound {
                        let mention = mentions[mentionIndex]
                        tag = (current == mentionIndex ? "I-" : "B-") + mention.label
                        current = mentionIndex
                    } else {
                        current = nil
                    }
                    let span = source.span(bytes: piece)
                    text += "\(span.text)\t\(span.start)\t\(span.end)\t\(tag)\n"
                    wrote = true
                }
            }
            if wrote { text += "\n" }
        }
        return RenderedArticle(output: Array(text.utf8))
    }

    /// `range` cut at whitespace, whitespace dropped.
    static func pieces(of range: Range<Int>, in source: SourceText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int? = nil
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = decode(source.bytes, at: index)
            if scalar.properties.isWhitespace {
                if let begin = start { result.append(begin..<index); start = nil }
            } else if start == nil {
                start = index
            }
            index += length
        }
        if let begin = start { result.append(begin..<range.upperBound) }
        return result
    }

    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var iterator = bytes[index..<min(bytes.count, index + length)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", 1)
    }
}
