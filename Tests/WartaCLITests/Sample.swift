import Foundation
import _WartaTestSupport

/// A small article and a saved record for it with one entity of every kind, built here (not by
/// the extractors), so the output formats are tested whatever the extractors find. Entities are
/// located by their surface and the text just before it, never by counted offsets.
enum Sample {
    static let text = """
        Jakarta (ANTARA) - Menteri Kominfo Johnny G. Plate meresmikan kafé digital senilai Rp5 miliar pada Kamis (9/7/2020).
        “Kita harus mampu bersaing & <menang>,” kata Johnny.
        Menurut Johnny, kafé itu
        sudah ramai dan harga naik 14,68 persen.
        """

    /// (kind, surface, text just before it or "", extra fields)
    nonisolated(unsafe) static let entities: [(String, String, String, [String: Any])] = [
        ("organisations", "Kominfo", "Menteri ", ["canonical": "Kementerian Komunikasi dan Informatika", "id": "kominfo", "kind": "ministry", "acronym": "Kominfo"]),
        ("persons", "Johnny G. Plate", "", ["canonical": "Johnny G. Plate", "role": "Menteri Kominfo", "organisation": "Kementerian Komunikasi dan Informatika"]),
        ("figures", "Rp5 miliar", "", ["kind": "money", "value": 5000000000, "unit": "IDR", "approximate": false]),
        ("dates", "Kamis (9/7/2020)", "", ["kind": "date", "value": "2020-07-09", "granularity": "day", "resolved": true]),
        ("persons", "Johnny", "kata ", ["canonical": "Johnny G. Plate"]),
        ("persons", "Johnny", "Menurut ", ["canonical": "Johnny G. Plate"]),
        ("figures", "14,68 persen", "", ["kind": "percent", "value": 14.68, "unit": "percent", "approximate": false]),
    ]

    /// Code-point offsets of `surface` after `before`.
    static func locate(_ surface: String, after before: String) -> (start: Int, end: Int, byteStart: Int, byteEnd: Int) {
        let range = text.range(of: before + surface)!
        let lower = text.index(range.lowerBound, offsetBy: before.count)
        let start = text.unicodeScalars.distance(from: text.startIndex, to: lower)
        let byteStart = text.utf8.distance(from: text.startIndex, to: lower)
        return (start, start + surface.unicodeScalars.count, byteStart, byteStart + surface.utf8.count)
    }

    static func span(_ surface: String, after before: String = "") -> [String: Any] {
        let at = locate(surface, after: before)
        return ["text": surface, "start": at.start, "end": at.end, "byte_start": at.byteStart, "byte_end": at.byteEnd]
    }

    /// The saved record (`extract --include-text` shape) as one JSON line.
    static var recordLine: String {
        var record: [String: Any] = ["id": "sampel/1", "published": "2020-07-09", "title": "Kafé digital", "sentences": [], "related": [],
                                     "credits": [], "quotes": [], "figures": [], "dates": [], "organisations": [], "persons": [],
                                     "warnings": [], "text": text]
        for (field, surface, before, extra) in entities {
            var entity = span(surface, after: before)
            entity["rule"] = "test"
            entity.merge(extra) { a, _ in a }
            record[field] = (record[field] as! [Any]) + [entity]
        }
        var direct = span("Kita harus mampu bersaing & <menang>,")
        direct.merge(["direct": true, "verb": "kata", "rule": "test", "speaker": ["name": "Johnny G. Plate", "role": "Menteri Kominfo"],
                      "speaker_span": span("Johnny", after: "kata ")]) { a, _ in a }
        var reported = span("kafé itu\nsudah ramai", after: "Johnny, ")
        reported.merge(["direct": false, "verb": "menurut", "rule": "test", "speaker": ["name": "Johnny G. Plate"],
                        "speaker_span": span("Johnny", after: "Menurut ")]) { a, _ in a }
        record["quotes"] = [direct, reported]
        let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Every entity surface (quotes, figures, dates, organisations, persons).
    static var surfaces: [String] {
        entities.map(\.1) + ["Kita harus mampu bersaing & <menang>,", "kafé itu\nsudah ramai"]
    }

    static let mentionCount = entities.count + 2 + 2   // + two quotes + two speaker spans

    /// `text[start..<end]` in code points, as Python slices.
    static func slice(_ start: Int, _ end: Int, of string: String = text) -> String {
        let scalars = Array(string.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Runs `warta render` on the sample record.
    static func render(_ arguments: [String]) throws -> RunResult {
        try Warta.run(["render"] + arguments + ["-"], input: Array((recordLine + "\n").utf8))
    }
}
