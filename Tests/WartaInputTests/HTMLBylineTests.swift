import Testing
import WartaInput

/// Bylines: `rel=author` links and `itemprop=author` elements name authors.
@Suite("HTML bylines")
struct HTMLBylineTests {
    @Test("byline names", arguments: [
        ("<span class=\"byline\">oleh <a rel=\"author\" href=\"/a\">Warsito</a></span>", ["Warsito"]),
        ("<div itemprop=\"author\">Wahyu Setiawan - detikNews</div>", ["Wahyu Setiawan"]),
        ("<span itemprop=\"author\">Oleh: Rina Kartikasari</span>", ["Rina Kartikasari"]),
        ("<a rel=\"author\" href=\"/a\">Semua tulisan dari penulis tamu kami minggu ini dan sebelumnya</a>", []),
    ])
    func byline(_ markup: String, _ authors: [String]) throws {
        let article = try HTMLMetadataTests.reader.read(HTMLMetadataTests.page(top: markup))
        #expect(article.authors == authors)
        #expect(article.credits.map(\.name) == authors)
    }
}
