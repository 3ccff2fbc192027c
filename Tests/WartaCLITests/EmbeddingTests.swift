import Testing
import Warta

/// The library as an embedder uses it: one `Analyzer` shared by many tasks, spans as offsets and
/// as `String.Index` ranges, the parts used alone.
@Suite("embedding API")
struct EmbeddingTests {
    static let analyzer = try! Analyzer()

    static func article(_ number: Int) -> String {
        """
        Jakarta (ANTARA) - Kementerian Komunikasi dan Informatika meluncurkan kampanye ke-\(number), Kamis.
        “Kita harus mampu,” kata Menteri Kominfo Johnny G. Plate. Harga naik Rp \(number).000 atau \(number),5 persen.
        Baca juga: Kafé digital dibuka
        Pewarta: Ahmad
        """
    }

    @Test("many concurrent tasks sharing one Analyzer get the records a single task gets")
    func concurrentTasks() async throws {
        let analyzer = Self.analyzer
        let expected = try (0..<200).map { try analyzer.analyze(text: Self.article($0), id: "\($0)") }
        let records = try await withThrowingTaskGroup(of: (Int, ArticleRecord).self) { group in
            for number in 0..<200 {
                group.addTask { (number, try analyzer.analyze(text: Self.article(number), id: "\(number)")) }
            }
            var results = [ArticleRecord?](repeating: nil, count: 200)
            for try await (number, record) in group { results[number] = record }
            return results.map { $0! }
        }
        #expect(records == expected)
        #expect(expected[7].sentences.count == 3)
    }

    @Test("spans slice the string both as String.Index ranges and as code-point offsets")
    func spanRanges() throws {
        let text = "“Kafé” itu ramai. Harga naik Rp 5.000 (14,68%)."
        let scalars = Array(text.unicodeScalars)
        for span in try Self.analyzer.tokens(in: text) + Self.analyzer.sentences(in: text) {
            #expect(String(text[span.range(in: text)]) == span.text)
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
        #expect(try Self.analyzer.sentences(in: text).map(\.text) == ["“Kafé” itu ramai.", "Harga naik Rp 5.000 (14,68%)."])
        for token in try Self.analyzer.tokenizer.tokenize(text) {
            #expect(!text[token.range(in: text)].isEmpty)
        }
        let (record, ranges) = try Self.analyzer.analyzeWithRanges(text: Self.article(3))
        #expect(ranges.count == record.mentions.count)
        for (mention, range) in ranges { #expect(String(Self.article(3)[range]) == mention.span.text) }
    }

    @Test("one Stemmer shared by concurrent tasks gives the roots a single task gets")
    func concurrentStemmer() async throws {
        let stemmer = try Stemmer()
        let words = ["meluncurkan", "keberlangsungan", "produk-produk", "mengamankan", "dikerjakan", "penetapan"]
        let expected = words.map { stemmer.stem($0) }
        #expect(expected[0] == "luncur")
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<64 { group.addTask { words.map { stemmer.stem($0) } } }
            var all: [[String]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test("Analyzer is Sendable and lists its extractors")
    func sendable() {
        func requireSendable<T: Sendable>(_: T.Type) {}
        requireSendable(Analyzer.self)
        #expect(Analyzer.extractorNames == ["dates", "figures", "organisations", "persons", "quotes"])
    }
}
