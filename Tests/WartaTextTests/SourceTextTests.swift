import Testing
import WartaText

@Suite("Source text offsets")
struct SourceTextTests {
    static let samples = [
        "Jakarta (ANTARA) - Rp123,46 triliun",
        "“Kita harus mampu,” kata Johnny — 😀 di kafé.",
        "é\u{0301}𝄞 a\u{00A0}b\u{200B}c",
    ]

    @Test("every byte range maps to code points that slice back to the same text", arguments: samples)
    func spansSliceBack(_ text: String) {
        let source = SourceText(text)
        let scalars = Array(text.unicodeScalars)
        var boundaries: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            boundaries.append(offset)
            offset += String(scalar).utf8.count
        }
        boundaries.append(offset)
        for (i, start) in boundaries.enumerated() {
            for end in boundaries[i...] {
                let span = source.span(bytes: start..<end)
                var sliced = String.UnicodeScalarView()
                sliced.append(contentsOf: scalars[span.start..<span.end])
                #expect(String(sliced) == span.text)
                #expect(String(text[span.range(in: text)]) == span.text)
            }
        }
    }

    @Test("offset cursor agrees with the table")
    func cursorAgrees() {
        let text = Self.samples.joined(separator: "\n")
        let source = SourceText(text)
        var cursor = OffsetCursor()
        source.bytes.withUnsafeBufferPointer { bytes in
            for byte in 0...bytes.count where byte == bytes.count || bytes[byte] & 0xC0 != 0x80 {
                #expect(cursor.codePoint(at: byte, in: bytes) == source.codePointOffset(ofByte: byte))
            }
        }
    }
}

@Suite("Civil dates")
struct CivilDateTests {
    @Test("weekdays and day numbers", arguments: [
        ("2020-07-09", 4), ("2022-02-09", 3), ("2024-02-29", 4), ("1970-01-01", 4), ("2000-03-01", 3), ("2026-11-29", 7),
    ])
    func weekday(_ iso: String, _ weekday: Int) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.weekday == weekday)
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(date.description == iso)
    }

    @Test("invalid dates are refused", arguments: ["2021-02-29", "2020-13-01", "2020-00-10", "2020-4-01", "kemarin"])
    func invalid(_ iso: String) {
        #expect(CivilDate(iso: iso) == nil)
    }

    @Test("ten-byte dates read from their bytes read as the general path reads them")
    func byteReading() {
        // The general reading, which `init(iso:)` keeps for text of any other shape.
        func general(_ text: String) -> CivilDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
        var texts = ["2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-12-32", "2024-+1-05", "2024-01-+5",
                     "2024/01/05", "20240-1-05", "2024-1-005", "２０２４-01-01", "2024-01-0a", "2024-01-05 "]
        for step in 0..<120 { texts.append(CivilDate(dayNumber: -800_000 + step * 13_337).description) }
        for text in texts {
            #expect(CivilDate(iso: text) == general(text), "\(text)")
            #expect(CivilDate(iso: text.dropFirst(0)) == general(text), "\(text) as a substring")
        }
    }

    @Test("adding days crosses months and years")
    func adding() throws {
        let date = try #require(CivilDate(iso: "2020-12-30"))
        #expect(date.adding(days: 3).description == "2021-01-02")
        #expect(date.adding(days: -365).description == "2019-12-31")
    }
}

@Suite("Matching fold")
struct MatchingFoldTests {
    @Test("typographic variants fold to one form", arguments: [
        ("“Kita”", "\"Kita\""), ("‘ya’", "'ya'"), ("16–31", "16-31"), ("a\u{00A0}b", "a b"),
        ("pe\u{00AD}merintah", "pemerintah"), ("\u{FEFF}x\u{200B}y", "xy"), ("”terbalik”", "\"terbalik\""),
    ])
    func folds(_ input: String, _ folded: String) {
        #expect(MatchingFold.fold(input) == folded)
    }
}
