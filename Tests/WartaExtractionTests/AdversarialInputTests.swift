import Testing
import Warta
import _WartaTestSupport

/// One hostile input for the whole pipeline, at a size that shows the behaviour in a fast test
/// (`scripts/adversarial-large.sh` runs the full sizes through the CLI).
struct AdversarialCase: CustomTestStringConvertible, Sendable {
    let name: String
    let make: @Sendable () -> String
    /// Seconds a debug build may take; generous, but far below what a quadratic path needs.
    var budget: Double = 20
    /// The same input at a tenth of the size, for cases slow enough in a debug build (seconds) that
    /// a loaded machine can double their time. The case is then timed against the control, run
    /// just before and just after it: ten times the input may take at most `AdversarialInputTests.controlRatio`
    /// times the control's time (linear work takes about 10 times, a quadratic path about 100).
    var control: (@Sendable () -> String)? = nil
    var testDescription: String { name }
}

/// Hostile text through `Analyzer.analyze`: it must finish in time, every span must slice back,
/// sentences must tile the body.
@Suite("Adversarial inputs")
struct AdversarialInputTests {
    static let analyzer = try! Analyzer()

    static let cases: [AdversarialCase] = [
        .init(name: "250 KB single line of words") { String(repeating: "Harga cabai naik 5% menjadi Rp 50.000 per kilogram, kata dia ", count: 4_000) },
        .init(name: "1 MB single line without spaces, a boundary every 3 bytes") { String(repeating: "a.B", count: 350_000) },
        .init(name: "100 KB of ?! without spaces") { String(repeating: "x?Y!", count: 25_000) },
        .init(name: "100,000 straight quote marks") { String(repeating: "\"", count: 100_000) },
        .init(name: "40,000 curly quote marks between words") { String(repeating: "“kata ”", count: 20_000) },
        .init(name: "unbalanced quotes") { "\"Kita harus mampu, kata Menteri. “Tidak ada yang ‘mustahil. » Dia « pergi\"\"\"." },
        .init(name: "a 10,000-digit number") { "Jumlahnya " + String(repeating: "9", count: 10_000) + " orang." },
        .init(name: "a number with 500 dots") { "Nilai " + String(repeating: "1.", count: 500) + "1 rupiah." },
        .init(name: "a number with 100,000 dots and commas") { String(repeating: "12.3,", count: 100_000) },
        .init(name: "deeply repeated reduplication") { "kupu" + String(repeating: "-kupu", count: 20_000) + "." },
        .init(name: "long nearly equal reduplication halves") { String(repeating: "a", count: 20_000) + "-" + String(repeating: "a", count: 19_999) + "b" },
        .init(name: "a URL longer than a tokenizer batch") { "Lihat https://contoh.id/" + String(repeating: "a/b", count: 3_000) + " sekarang." },
        .init(name: "an e-mail address with a long domain") { "Kirim ke humas@" + String(repeating: "x.", count: 3_000) + "id sekarang." },
        .init(name: "a hashtag longer than a tokenizer batch") { "#" + String(repeating: "Kita_Bela", count: 3_000) + " ya" },
        .init(name: "Rp signs without amounts") { String(repeating: "Rp US$ Rp. ", count: 10_000) },
        .init(name: "100,000 combining marks on one letter") { "e" + String(repeating: "\u{301}", count: 100_000) + " naik." },
        .init(name: "a 10,000-emoji ZWJ chain") { String(repeating: "👨\u{200D}", count: 10_000) + "👧" },
        .init(name: "right-to-left override and Arabic") { "\u{202E}Harga naik\u{202C} مرحبا. שלום! Harga \u{200F}turun." },
        .init(name: "NUL and control characters inside text") { "Harga\u{0}naik.\u{0}\u{0} Dia\u{1B}[31m pergi.\u{7F}\u{85}Selesai." },
        .init(name: "a BOM at the start and inside") { "\u{FEFF}Jakarta (ANTARA) - Harga\u{FEFF} naik. Dia pergi." },
        .init(name: "CR-only line ends") { "Jakarta (ANTARA) - Satu.\rDua dan tiga.\rPewarta: Ahmad\r" },
        .init(name: "CRLF line ends") { "Jakarta (ANTARA) - Satu.\r\nDua dan tiga.\r\n\r\nBaca juga: Judul lain\r\nPewarta: Ahmad\r\n" },
        .init(name: "200,000 blank lines") { String(repeating: " \n\r\n\t\n", count: 200_000) + "Akhir." },
        .init(name: "HTML debris") { String(repeating: "<div class=\"x\">&nbsp;</div><br/>", count: 6_000) },
        .init(name: "100,000 related-article lines") { String(repeating: "Baca juga: Judul\n", count: 100_000) },
        .init(name: "100,000 credit lines") { "Isi.\n" + String(repeating: "Pewarta: Ahmad\n", count: 100_000) },
        .init(name: "a dateline-like line that never ends") { "Jakarta " + String(repeating: "(ANTARA) ", count: 20_000) + "- x" },
        .init(name: "initials and titles chained") { String(repeating: "Dr. H. G. Jl. dll. S.H. ", count: 8_000) },
        .init(name: "lone surrogate-free replacement characters") { String(repeating: "\u{FFFD}", count: 100_000) },
        // Thousands of people and quotes in one article: person lookups in the quote scan were linear.
        // 40,000 titled names in one sentence without a lower-case word: whether each is the
        // sentence's subject was found by walking back to the sentence start.
        .init(name: "40,000 titled names in one sentence", make: { titledNames(20_000) }, control: { titledNames(2_000) }),
        .init(name: "3,000 speakers and their quotes on one line", make: { speakers(3_000) }, control: { speakers(300) }),
    ]

    /// `2 × pairs` titled names in one sentence, between a quote and a pronoun.
    static func titledNames(_ pairs: Int) -> String {
        "\"Kami siap,\" kata dia. " + String(repeating: "Presiden Joko Widodo Menteri Budi Santoso ", count: pairs) + "menyatakan bahwa harga naik. Ia mengatakan stok aman."
    }

    static func speakers(_ count: Int) -> String {
        (0..<count).map { "Kepala Dinas Budi Santoso\($0), \"Harga naik \($0) persen,\" kata Budi Santoso\($0). Ia menambahkan bahwa stok aman. " }.joined()
    }

    /// How much longer than its tenth-size control a case may take: 4 times what linear work
    /// needs (room for the load to change between the runs), 2.5 times less than a quadratic path.
    static let controlRatio = 40
    /// Seconds a case timed against its control may take in all: it only catches a hang, the
    /// control catches a quadratic path whatever the machine's load.
    static let hangBudget: Double = 300

    @Test("finishes in time with correct spans", arguments: cases)
    func adversarial(_ testCase: AdversarialCase) throws {
        let text = testCase.make()
        let source = SourceText(text)
        let clock = ContinuousClock()
        var record: ArticleRecord? = nil
        if let control = testCase.control {
            let small = SourceText(control())
            let before = try clock.measure { _ = try Self.analyzer.analyze(small, id: testCase.name) }
            let elapsed = try clock.measure { record = try Self.analyzer.analyze(source, id: testCase.name) }
            let after = try clock.measure { _ = try Self.analyzer.analyze(small, id: testCase.name) }
            let unit = max(before, after)
            #expect(elapsed < unit * Self.controlRatio, "\(testCase.name): took \(elapsed), its tenth-size control \(before) and \(after)")
            #expect(elapsed < .seconds(Self.hangBudget * testTimeScale), "\(testCase.name): took \(elapsed)")
        } else {
            let elapsed = try clock.measure { record = try Self.analyzer.analyze(source, id: testCase.name) }
            #expect(elapsed < .seconds(testCase.budget * testTimeScale), "\(testCase.name): took \(elapsed)")
        }
        let result = try #require(record)
        let spanProblems = SpanInvariants.recordSpans(result, source: source)
        #expect(spanProblems.isEmpty, "\(spanProblems.prefix(5))")
        let document = try Self.analyzer.segment(source)
        let tiling = SpanInvariants.sentencesTile(document.sentences, body: document.layout.body, source: source)
        #expect(tiling.isEmpty, "\(tiling.prefix(5))")
        let order = SpanInvariants.orderedRanges(document.tokens.map(\.byteRange), in: source.bytes, name: "token")
        #expect(order.isEmpty, "\(order.prefix(5))")
    }

    @Test("line ends: CR-only, CRLF and a BOM give the records LF gives", arguments: [
        ("Jakarta (ANTARA) - Satu.\rDua dan tiga.\rPewarta: Ahmad", ["Satu.", "Dua dan tiga."]),
        ("Jakarta (ANTARA) - Satu.\r\nDua dan tiga.\r\nPewarta: Ahmad\r\n", ["Satu.", "Dua dan tiga."]),
        ("\u{FEFF}Jakarta (ANTARA) - Satu.\nDua dan tiga.\nPewarta: Ahmad", ["Satu.", "Dua dan tiga."]),
    ])
    func lineEnds(_ text: String, _ sentences: [String]) throws {
        let record = try Self.analyzer.analyze(text: text)
        #expect(record.sentences.map(\.text) == sentences)
        #expect(record.dateline?.text == "Jakarta (ANTARA) -")
        #expect(record.credits.map(\.name.text) == ["Ahmad"])
    }

    @Test("one token each: a 10,000-digit number, a long URL, a long hashtag", arguments: [
        (String(repeating: "9", count: 10_000), TokenKind.number),
        ("https://contoh.id/" + String(repeating: "a/b", count: 3_000), .url),
        ("#" + String(repeating: "Kita_Bela", count: 3_000), .hashtag),
        ("humas@" + String(repeating: "x.", count: 3_000) + "id", .email),
    ])
    func longSingleTokens(_ text: String, _ kind: TokenKind) throws {
        let tokens = try Self.analyzer.tokenizer.tokenize(" " + text + " .")
        #expect(tokens.map(\.kind) == [kind, .punctuation])
        #expect(tokens.first?.byteRange == 1..<(1 + text.utf8.count))
    }
}
