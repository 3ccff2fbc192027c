import FoundationEssentials
import Testing
import Warta
import WartaEvaluation
@testable import WartaRecords
import _WartaTestSupport

/// The direct JSON writers (`DirectJSONWritable`) write exactly the bytes of the `Codable` path
/// (`RecordJSON.encodeBytesViaCodable`), compact and pretty: for every corpus record, and for
/// made-up records reaching what the corpus does not (nulls, escapes, odd decimals and dates).
@Suite("Direct JSON writer")
struct DirectJSONTests {
    /// Checks one value both ways in both layouts; on a mismatch shows where the bytes part.
    static func expectSame<T: Encodable & DirectJSONWritable>(_ value: T, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            let direct = RecordJSON.directBytes(value, pretty: pretty)
            let codable = try RecordJSON.encodeBytesViaCodable(value, pretty: pretty)
            let public_ = try RecordJSON.encodeBytes(value, pretty: pretty)
            #expect(direct == codable, "\(label) (pretty: \(pretty)): \(difference(direct, codable))", sourceLocation: sourceLocation)
            #expect(public_ == direct, "\(label) (pretty: \(pretty)): encodeBytes does not match the direct writer", sourceLocation: sourceLocation)
            let text = try RecordJSON.encode(value, pretty: pretty)
            #expect(Array(text.utf8) == codable, "\(label) (pretty: \(pretty)): encode does not match", sourceLocation: sourceLocation)
        }
    }

    /// Where two outputs first differ, with some text of each around it.
    static func difference(_ direct: [UInt8], _ codable: [UInt8]) -> String {
        let common = zip(direct, codable).prefix { $0 == $1 }.count
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, common - 40)..<min(bytes.count, common + 40)], as: UTF8.self)
        }
        return "first difference at byte \(common) of \(direct.count)/\(codable.count): direct …\(around(direct))… codable …\(around(codable))…"
    }

    @Test("every article of Corpus/articles and Corpus/heldout is written identically",
          arguments: ["Corpus/articles", "Corpus/heldout"])
    func corpusRecords(folder: String) throws {
        let analyzer = try Analyzer()
        let corpus = try GoldCorpus(directory: Repository.path(folder))
        #expect(corpus.articles.count >= 10, "\(folder) has articles")
        let records = try corpus.articles.map { try analyzer.analyze($0.source, published: $0.published, id: $0.id) }
        for record in records { try Self.expectSame(record, record.id) }
        // `extract --include-text` adds the article's text after the record's members.
        for (record, article) in zip(records, corpus.articles) {
            try Self.expectSame(ArticleRecordWithText(record: record, text: article.source.string), record.id + " with text")
        }
        // The corpus reaches every record type, so each direct writer met real data.
        #expect(records.contains { $0.dateline != nil } && records.contains { !$0.quotes.isEmpty })
        #expect(records.contains { !$0.figures.isEmpty } && records.contains { !$0.dates.isEmpty })
        #expect(records.contains { !$0.organisations.isEmpty } && records.contains { !$0.persons.isEmpty })
        if folder == "Corpus/articles" {
            #expect(records.contains { !$0.credits.isEmpty } && records.contains { !$0.related.isEmpty })
        }
    }

    @Test("every line of Corpus/negative is written identically")
    func negativeLines() throws {
        let analyzer = try Analyzer()
        let files = Repository.files(in: "Corpus/negative", suffix: ".txt")
        #expect(!files.isEmpty)
        for file in files {
            for line in Repository.read(file).split(separator: "\n") {
                try Self.expectSame(try analyzer.analyze(text: String(line), id: file), "\(file): \(line)")
            }
        }
    }

    @Test("a record with every optional nil and every array empty")
    func emptyRecord() throws {
        try Self.expectSame(ArticleRecord(id: ""), "empty record")
        try Self.expectSame(Speaker(name: nil), "speaker without fields")
        try Self.expectSame(Warning(code: "c", message: "m"), "warning without offsets")
        try Self.expectSame(Quote(span: DirectJSONSamples.span("x"), direct: false, verb: nil, speaker: nil, rule: "r"), "bare quote")
    }

    @Test("a record with every field filled, and every entity with its optionals both ways")
    func fullRecord() throws {
        try Self.expectSame(DirectJSONSamples.fullRecord(text: "Jakarta (ANTARA) - \"Harga naik,\" kata Menteri."), "full record")
    }

    @Test("strings needing escapes, at every position of an eight-byte word", arguments: DirectJSONSamples.awkwardStrings)
    func escapes(text: String) throws {
        for padding in 0..<10 {
            let padded = String(repeating: "a", count: padding) + text + String(repeating: "b", count: 9 - padding)
            try Self.expectSame(DirectJSONSamples.fullRecord(text: padded), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            try Self.expectSame(padded, "bare string")
        }
        try Self.expectSame(text, "unpadded string")
    }

    @Test("decimals: integers, fractions, tiny and huge, negative, NaN and wider than 64 bits")
    func decimals() throws {
        for value in DirectJSONSamples.decimals {
            let figure = Figure(span: DirectJSONSamples.span("1"), kind: "number", value: value, valueMax: value, rule: "r")
            try Self.expectSame(figure, "decimal \(value)")
            try Self.expectSame(value, "bare decimal \(value)")
        }
    }

    @Test("typical decimals take the fast path (a change in Foundation's Decimal layout shows up here, not as slowness)")
    func decimalFastPath() {
        for text in ["14.68", "123460000000000", "0.005", "-3.5", "64000000", "0", "18446744073709551615"] {
            let value = Decimal(string: text)!
            #expect(DecimalParts(value) != nil, "\(text) falls back to Decimal.description")
        }
        #expect(DecimalParts(Decimal(string: "18446744073709551616")!) == nil, "wider than 64 bits goes to description")
    }

    @Test("dates from year 0 to 10000 and before year 0")
    func dates() throws {
        for dayNumber in [-800_000, -719_529, -719_528, -400_000, -1, 0, 10_957, 18_000, 2_932_896, 2_932_897, 3_000_000] {
            let date = CivilDate(dayNumber: dayNumber)
            let expression = DateExpression(span: DirectJSONSamples.span("x"), kind: "date", value: "v", granularity: "day",
                                            anchor: date, resolved: true, rule: "r")
            try Self.expectSame(expression, "date \(date)")
            try Self.expectSame(ArticleRecord(id: "d", published: date), "published \(date)")
        }
    }

    @Test("spans and decimals nested in other Encodable types take the shortcuts and agree with Codable")
    func codableFallback() throws {
        let mixed = DirectJSONSamples.Mixed(
            record: DirectJSONSamples.fullRecord(text: "a\"b\u{2028}c"), spans: [DirectJSONSamples.span("é\n")],
            amount: Decimal(string: "-0.0012"), ratio: 0.25, whole: 3, missing: nil)
        for pretty in [false, true] {
            let fast = try RecordJSON.encodeBytes(mixed, pretty: pretty)
            let reference = try RecordJSON.encodeBytesViaCodable(mixed, pretty: pretty)
            #expect(fast == reference, "\(Self.difference(fast, reference))")
        }
    }
}
