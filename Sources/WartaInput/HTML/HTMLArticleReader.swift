import WartaLexicons

/// Reads news articles out of HTML: whole saved or crawled pages (main text found by boilerplate
/// removal, metadata from `<meta>`, JSON-LD and the page's date line) and HTML fragments from
/// dataset fields. Build one and share it: it is immutable and `Sendable`.
///
/// ```swift
/// let reader = try HTMLArticleReader()
/// let article = try reader.read(Array(pageBytes), url: "https://example.com/berita/1")
/// print(article.title ?? "", article.published?.iso ?? "", article.text)
/// ```
public struct HTMLArticleReader: Sendable {
    let lexicon: HTMLLexicon
    let classHints: ClassHints

    public init(lexicons: LexiconStore = .embedded) throws(LexiconError) {
        lexicon = try HTMLLexicon(lexicons: lexicons)
        classHints = ClassHints(lexicon: lexicon)
        _ = LibXML.initialized
    }

    /// Reads a whole page. `url` is the page's address when known (used when the page names no
    /// canonical address); `contentType` an HTTP `Content-Type` value whose charset overrides
    /// the page's own declaration. Throws for binary data or an unknown character set; truncated
    /// or broken markup is read as far as it goes.
    public func read(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(HTMLInputError) -> ExtractedArticle {
        do {
            return try bytes.withUnsafeBytes { buffer throws(HTMLInputError) in
                try read(buffer, url: url, contentType: contentType)
            }
        } catch let error as HTMLInputError { throw error } catch { throw HTMLInputError("\(error)") }
    }

    /// `read(_:url:contentType:)` over borrowed bytes.
    public func read(_ bytes: UnsafeRawBufferPointer, url: String? = nil, contentType: String? = nil) throws(HTMLInputError) -> ExtractedArticle {
        let charset = try HTMLCharset.decide(bytes, contentType: contentType)
        let parsed = Self.parse(bytes, charset: charset)
        var article = ExtractedArticle(url: url, warnings: charset.warnings, charset: charset.encoding)
        guard let tree = parsed else {
            article.warnings.append("no HTML content found")
            return article
        }
        let blocks = tree.blocks(lineLabels: lexicon.relatedLabelBytes)
        let main = MainText(lexicon: lexicon).extract(tree: tree, blocks: blocks, hints: classHints.hints(for: tree))
        let metadata = PageMetadata(tree: tree)
        var lines = main.lines
        if let body = metadata.jsonLD.articleBody, let fromMetadata = articleBodyLines(body, instead: lines) {
            lines = fromMetadata
            article.warnings.append("the page's text holds under a third of its JSON-LD articleBody; text taken from articleBody")
        }
        if lines.isEmpty { article.warnings.append("no article text found in the page") }
        // One line can hold several credits (`Rep: A/ Red: B`): it is written once.
        for credit in main.credits where lines.last != credit.line { lines.append(credit.line) }
        article.text = lines.joined(separator: "\n")
        ArticleFacts(lexicon: lexicon).fill(&article, metadata: metadata, tree: tree, blocks: blocks,
                                            container: main.container, credits: main.credits)
        return article
    }
}

extension HTMLArticleReader {
    /// The page's tree: repaired bytes if the charset check repaired them, without a UTF-8 BOM,
    /// scripts and styles blanked (not for UTF-16, where `<` is not one byte).
    static func parse(_ bytes: UnsafeRawBufferPointer, charset: HTMLCharset) -> HTMLTree? {
        if let repaired = charset.bytes {
            return repaired.withUnsafeBytes { parse($0, charset: HTMLCharset(encoding: charset.encoding, bytes: nil)) }
        }
        let body = charset.encoding == "utf-8" && bytes.starts(with: [0xEF, 0xBB, 0xBF])
            ? UnsafeRawBufferPointer(rebasing: bytes[3...]) : bytes
        if !charset.encoding.hasPrefix("UTF-16"), let blanked = ScriptBlanking.blank(body) {
            return blanked.withUnsafeBytes { LibXML.parse($0, encoding: charset.encoding) }
        }
        return LibXML.parse(body, encoding: charset.encoding)
    }

    /// The lines of a JSON-LD `articleBody` when the text found in the page is less than a third of
    /// it (pages that render the article with scripts, or hide it): it may be plain text or HTML.
    func articleBodyLines(_ body: String, instead lines: [String]) -> [String]? {
        let bodyWords = body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        let foundWords = lines.reduce(0) { $0 + $1.split(separator: " ").count }
        guard bodyWords >= 50, foundWords * 3 < bodyWords else { return nil }
        let text = HTMLArticleReader.looksLikeHTML(body) ? readFragment(body).text : readFragment(body.replacingNewlines()).text
        let result = text.split(separator: "\n").map(String.init)
        return result.isEmpty ? nil : result
    }

    /// For tuning (`HTMLBenchmark --explain FILE`): every block with its kind, owner element and
    /// whether it lies inside the chosen container. Not API.
    public func _explain(_ bytes: [UInt8]) -> [String] {
        guard let charset = try? bytes.withUnsafeBytes({ try HTMLCharset.decide($0, contentType: nil) }),
              let tree = bytes.withUnsafeBytes({ Self.parse($0, charset: charset) }) else { return [] }
        let hinted = classHints.hints(for: tree)
        let blocks = tree.blocks(lineLabels: lexicon.relatedLabelBytes)
        let extractor = MainText(lexicon: lexicon)
        let main = extractor.extract(tree: tree, blocks: blocks, hints: hinted)
        let end = tree.nodes[main.container].end
        var lines = ["container \(main.container) <\(tree.nodes[main.container].tag)> class=\(tree.attribute("class", of: main.container) ?? "")"]
        for block in blocks {
            let inside = block.owner >= Int32(main.container) && block.owner < end
            var chain = ""
            var node = Int(block.owner)
            while node >= 0 { if hinted[node] == .boilerplate { chain += "!\(node)" }; node = Int(tree.nodes[node].parent) }
            lines.append("\(inside ? "*" : " ") \(extractor.classify(block)) <\(tree.nodes[Int(block.owner)].tag)>\(block.owner)\(chain) w\(block.words) ld\(Int(block.linkDensity * 100)) \(block.text.prefix(70))")
        }
        return lines
    }
}
