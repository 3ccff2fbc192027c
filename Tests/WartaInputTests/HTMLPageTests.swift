import FoundationEssentials
import Testing
import WartaInput
import _WartaTestSupport

/// Every page in `Corpus/html/` (our own articles in the markup of Indonesian news sites) read
/// into the text and metadata its `NAME.expected.txt` gives. `WARTA_RECORD_HTML=1 swift test
/// --filter HTMLPageTests` rewrites the expected files and fails once: review them with `git diff`.
@Suite("HTML pages")
struct HTMLPageTests {
    static let reader = try! HTMLArticleReader()
    static let pages = Repository.files(in: "Corpus/html", suffix: ".html")

    @Test("there are pages for every site style")
    func count() {
        #expect(Self.pages.count >= 9)
    }

    @Test("page reads as expected", arguments: pages)
    func page(_ path: String) throws {
        let bytes = Array(Repository.read(path).utf8)
        let article = try Self.reader.read(bytes)
        let rendered = Self.render(article)
        let expectedPath = String(path.dropLast(5)) + ".expected.txt"
        if ProcessInfo.processInfo.environment["WARTA_RECORD_HTML"] != nil {
            FileManager.default.createFile(atPath: Repository.path(expectedPath), contents: Data(rendered.utf8))
            Issue.record("recorded \(expectedPath): review with git diff")
            return
        }
        let expected = Repository.read(expectedPath)
        #expect(!expected.isEmpty, "\(expectedPath) is missing")
        let got = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in want.enumerated() where index >= got.count || got[index] != line {
            Issue.record("\(expectedPath):\(index + 1): expected \(line)\n got \(index < got.count ? got[index] : "<nothing>")")
            break
        }
        #expect(got.count == want.count, "\(path): \(got.count) lines, expected \(want.count)")
        #expect(article.warnings.isEmpty, "\(path): \(article.warnings)")
    }

    @Test("pages read from eight tasks at once give the same articles")
    func concurrent() async throws {
        let pages = Self.pages.map { Array(Repository.read($0).utf8) }
        let sequential = try pages.map { try Self.reader.read($0) }
        let reader = Self.reader
        try await withThrowingTaskGroup(of: (Int, ExtractedArticle).self) { group in
            for _ in 0..<8 {
                for (index, page) in pages.enumerated() {
                    group.addTask { (index, try reader.read(page)) }
                }
            }
            for try await (index, article) in group {
                #expect(article == sequential[index])
            }
        }
    }

    /// The expected-file format: `# key: value` metadata lines, then the text.
    static func render(_ article: ExtractedArticle) -> String {
        var lines = [
            "# title: \(article.title ?? "-")",
            "# published: \(article.published.map { "\($0.iso) (\($0.source): \($0.text))" } ?? "-")",
            "# url: \(article.url ?? "-")",
            "# site: \(article.site ?? "-")",
            "# credits: \(article.credits.map { "\($0.role)=\($0.name)\($0.inText ? "" : " (metadata)")" }.joined(separator: "; "))",
            "# authors: \(article.authors.joined(separator: "; "))",
        ]
        lines.append(article.text)
        return lines.joined(separator: "\n") + "\n"
    }
}
