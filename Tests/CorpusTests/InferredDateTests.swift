import Testing
import Warta
import WartaEvaluation
import _WartaTestSupport

/// The date an article gives itself (`published_inferred`), on the gold articles read without
/// their published date: where the article dates itself to that date, every date comes out as
/// with `--published`; where nothing dates it, relative dates stay `XXXX`; a given date wins.
@Suite("Inferred document date")
struct InferredDateTests {
    static let analyzer = try! Analyzer(types: ["dates"])

    static func articles() throws -> [GoldArticle] {
        try GoldCorpus(directory: Repository.path("Corpus/articles")).articles + GoldCorpus(directory: Repository.path("Corpus/heldout")).articles
    }

    @Test("an article that dates itself to its published date gives the same dates without --published")
    func sameValues() throws {
        var dated = 0
        for article in try Self.articles() {
            guard let published = article.published else { continue }
            let given = try Self.analyzer.analyze(article.source, published: published, id: article.id)
            let alone = try Self.analyzer.analyze(article.source, published: nil, id: article.id)
            #expect(given.publishedInferred == nil, "\(article.id): a given date is not replaced")
            guard let inferred = alone.publishedInferred else {
                // Nothing dates the article: a date is what it is with the published date, or unknown; never guessed.
                for without in alone.dates {
                    guard let with = given.dates.first(where: { $0.byteStart == without.byteStart && $0.byteEnd == without.byteEnd }) else { continue }
                    #expect(without.value == with.value || without.value.contains("X") && !without.resolved,
                            "\(article.id): \(without.text) \(without.value) [\(without.rule)], with the date \(with.value)")
                }
                continue
            }
            #expect(!inferred.evidence.isEmpty)
            for span in inferred.evidence { #expect(article.source.text(bytes: span.byteStart..<span.byteEnd) == span.text) }
            #expect(abs(inferred.date.dayNumber - published.dayNumber) <= 7, "\(article.id): dated \(inferred.date), published \(published)")
            guard inferred.date == published else { continue }
            dated += 1
            #expect(alone.dates.map(\.value) == given.dates.map(\.value), "\(article.id)")
            #expect(alone.dates.map(\.anchor) == given.dates.map(\.anchor), "\(article.id)")
        }
        #expect(dated >= 6, "articles dating themselves to their published date: \(dated)")
    }

    @Test("each rule of DocumentDater is documented in its table, and the record says which one it used",
          arguments: [
            ("Harga cabai naik, kata Kepala Dinas di Jakarta, Selasa (29/3/2022). Kemarin harga stabil.", "2022-03-29", "published.weekday-dated", ["Selasa (29/3/2022)"]),
            ("Rapat digelar Senin, 13 Juli 2020. Kemarin harga stabil.", "2020-07-13", "published.weekday-dated", ["Senin, 13 Juli 2020"]),
            ("Banjir melanda sejak Jumat (23/2) pagi. Curah hujan Februari 2024 tinggi.", "2024-02-23", "published.weekday-year-elsewhere", ["Jumat (23/2)", "2024"]),
            ("Operasi digelar Rabu (9/2/2022) malam. Uang disita, kata juru bicara di Jakarta, Kamis.", "2022-02-10", "published.report-weekday", ["Kamis", "Rabu (9/2/2022)"]),
            // An event dated after a comma without its year, then the statement with it: the statement dates the article.
            ("Longsor menimbun dua rumah di Sigi, Minggu (7/1). Warga mengungsi, kata Kepala BPBD, Senin (8/1/2024).", "2024-01-08", "published.weekday-dated", ["Senin (8/1/2024)"]),
            // Statements of one story on two days: the later one.
            ("Data itu dirilis, kata X di Jakarta, Senin (7/7/2025). Ia menambahkan, Selasa (8/7/2025), angka itu naik.", "2025-07-08", "published.weekday-dated", ["Selasa (8/7/2025)"]),
            // A date a week after the statement is a plan, not the article's day.
            ("Sidang dibuka, kata hakim, Selasa (13/6/2023). Putusan dibacakan, kata jaksa, Senin (19/6/2023).", "2023-06-13", "published.weekday-dated", ["Selasa (13/6/2023)"]),
          ])
    func rules(_ text: String, _ date: String, _ rule: String, _ evidence: [String]) throws {
        let record = try Self.analyzer.analyze(text: text)
        #expect(record.published == nil)
        #expect(record.publishedInferred?.date == CivilDate(iso: date))
        #expect(record.publishedInferred?.rule == rule)
        #expect(record.publishedInferred?.evidence.map(\.text) == evidence)
        let table = Repository.read("Sources/WartaExtraction/Dates/DocumentDater.swift")
        #expect(table.contains("`\(rule)`"))
    }

    @Test("no evidence, no date: a weekday that contradicts its date, or a year-less date no written year fits",
          arguments: ["Banjir terjadi kemarin dan 14 Mei, Kamis.", "Rapat digelar Selasa (9/2/2022). Kemarin harga stabil.",
                      "Rapat digelar Jumat (23/2). Hasilnya diumumkan kemarin pada 2021."])
    func nothingDates(_ text: String) throws {
        let record = try Self.analyzer.analyze(text: text)
        #expect(record.publishedInferred == nil)
        #expect(record.dates.contains { $0.value.contains("X") })
    }

    @Test("the inferred date is written in the JSON record and a given date leaves it null")
    func json() throws {
        let text = "Harga cabai naik, kata Kepala Dinas di Jakarta, Selasa (29/3/2022)."
        let inferred = String(decoding: try RecordJSON.encodeBytes(try Self.analyzer.analyze(text: text)), as: UTF8.self)
        #expect(inferred.contains("\"published\":null,\"published_inferred\":{\"date\":\"2022-03-29\",\"rule\":\"published.weekday-dated\""))
        let given = String(decoding: try RecordJSON.encodeBytes(try Self.analyzer.analyze(text: text, published: CivilDate(iso: "2022-03-30"))), as: UTF8.self)
        #expect(given.contains("\"published\":\"2022-03-30\",\"published_inferred\":null"))
    }
}
