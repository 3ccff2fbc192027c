import Foundation
import Testing
import _WartaTestSupport

/// Every span-shaped object in a record slices `text` back to its own text (code points and
/// UTF-8 bytes); returns what does not.
func spanProblems(_ value: Any, text: String, path: String = "record") -> [String] {
    var problems: [String] = []
    if let object = value as? [String: Any] {
        if let surface = object["text"] as? String, let start = object["start"] as? Int, let end = object["end"] as? Int,
           let byteStart = object["byte_start"] as? Int, let byteEnd = object["byte_end"] as? Int {
            let scalars = Array(text.unicodeScalars), bytes = Array(text.utf8)
            if start < 0 || end > scalars.count || start > end || String(String.UnicodeScalarView(scalars[start..<end])) != surface {
                problems.append("\(path): code points \(start)..<\(end) do not give \(surface.debugDescription)")
            }
            if byteStart < 0 || byteEnd > bytes.count || byteStart > byteEnd || String(decoding: bytes[byteStart..<byteEnd], as: UTF8.self) != surface {
                problems.append("\(path): bytes \(byteStart)..<\(byteEnd) do not give \(surface.debugDescription)")
            }
        }
        for (key, child) in object where key != "text" { problems += spanProblems(child, text: text, path: path + "." + key) }
    } else if let array = value as? [Any] {
        for (index, child) in array.enumerated() { problems += spanProblems(child, text: text, path: path + "[\(index)]") }
    }
    return problems
}

/// CSV/TSV, JSON arrays and JSONL with HTML fragments, as a user runs `warta extract` on them.
@Suite("warta extract: datasets", .serialized)
struct DatasetInputTests {
    /// Corpus/feeds/fragments.expected.tsv: id -> (published, published_time, text).
    static let expected: [String: (String, String?, String)] = {
        var table: [String: (String, String?, String)] = [:]
        for line in CaseTable.load("Corpus/feeds/fragments.expected.tsv", minimumFields: 4) {
            table[line.fields[0]] = (line.fields[1], line.fields[2] == "-" ? nil : line.fields[2], line.fields[3])
        }
        return table
    }()

    @Test("the same articles as JSONL, CSV and a JSON array give the expected text, dates, and spans that slice it",
          arguments: ["fragments.jsonl", "fragments.csv", "fragments.json"])
    func fixtures(file: String) throws {
        #expect(Self.expected.count == 3)
        let result = try Warta.run(["extract", "--include-text", "Corpus/feeds/" + file])
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.jsonLines
        #expect(records.map { $0["id"] as? String } == ["f1", "f2", "f3"])
        for record in records {
            let id = try #require(record["id"] as? String)
            let (published, publishedTime, text) = try #require(Self.expected[id])
            #expect(record["text"] as? String == text, "\(file) \(id)")
            #expect(record["published"] as? String == published, "\(file) \(id)")
            #expect(record["published_time"] as? String == publishedTime, "\(file) \(id)")
            #expect((record["url"] as? String)?.hasSuffix("/berita/\(id)") == true, "\(file) \(id)")
            #expect((record["title"] as? String)?.isEmpty == false)
            #expect(spanProblems(record, text: text).isEmpty, "\(file) \(id): \(spanProblems(record, text: text))")
        }
        // The fragment's credits and `Baca juga` line are found in the extracted text.
        let first = try #require(records.first)
        #expect((first["credits"] as? [[String: Any]])?.compactMap { ($0["name"] as? [String: Any])?["text"] as? String } == ["Ahmad Fauzi", "Siti Rahma"])
        #expect((first["related"] as? [[String: Any]])?.first?["text"] as? String == "Petani cabai di Agam gagal panen")
        #expect(result.stderr.isEmpty || !result.stderr.contains("error"), "\(result.stderr)")
    }

    @Test("without --include-text, a note says spans refer to the extracted text; --no-html keeps the markup")
    func htmlModes() throws {
        let plain = try Warta.run(["extract", "Corpus/feeds/fragments.jsonl"])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("2 article(s) read from HTML"), "\(plain.stderr)")
        let raw = try Warta.run(["extract", "--no-html", "--include-text", "Corpus/feeds/fragments.jsonl"])
        #expect(raw.status == 0)
        #expect((raw.jsonLines.first?["text"] as? String)?.hasPrefix("<p>Pariaman") == true)
        let forced = try Warta.run(["extract", "--html", "--include-text", "-"], input: Array(#"{"id": "x", "text": "Harga naik &amp; turun."}"#.utf8))
        #expect(forced.jsonLines.first?["text"] as? String == "Harga naik & turun.")
    }

    @Test("CSV: malformed rows are named by file and line, the other rows and files are written, exit 1")
    func malformedCSV() throws {
        let root = TemporaryFiles.folder("csv")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/a.csv", "id,text\n1,Harga naik.\n2,\"Harga \"\"turun\"\" lagi.\"\n3,\"tidak ditutup\n4,Harga tetap.\n5,x,tambahan\n")
        try TemporaryFiles.write(root + "/b.tsv", "judul\tisi\nB\tHarga naik, Kamis.\n")
        let result = try Warta.run(["extract", "--include-text", root + "/a.csv", root + "/b.tsv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.csv:4: malformed row: a quoted field opened on line 4 is never closed"), "\(result.stderr)")
        #expect(result.stderr.contains("a.csv:6: malformed row: the row has 3 field(s), the header 2"), "\(result.stderr)")
        #expect(result.jsonLines.map { $0["id"] as? String } == ["1", "2", "4", root + "/b.tsv:2"])
        #expect(result.jsonLines[1]["text"] as? String == "Harga \"turun\" lagi.")
    }

    @Test("a header without the text column names the columns and the flag; --text-column and the other column flags")
    func columns() throws {
        let root = TemporaryFiles.folder("columns")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/a.csv", "kode,naskah,waktu,kepala\nk1,\"Harga naik, kemarin.\",16 Juli 2020,Judul A\n")
        let missing = try Warta.run(["extract", root + "/a.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("a.csv:1: no text column") && missing.stderr.contains("kode, naskah, waktu, kepala") && missing.stderr.contains("--text-column"), "\(missing.stderr)")
        let named = try Warta.run(["extract", "--text-column", "naskah", "--id-column", "kode", "--date-column", "waktu", "--title-column", "kepala", root + "/a.csv"])
        #expect(named.status == 0, "\(named.stderr)")
        let record = try #require(named.jsonLines.first)
        #expect(record["id"] as? String == "k1" && record["title"] as? String == "Judul A" && record["published"] as? String == "2020-07-16")
        // `kemarin` resolves against the row's date.
        #expect((record["dates"] as? [[String: Any]])?.first?["value"] as? String == "2020-07-15")
        let wrong = try Warta.run(["extract", "--text-column", "naskah", "--url-column", "alamat", root + "/a.csv"])
        #expect(wrong.status == 1 && wrong.stderr.contains("no column \"alamat\""), "\(wrong.stderr)")
    }

    @Test("wrong flags are usage errors")
    func wrongFlags() throws {
        #expect(try Warta.run(["extract", "--html", "--no-html", "x.csv"]).status == 64)
        #expect(try Warta.run(["extract", "--text-column"]).status == 64)
        #expect(try Warta.run(["extract", "--text-column", " ", "x.csv"]).status == 64)
    }

    @Test("JSON arrays: a bad element is named by index and line; a broken array stops that file only")
    func badJSONArray() throws {
        let root = TemporaryFiles.folder("json")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/a.json", "[\n{\"id\": \"a1\", \"text\": \"Harga naik.\"},\n{\"id\": \"a2\"},\n{\"id\": \"a3\", \"text\": \"Harga turun.\"}\n]\n")
        try TemporaryFiles.write(root + "/b.json", "[{\"id\": \"b1\", \"text\": \"Satu.\"}\n{\"id\": \"b2\", \"text\": \"Dua.\"}]")
        try TemporaryFiles.write(root + "/c.txt", "Harga naik.")
        let result = try Warta.run(["extract", root + "/a.json", root + "/b.json", root + "/c.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.json[2]: line 3: JSON object has no \"text\" field"), "\(result.stderr)")
        #expect(result.stderr.contains("b.json: line 2: expected , or ] after element 1"), "\(result.stderr)")
        #expect(result.jsonLines.map { $0["id"] as? String } == ["a1", "a3", "b1", "c"])
    }
}
