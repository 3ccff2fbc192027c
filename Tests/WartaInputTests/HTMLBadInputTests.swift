import Testing
import WartaInput
import _WartaTestSupport

/// Pages that are broken, empty, in another encoding or not pages at all: a clear result or a
/// clear error, never a crash.
@Suite("HTML bad input")
struct HTMLBadInputTests {
    static let reader = try! HTMLArticleReader()
    static let page = Array(Repository.read("Corpus/html/antara-daerah.html").utf8)
    static let paragraph = "Sebanyak 320 petani di Kabupaten Padang Pariaman, Sumatera Barat, mulai menanam padi"

    @Test("a page cut anywhere reads as far as it goes", arguments: [0.1, 0.3, 0.5, 0.62, 0.8, 0.95])
    func truncated(_ share: Double) throws {
        let cut = Array(Self.page.prefix(Int(Double(Self.page.count) * share)))
        let article = try Self.reader.read(cut)
        // The paragraph is read exactly when the cut keeps all of it (and the page's text starts there).
        let complete = String(decoding: cut, as: UTF8.self).contains(Self.paragraph + " varietas tahan kekeringan")
        #expect(article.text.contains(Self.paragraph) == complete, "cut at \(cut.count) bytes: \(article.text.prefix(80))")
        if article.text.isEmpty { #expect(!article.warnings.isEmpty) }
    }

    @Test("a page cut inside a multi-byte character is read with a warning")
    func cutCharacter() throws {
        let text = "<html><body><p>Kopi dari Jepang dan Italia dihargai lebih tinggi oleh para pembeli di pasar lelang, kata Arif “"
        let bytes = Array(Array(text.utf8).dropLast(1))
        let article = try Self.reader.read(bytes)
        #expect(article.text.hasPrefix("Kopi dari Jepang"))
        #expect(article.warnings.contains { $0.contains("invalid") || $0.contains("windows-1252") })
    }

    @Test("a page with no article says so", arguments: [
        "<html><head><title>Beranda</title></head><body><nav><a href='/a'>Politik</a> <a href='/b'>Hukum</a></nav></body></html>",
        "<html><body></body></html>",
        "",
        "<!-- hanya komentar -->",
    ])
    func noArticle(_ html: String) throws {
        let article = try Self.reader.read(Array(html.utf8))
        #expect(article.text.isEmpty)
        #expect(!article.warnings.isEmpty)
    }

    static let latin = "Harga kopi naik \u{201C}tajam\u{201D} di pasar lelang \u{2013} kata Jos\u{E9}, pedagang di Bandar Lampung yang sudah berjualan sejak lama."

    @Test("windows-1252 declared is converted to UTF-8")
    func windows1252Declared() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8) + Self.cp1252(Self.latin) + Array("</p></body></html>".utf8)
        let article = try Self.reader.read(bytes)
        #expect(article.text == Self.latin)
        #expect(article.charset == "windows-1252")
        #expect(article.warnings.isEmpty)
    }

    @Test("latin-1 declared in http-equiv is read as windows-1252")
    func latin1Declared() throws {
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>".utf8)
            + Self.cp1252(Self.latin) + Array("</p></body></html>".utf8)
        #expect(try Self.reader.read(bytes).text == Self.latin)
    }

    @Test("undeclared windows-1252 is converted with a warning")
    func windows1252Undeclared() throws {
        let bytes = Array("<html><body><p>".utf8) + Self.cp1252(Self.latin) + Array("</p></body></html>".utf8)
        let article = try Self.reader.read(bytes)
        #expect(article.text == Self.latin)
        #expect(article.warnings.contains { $0.contains("windows-1252") })
    }

    @Test("a Content-Type charset overrides the page")
    func contentType() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8) + Self.cp1252(Self.latin) + Array("</p></body></html>".utf8)
        #expect(try Self.reader.read(bytes, contentType: "text/html; charset=windows-1252").text == Self.latin)
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16() throws {
        let html = "<html><body><p>" + Self.latin + "</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Self.reader.read(bytes).text == Self.latin)
    }

    @Test("binary data and unknown charsets are refused clearly", arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary"),
        (Array("<html><head><meta charset=\"x-tidak-ada\"></head><body>isi</body></html>".utf8), "x-tidak-ada"),
    ] as [([UInt8], String)])
    func refused(_ bytes: [UInt8], _ mention: String) {
        #expect { try Self.reader.read(bytes) } throws: { error in
            (error as? HTMLInputError)?.message.contains(mention) == true
        }
    }

    @Test("junk never crashes", arguments: 0..<40)
    func junk(_ seed: Int) {
        var state = UInt64(seed) &* 0x9E3779B97F4A7C15 &+ 1
        let pieces = ["<p>", "</p>", "<div class='share'>", "</div>", "<br>", "&nbsp;", "&#xFFFFFF;", "<script>", "<!--", "-->",
                      "<table><tr><td>", "Kata Arif, harga naik.", "\u{0}", "\u{FF}", "<meta charset='utf-16'>", "<h1>", "\"", "<a href=x>"]
        var bytes: [UInt8] = []
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes += Array(pieces[Int(state >> 33) % pieces.count].utf8)
        }
        _ = try? Self.reader.read(bytes)
        _ = Self.reader.readFragment(String(decoding: bytes, as: UTF8.self))
    }

    @Test("very deep nesting")
    func deep() throws {
        let html = String(repeating: "<div>", count: 20_000) + "Isi berita yang cukup panjang untuk dianggap paragraf oleh pembaca halaman ini, kata dia." + String(repeating: "</div>", count: 20_000)
        _ = try Self.reader.read(Array(html.utf8))
    }

    /// Windows-1252 bytes of text made of Latin-1 letters and the four punctuation marks used above.
    static func cp1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x201C: return 0x93
            case 0x201D: return 0x94
            case 0x2013: return 0x96
            default: return UInt8(scalar.value)
            }
        }
    }
}
