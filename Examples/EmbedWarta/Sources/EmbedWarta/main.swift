import Warta

// One analyser for the whole program (lexicons are loaded once), shared by concurrent tasks.
let analyzer = try Analyzer()

let articles = [
    ("a1", """
        Jakarta (ANTARA) - Menteri Kominfo Johnny G. Plate meresmikan kafé digital senilai Rp5 miliar, Kamis (9/7/2020).
        "Kita harus mampu bersaing," kata Johnny.
        """),
    ("a2", "Harga cabai naik 14,68 persen pada Juni. Pedagang di Pasar Minggu mengeluh."),
]

let records = try await withThrowingTaskGroup(of: ArticleRecord.self) { group in
    for (id, text) in articles {
        group.addTask { try analyzer.analyze(text: text, published: CivilDate(iso: "2020-07-09"), id: id) }
    }
    var records: [ArticleRecord] = []
    for try await record in group { records.append(record) }
    return records.sorted { $0.id < $1.id }
}

for (record, (_, text)) in zip(records, articles) {
    print("\(record.id): \(record.sentences.count) sentence(s), \(record.mentions.count) entities")
    for sentence in record.sentences {
        // The same span as code-point offsets (JSON, Python) and as a Swift String.Index range.
        print("  [\(sentence.start)..<\(sentence.end)] \(text[sentence.range(in: text)])")
    }
    for mention in record.mentions {
        print("  \(mention.label): \(mention.span.text) -> \(mention.value ?? "-")")
    }
}

// The parts on their own.
let tokens = try analyzer.tokens(in: "Harga naik Rp 5.000 (14,68%).")
print(tokens.map(\.text).joined(separator: " | "))
let stemmer = try Stemmer()
print(["meluncurkan", "keberlangsungan", "produk-produk"].map { "\($0) -> \(stemmer.stem($0))" }.joined(separator: ", "))
print(try RecordJSON.encode(records[1]))
