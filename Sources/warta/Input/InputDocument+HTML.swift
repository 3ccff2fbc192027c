import Warta
import WartaInput

extension InputDocument {
    /// The document with its pending HTML read: the extracted text becomes the source (so every
    /// span refers to it) and the page's metadata fills what the input did not give. A page's
    /// date gives `published` unless `--published` was given (the flag wins); its date-time is
    /// kept only when its date is `published`. A WARC record's `url` (its target URI) is kept;
    /// a saved page's comes from its canonical link or `og:url`.
    func resolvingHTML(with reader: HTMLArticleReader) -> Result<InputDocument, InputProblem> {
        guard let html else { return .success(self) }
        var document = self
        document.html = nil
        let article: ExtractedArticle
        switch html {
        case .fragment(let text):
            article = reader.readFragment(text)
        case .page(let bytes, let url, let contentType):
            do {
                article = try reader.read(bytes, url: url, contentType: contentType)
            } catch {
                return .failure(InputProblem(origin: origin, message: "refused: \(error.message)", id: id))
            }
            document.title = document.title ?? article.title
            // A WARC record's address (the one fetched) stays; a saved page gives its canonical one.
            document.url = document.url ?? article.url
            document.site = article.site
            if let time = article.published {
                if document.published == nil { document.published = time.date }
                if document.published == time.date, time.iso.count > 10 { document.publishedTime = time.iso }
            }
            // The reader lists every author once: credit lines' and the page metadata's.
            document.authors = article.authors
        }
        document.source = SourceText(article.text)
        document.warnings += article.warnings.map { Warning(code: "html", message: $0) }
        return .success(document)
    }
}
