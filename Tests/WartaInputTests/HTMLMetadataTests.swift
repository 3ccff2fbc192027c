import Testing
import WartaInput

/// Publication times, titles and the JSON-LD fallback, each from a minimal page.
@Suite("HTML metadata")
struct HTMLMetadataTests {
    static let reader = try! HTMLArticleReader()
    static let body = "<p>Jakarta (ANTARA) - Pemerintah menambah kuota pupuk bersubsidi bagi petani di tiga provinsi tahun ini, kata menteri.</p>"

    static func page(head: String = "", top: String = "") -> [UInt8] {
        Array("<html><head>\(head)</head><body><h1>Judul</h1>\(top)<div>\(body)</div></body></html>".utf8)
    }

    @Test("published time", arguments: [
        ("<meta property=\"article:published_time\" content=\"2020-07-16T18:23:00+07:00\">", "", "2020-07-16T18:23:00+07:00", 420),
        ("<meta property=\"article:published_time\" content=\"2020-07-16T11:23:00.000Z\">", "", "2020-07-16T11:23:00+00:00", 0),
        ("<meta name=\"pubdate\" content=\"2020-07-16 18:23\">", "", "2020-07-16T18:23:00", nil),
        ("<meta name=\"publishdate\" content=\"2020/07/16 18:23:05\">", "<div>Kamis, 16 Jul 2020 18:23 WIB</div>", "2020-07-16T18:23:05+07:00", 420),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-01-02T08:00:00+08:00\"}</script>", "", "2021-01-02T08:00:00+08:00", 480),
        ("", "<time datetime=\"2019-08-05\">5 Agustus 2019</time>", "2019-08-05", nil),
        ("", "<span>Kamis, 16 Juli 2020 18:23 WIB</span>", "2020-07-16T18:23:00+07:00", 420),
        ("", "<span>Senin, 5 Agu 2019 07.15 WITA</span>", "2019-08-05T07:15:00+08:00", 480),
        ("", "<span>Jayapura, 9 Desember 2021 | 20:15 WIT</span>", "2021-12-09T20:15:00+09:00", 540),
        ("", "<span>Kompas.com - 09/03/2021, 10:47 WIB</span>", "2021-03-09T10:47:00+07:00", 420),
        ("", "<span>16 Juli 2020</span>", "2020-07-16", nil),
    ] as [(String, String, String, Int?)])
    func published(_ head: String, _ top: String, _ iso: String, _ offset: Int?) throws {
        let article = try Self.reader.read(Self.page(head: head, top: top))
        #expect(article.published?.iso == iso)
        #expect(article.published?.utcOffsetMinutes == offset)
    }

    @Test("the headline's date line wins over a sidebar's earlier in the page")
    func dateNearHeadline() throws {
        let html = "<html><body><aside><ul><li>Rabu, 15 Juli 2020 07:00 WIB</li></ul></aside><h1>Judul</h1>"
            + "<div>Kamis, 16 Juli 2020 18:23 WIB</div><div>\(Self.body)</div></body></html>"
        #expect(try Self.reader.read(Array(html.utf8)).published?.iso == "2020-07-16T18:23:00+07:00")
    }

    @Test("no date, or an impossible one, gives none", arguments: [
        "<span>Kamis, 31 Februari 2020 18:23 WIB</span>", "<span>harga naik 16 persen</span>", "",
    ])
    func noDate(_ top: String) throws {
        #expect(try Self.reader.read(Self.page(top: top)).published == nil)
    }

    /// The `<h1>` wins when og:title or `<title>` starts with it; otherwise it may be a logo.
    @Test("title", arguments: [
        ("<title>Harga beras turun - ANTARA News</title><meta property=\"og:site_name\" content=\"ANTARA News\">", "Harga beras turun"),
        ("<title>Judul - Situs</title>", "Judul"),
        ("<meta property=\"og:title\" content=\"Judul lengkap berita\">", "Judul"),
        ("<meta property=\"og:title\" content=\"Harga beras turun\">", "Harga beras turun"),
    ])
    func title(_ head: String, _ expected: String) throws {
        #expect(try Self.reader.read(Self.page(head: head)).title == expected)
    }

    @Test("title from <title> without the site's name")
    func titleWithoutSite() throws {
        let html = "<html><head><title>Harga beras turun di pasar induk - ANTARA News</title><meta property=\"og:site_name\" content=\"ANTARA News\"></head><body>\(Self.body)</body></html>"
        #expect(try Self.reader.read(Array(html.utf8)).title == "Harga beras turun di pasar induk")
    }

    @Test("the address: canonical, og:url, then the caller's")
    func address() throws {
        #expect(try Self.reader.read(Self.page(), url: "https://contoh.id/a").url == "https://contoh.id/a")
        let og = Self.page(head: "<meta property=\"og:url\" content=\"https://contoh.id/og\">")
        #expect(try Self.reader.read(og, url: "https://contoh.id/a").url == "https://contoh.id/og")
        let canonical = Self.page(head: "<link rel=\"canonical\" href=\"https://contoh.id/c\"><meta property=\"og:url\" content=\"https://contoh.id/og\">")
        #expect(try Self.reader.read(canonical).url == "https://contoh.id/c")
    }

    @Test("a page that renders its article with scripts falls back to JSON-LD articleBody")
    func articleBodyFallback() throws {
        let paragraph = "Pemerintah Kabupaten Sleman menyiapkan 40 titik pengungsian bagi warga lereng Merapi yang tinggal di kawasan rawan bencana."
        let body = Array(repeating: paragraph, count: 6).joined(separator: "\n")
        let json = "{\"@type\":\"NewsArticle\",\"articleBody\":\"\(body.replacingOccurrences("\n", "\\n"))\"}"
        let html = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div id=\"app\">Memuat...</div></body></html>"
        let article = try Self.reader.read(Array(html.utf8))
        #expect(article.text == body)
        #expect(article.warnings.contains { $0.contains("articleBody") })
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
