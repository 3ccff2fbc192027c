import Testing
import WartaInput

/// Scripts and styles are blanked before parsing: none of their text leaks into the article,
/// JSON-LD survives, and odd or unclosed script tags do not swallow the page.
@Suite("HTML scripts")
struct HTMLScriptTests {
    static let reader = try! HTMLArticleReader()
    static let paragraph = "<p>Pemerintah Kota Bogor memperpanjang masa tanggap darurat banjir selama tujuh hari, kata wali kota.</p>"

    @Test("script and style text never reaches the article", arguments: [
        "<script>var a = '<p>bukan berita yang panjang sekali dan tidak boleh muncul di teks artikel.</p>';</script>",
        "<SCRIPT type=\"text/javascript\">document.write('</div><p>tulisan skrip yang tidak boleh muncul di teks berita.</p>')</SCRIPT>",
        "<style>p { color: red } /* <p>gaya yang tidak boleh muncul di teks berita apa pun.</p> */</style>",
        "<script\n>var x = 1;</script >",
    ])
    func blanked(_ noise: String) throws {
        let html = "<html><head>\(noise)</head><body>\(noise)\(Self.paragraph)\(noise)</body></html>"
        let article = try Self.reader.read(Array(html.utf8))
        #expect(article.text == "Pemerintah Kota Bogor memperpanjang masa tanggap darurat banjir selama tujuh hari, kata wali kota.")
    }

    @Test("an element whose name starts with script or style is not one")
    func lookalikes() throws {
        let html = "<html><body><scripted>Teks</scripted><styles>Gaya</styles>\(Self.paragraph)</body></html>"
        #expect(try Self.reader.read(Array(html.utf8)).text.contains("Pemerintah Kota Bogor"))
    }

    @Test("an unclosed script runs to the end of the page")
    func unclosed() throws {
        let html = "<html><body>\(Self.paragraph)<script>var s = '<p>tidak boleh muncul sebagai paragraf berita di halaman ini.</p>'"
        #expect(try Self.reader.read(Array(html.utf8)).text == "Pemerintah Kota Bogor memperpanjang masa tanggap darurat banjir selama tujuh hari, kata wali kota.")
    }
}
