import Testing
import WartaInput
import WartaText
import WartaTokenizer
import _WartaTestSupport

/// The text the HTML reader extracts reads like a plain-text article: `ArticleLayoutReader`
/// finds the same credit lines the reader reports, every `Baca juga`-style line as a related line
/// (never body), and the Antara pages' datelines.
@Suite("HTML text through the article layout")
struct HTMLLayoutTests {
    static let reader = try! HTMLArticleReader()
    static let layoutReader = try! ArticleLayoutReader()

    @Test("layout of every Corpus/html page", arguments: HTMLPageTests.pages)
    func layout(_ path: String) throws {
        let article = try Self.reader.read(Array(Repository.read(path).utf8))
        let source = SourceText(article.text)
        let layout = Self.layoutReader.read(source)
        let credits = layout.credits.map { "\($0.role.lowercased())=\(source.text(bytes: $0.name))" }
        #expect(credits == article.credits.filter(\.inText).map { "\($0.role)=\($0.name)" }, "\(path)")
        let relatedLines = article.text.split(separator: "\n").filter {
            let lower = $0.lowercased()
            return lower.hasPrefix("baca juga") || lower.hasPrefix("lihat juga") || lower.hasPrefix("simak juga")
        }
        #expect(layout.relatedLines.count == relatedLines.count, "\(path): \(layout.relatedLines.count) related lines")
        for range in layout.body {
            let paragraph = source.text(bytes: range).lowercased()
            #expect(!paragraph.hasPrefix("baca juga") && !paragraph.hasPrefix("pewarta"), "\(path): \(paragraph)")
        }
        if path.contains("antara") {
            #expect(layout.dateline.map { source.text(bytes: $0.agency) } == "ANTARA", "\(path)")
        }
    }
}
