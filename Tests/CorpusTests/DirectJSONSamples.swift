import FoundationEssentials
import Warta

/// Made-up values for `DirectJSONTests`: records with every field filled, strings that need
/// escaping, and decimals of every shape.
enum DirectJSONSamples {
    /// A span of `text` at an arbitrary place.
    static func span(_ text: String, at start: Int = 3) -> Span {
        Span(text: text, start: start, end: start + text.unicodeScalars.count, byteStart: start * 2, byteEnd: start * 2 + text.utf8.count)
    }

    /// Every record type, with `text` in every string and every optional both set and nil.
    static func fullRecord(text: String) -> ArticleRecord {
        let date = CivilDate(year: 2020, month: 6, day: 23)!
        return ArticleRecord(
            id: text, published: date, publishedInferred: InferredDate(date: date, rule: text, evidence: [span(text), span(text, at: 7)]), title: text, url: text,
            dateline: Dateline(span: span(text, at: 0), place: span(text, at: 1), agency: span(text, at: 2)),
            sentences: [span(text), span(text, at: 100_000_000), span(text, at: 12_345)],
            related: [span(text)],
            credits: [Credit(role: text, name: span(text)), Credit(role: "", name: span(""))],
            quotes: [
                Quote(span: span(text), direct: true, verb: text, speaker: Speaker(name: text, role: text, organisation: text),
                      speakerSpan: span(text), rule: text),
                Quote(span: span(text), direct: false, verb: nil, speaker: Speaker(name: nil, role: text), rule: text),
                Quote(span: span(text), direct: false, verb: nil, speaker: nil, rule: ""),
            ],
            figures: [
                Figure(span: span(text), kind: text, value: Decimal(string: "123460000000000"), valueMax: Decimal(string: "14.68"),
                       unit: text, counted: text, approximate: true, qualifier: text, rule: text),
                Figure(span: span(text), kind: "number", value: nil, rule: text),
            ],
            dates: [
                DateExpression(span: span(text), kind: text, value: text, granularity: text, mod: text, anchor: date, resolved: false, rule: text),
                DateExpression(span: span(text), kind: "date", value: "XXXX-05-14", granularity: "day", resolved: true, rule: text),
            ],
            organisations: [
                OrganisationMention(span: span(text), canonical: text, id: text, kind: text, acronym: text, rule: text),
                OrganisationMention(span: span(text), canonical: text, id: "", kind: "other", rule: text),
            ],
            persons: [
                PersonMention(span: span(text), canonical: text, role: text, organisation: text, rule: text),
                PersonMention(span: span(text), canonical: text, rule: text),
            ],
            warnings: [
                Warning(code: text, message: text, start: 0, end: -1),
                Warning(code: text, message: text, start: Int.max),
                Warning(code: text, message: text, end: Int.min),
                Warning(code: text, message: text),
            ])
    }

    /// Every control character, the characters JSON escapes, JavaScript's line separators and
    /// their neighbours, and non-ASCII text up to emoji sequences.
    static let awkwardStrings: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
        "", "\"", "\\", "/", "\u{7F}", "\u{80}", "\u{A0}", "é", "Ω", "中文", "\u{FEFF}",
        "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{2068}", "\u{20AC}", "“kutipan” – ‘kata’",
        "👍🏽", "👨‍👩‍👧", "\r\n", "a\tb", "\"\\\u{1}\u{2028}😀\u{2029}\u{1F}",
        "Kementerian Komunikasi dan Informatika", String(repeating: "\"", count: 17), String(repeating: "\u{2028}", count: 5),
    ]

    /// Decimals of every shape `Decimal.description` has a rule for, and a deterministic spread of
    /// significands (up to 64 bits and beyond) and exponents.
    static let decimals: [Decimal] = {
        let texts = ["0", "1", "-1", "14.68", "123460000000000", "0.005", "-3.50", "0.1", "1e5", "1e-5", "-0", "0.00",
                     "1e127", "1e-128", "65535", "65536", "4294967295", "4294967296", "18446744073709551615",
                     "18446744073709551616", "-18446744073709551616.5", "123456789012345678901234567890",
                     "-123456789012345678901234567890.123", "99999999999999999999999999999999999999",
                     "0.000000000000000000000000000001", "3.14159265358979323846", "1000000", "0.10", "2.5e-3"]
        var values = texts.compactMap { Decimal(string: $0) }
        values += [
            Decimal(1400) / Decimal(100), Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(string: "14.00")! * Decimal(1),
            Decimal(123) * Decimal(string: "0.010")!, Decimal(sign: .minus, exponent: -3, significand: 1400),
            Decimal(sign: .plus, exponent: 20, significand: 7), Decimal(sign: .plus, exponent: -2, significand: 0),
            Decimal.nan, Decimal.greatestFiniteMagnitude, Decimal.leastNonzeroMagnitude, Decimal(Int.max), Decimal(Int.min),
            Decimal(UInt64.max), Decimal(0.1), Decimal(1e-7), Decimal(123.456), Decimal(-2.5e20),
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0..<400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let significand = state >> (state % 64)
            let exponent = Int(state >> 58) - 40 + index % 17
            values.append(Decimal(sign: index % 3 == 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand)))
        }
        return values
    }()

    /// An `Encodable` type without a direct writer that holds records, spans, decimals and doubles.
    struct Mixed: Encodable {
        var record: ArticleRecord
        var spans: [Span]
        var amount: Decimal?
        var ratio: Double
        var whole: Double
        var missing: String?
        var figures: [Figure] = [fullRecord(text: "x").figures[0]]
        var extremes: [Double] = [0, -0.0, 1e15, 1e16, -1.5, .infinity, .nan, 1e-300, 123456.789]
    }
}
