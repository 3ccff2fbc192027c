import Testing
import WartaInput

/// HTML fragments from dataset fields, and the cheap HTML detector.
@Suite("HTML fragments")
struct HTMLFragmentTests {
    static let reader = try! HTMLArticleReader()

    @Test("fragment becomes one paragraph a line", arguments: [
        ("<p>Pariaman (ANTARA) - Petani mulai tanam.</p><p>Hasilnya baik.</p>", "Pariaman (ANTARA) - Petani mulai tanam.\nHasilnya baik."),
        ("Satu baris.<br>Dua baris.<br/><br/>Tiga &quot;baris&quot;.", "Satu baris.\nDua baris.\nTiga \"baris\"."),
        ("Harga&nbsp;naik   Rp5.000<script>var x = 1;</script> hari ini.", "Harga naik Rp5.000 hari ini."),
        ("<p>Isi berita.</p><p>Pewarta: Ahmad Wijaya<br>Editor: Budi</p>", "Isi berita.\nPewarta: Ahmad Wijaya\nEditor: Budi"),
        ("teks biasa tanpa markah", "teks biasa tanpa markah"),
        ("<p>terpotong di tengah <b>tag", "terpotong di tengah tag"),
        ("<p>Harga naik. <span class=\"baca-juga\"><b>Baca juga:</b> <a href=\"/x\">Judul lain</a></span> Stok aman.</p>",
         "Harga naik.\nBaca juga: Judul lain\nStok aman."),
        ("<p>Harga naik. <strong>Baca Juga</strong>: <a href=\"/x\">Judul lain</a><br>Stok aman.</p>", "Harga naik.\nBaca Juga: Judul lain\nStok aman."),
        ("<p>Harga naik, <b>baca</b> juga laporannya.</p>", "Harga naik, baca juga laporannya."),
    ])
    func fragment(_ input: String, _ expected: String) {
        #expect(Self.reader.readFragment(input).text == expected)
    }

    @Test("credit lines of a fragment are credits")
    func credits() {
        let article = Self.reader.readFragment("<p>Isi.</p><p>Pewarta: Ahmad Wijaya</p><p>Editor: Budi Hartono</p>")
        #expect(article.credits == [HTMLCredit(role: "pewarta", name: "Ahmad Wijaya", inText: true),
                                    HTMLCredit(role: "editor", name: "Budi Hartono", inText: true)])
        #expect(article.authors == ["Ahmad Wijaya"])
    }

    @Test("looksLikeHTML", arguments: [
        ("<p>Jakarta (ANTARA) - isi</p>", true),
        ("Baris satu<br>baris dua", true),
        ("<!DOCTYPE html><html>", true),
        ("Harga&nbsp;naik", true),
        ("kata &quot;dia&quot;", true),
        ("</div>", true),
        ("Jakarta (ANTARA) - Harga naik 5 < 6 dan 7 > 3.", false),
        ("PT A & B; tbk", false),
        ("Suhu <30 derajat", false),
        ("", false),
    ])
    func detector(_ text: String, _ expected: Bool) {
        #expect(HTMLArticleReader.looksLikeHTML(text) == expected)
        #expect(HTMLArticleReader.looksLikeHTML(Array(text.utf8)) == expected)
    }
}
