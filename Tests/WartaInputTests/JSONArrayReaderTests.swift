import Testing
import WartaInput

/// JSON arrays of articles, streamed element by element, and the fields found by name.
@Suite("JSON arrays and article fields")
struct JSONArrayReaderTests {
    static func elements(_ text: String, chunk: Int = 5) -> (elements: [JSONArrayReader.Element], error: String?) {
        let reader = JSONArrayReader(MemoryByteSource(Array(text.utf8), chunk: chunk))
        var elements: [JSONArrayReader.Element] = []
        do {
            while let element = try reader.next() { elements.append(element) }
        } catch {
            return (elements, error.message)
        }
        return (elements, nil)
    }

    @Test("elements, their lines, strings holding brackets and escapes", arguments: [1, 5, 4096])
    func elements(chunk: Int) throws {
        let text = "\u{FEFF}[\n  {\"id\": 1, \"text\": \"a ] } , \\\" [\"},\n  {\"id\": \"b\",\n   \"text\": \"x\", \"tags\": [1, [2]]}\n]\n"
        let (elements, error) = Self.elements(text, chunk: chunk)
        #expect(error == nil)
        #expect(elements.map(\.line) == [2, 3])
        let articles = try elements.map { try FeedArticle(json: $0.bytes, fields: FeedFields()) }
        #expect(articles.map(\.id) == ["1", "b"])
        #expect(articles.map(\.text) == ["a ] } , \" [", "x"])
    }

    @Test("one object, an empty array, and broken structure named by line")
    func structure() {
        #expect(Self.elements("{\"text\": \"satu\"}").elements.count == 1)
        #expect(Self.elements("[]").elements.isEmpty && Self.elements("[]").error == nil)
        #expect(Self.elements("").error == nil)
        let missingComma = Self.elements("[{\"text\":\"a\"}\n{\"text\":\"b\"}]")
        #expect(missingComma.elements.count == 1)
        #expect(missingComma.error?.hasPrefix("line 2:") == true, "\(missingComma.error ?? "")")
        let cut = Self.elements("[{\"text\":\"a\"},\n{\"text\":\"b")
        #expect(cut.elements.count == 1)
        #expect(cut.error?.contains("line 2") == true && cut.error?.contains("cut short") == true, "\(cut.error ?? "")")
        #expect(Self.elements("\"just a string\"").error?.contains("array of objects") == true)
        #expect(Self.elements("[{\"text\":\"a\"}] trailing").error?.contains("after the JSON array") == true)
    }

    /// Objects, the fields given, and the article expected (id|text|published|title|url), or an error fragment.
    static let objects: [(String, [FeedFields.Role: String], String)] = [
        (#"{"id": 7, "text": "t", "published": "2020-07-16", "title": "T", "url": "u"}"#, [:], "7|t|2020-07-16|T|u"),
        (#"{"ID": "x", "isi": "t", "tanggal": "16 Juli 2020", "judul": "J", "link": "l"}"#, [:], "x|t|16 Juli 2020|J|l"),
        (#"{"content": "c", "body": "b"}"#, [:], "-|c|-|-|-"),
        (#"{"text": "a", "naskah": "n"}"#, [.text: "naskah"], "-|n|-|-|-"),
        (#"{"text": "a", "date": 5}"#, [:], "-|a|-|-|-"),
        (#"{"id": "a"}"#, [:], "error:no \"text\" field"),
        (#"{"text": 42}"#, [:], "error:wrong type"),
        (#"{"text": "a"}"#, [.id: "kode"], "error:no \"kode\" key"),
        (#"[1, 2]"#, [:], "error:not a JSON object"),
        (#"{"text": "a""#, [:], "error:not valid JSON"),
    ]

    @Test("article fields by default names and by explicit names")
    func fields() {
        for (json, given, expected) in Self.objects {
            do {
                let article = try FeedArticle(json: Array(json.utf8), fields: FeedFields(overriding: given))
                let parts = [article.id, article.text, article.published, article.title, article.url].map { $0 ?? "-" }
                #expect(parts.joined(separator: "|") == expected, "\(json)")
            } catch {
                #expect(expected.hasPrefix("error:") && error.message.contains(expected.dropFirst(6)), "\(json): \(error.message)")
            }
        }
    }

    @Test("CSV columns by default names; a missing text or named column is an error naming the header")
    func columns() throws {
        let columns = try FeedFields().columns(in: ["Judul", "tanggal", "URL", "isi"])
        #expect(columns == [.title: 0, .published: 1, .url: 2, .text: 3])
        #expect(FeedArticle(row: ["J", " 2020-07-16 ", "", "teks"], columns: columns)
            == FeedArticle(text: "teks", published: "2020-07-16", title: "J"))
        #expect(throws: InputFormatError.self) { try FeedFields().columns(in: ["judul", "tanggal"]) }
        do {
            _ = try FeedFields(overriding: [.published: "waktu"]).columns(in: ["isi", "tanggal"])
            Issue.record("no error")
        } catch {
            #expect(error.message.contains("no column \"waktu\"") && error.message.contains("isi, tanggal") && error.message.contains("--date-column"))
        }
    }
}

/// Dates as datasets write them, read by the page readers' date parsers.
@Suite("dataset dates")
struct DatasetDateTests {
    static let reader = try! HTMLArticleReader()

    /// text, expected date, expected ISO form (or "-" for no date).
    static let cases: [(String, String, String)] = [
        ("2020-07-16", "2020-07-16", "2020-07-16"),
        ("2020-07-16T18:23:00+07:00", "2020-07-16", "2020-07-16T18:23:00+07:00"),
        ("2020-07-16 18:23:00", "2020-07-16", "2020-07-16T18:23:00"),
        ("16 Juli 2020", "2020-07-16", "2020-07-16"),
        ("Kamis, 16 Juli 2020 18:23 WIB", "2020-07-16", "2020-07-16T18:23:00+07:00"),
        ("16/07/2020", "2020-07-16", "2020-07-16"),
        ("kemarin", "-", "-"),
        ("2020-02-30", "-", "-"),
    ]

    @Test("ISO and Indonesian forms")
    func dates() {
        for (text, date, iso) in Self.cases {
            let time = Self.reader.publishedTime(in: text)
            #expect(time.map { $0.date.description } ?? "-" == date, "\(text)")
            #expect(time?.iso ?? "-" == iso, "\(text)")
        }
    }
}
