import Testing
import WartaInput
import _WartaTestSupport

/// CSV/TSV rows: RFC 4180 quoting, BOM, CRLF, malformed rows named by line, streaming in small chunks.
@Suite("CSV and TSV rows")
struct DelimitedReaderTests {
    /// Every item of `text`, read in chunks of `chunk` bytes.
    static func items(_ text: String, delimiter: UInt8 = UInt8(ascii: ","), chunk: Int = 3, maxRowBytes: Int = 1 << 20) throws -> (header: [String]?, items: [DelimitedReader.Item]) {
        try items(Array(text.utf8), delimiter: delimiter, chunk: chunk, maxRowBytes: maxRowBytes)
    }

    static func items(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), chunk: Int = 3, maxRowBytes: Int = 1 << 20, lossy: Bool = false) throws -> (header: [String]?, items: [DelimitedReader.Item]) {
        let reader = DelimitedReader(MemoryByteSource(bytes, chunk: chunk), delimiter: delimiter, lossy: lossy, maxRowBytes: maxRowBytes)
        var items: [DelimitedReader.Item] = []
        while let item = try reader.next() { items.append(item) }
        return (reader.header, items)
    }

    static func rows(_ items: [DelimitedReader.Item]) -> [[String]] {
        items.compactMap { if case .row(let row) = $0 { row.fields } else { nil } }
    }

    static func problems(_ items: [DelimitedReader.Item]) -> [Int] {
        items.compactMap { if case .malformed(let line, _) = $0 { line } else { nil } }
    }

    /// Well-formed files: text, the rows expected (fields joined by |), their lines.
    static let wellFormed: [(String, [String], [Int])] = [
        ("id,text\n1,Harga naik.\n2,Harga turun.\n", ["1|Harga naik.", "2|Harga turun."], [2, 3]),
        ("id,text\r\n1,Harga naik.\r\n2,\"Kata dia, \"\"naik\"\".\"\r\n", ["1|Harga naik.", "2|Kata dia, \"naik\"."], [2, 3]),
        ("\u{FEFF}id,text\n1,\"Paragraf satu.\nParagraf dua.\"\n2,x", ["1|Paragraf satu.\nParagraf dua.", "2|x"], [2, 4]),
        ("id,text\n\n1,\"a\r\nb\"\n\n3,c\n", ["1|a\r\nb", "3|c"], [3, 6]),
        ("id,text\n1,\"\"\n2,say \"hi\" there\n", ["1|", "2|say \"hi\" there"], [2, 3]),
        ("id,text\n1,last row without newline", ["1|last row without newline"], [2]),
    ]

    @Test("well-formed CSV, in 1-, 3- and 64-byte chunks", arguments: [1, 3, 64])
    func wellFormedFiles(chunk: Int) throws {
        for (text, expected, lines) in Self.wellFormed {
            let (header, items) = try Self.items(text, chunk: chunk)
            #expect(header == ["id", "text"], "\(text.debugDescription)")
            #expect(Self.rows(items).map { $0.joined(separator: "|") } == expected, "\(text.debugDescription)")
            let found = items.compactMap { if case .row(let row) = $0 { row.line } else { nil } }
            #expect(found == lines, "\(text.debugDescription)")
        }
    }

    @Test("TSV with quoted fields")
    func tsv() throws {
        let (header, items) = try Self.items("judul\tisi\nA\t\"satu\tdua\"\nB\tx,y\n", delimiter: 9)
        #expect(header == ["judul", "isi"])
        #expect(Self.rows(items) == [["A", "satu\tdua"], ["B", "x,y"]])
    }

    /// Malformed files: text, the lines of the problems, the rows still read.
    static let malformed: [(String, [Int], [String])] = [
        // wrong field count
        ("id,text\n1,a\n2,b,extra\n3,c\n", [3], ["1|a", "3|c"]),
        // text after a closing quote on one line: that row only
        ("id,text\n1,\"a\"b\n2,c\n", [2], ["2|c"]),
        // an unclosed quote mid-file swallows rows until the next quote, then is dropped and
        // reading restarts on the line after it
        ("id,text\n1,\"unclosed\n2,b\n3,\"c\"\n4,d\n", [2], ["2|b", "3|c", "4|d"]),
        // an unclosed quote at the end
        ("id,text\n1,a\n2,\"never closed\n3,x\n", [3], ["1|a", "3|x"]),
    ]

    @Test("malformed rows are named by line and reading goes on", arguments: [1, 7])
    func malformedRows(chunk: Int) throws {
        for (text, lines, expected) in Self.malformed {
            let (_, items) = try Self.items(text, chunk: chunk)
            #expect(Self.problems(items) == lines, "\(text.debugDescription): \(items)")
            #expect(Self.rows(items).map { $0.joined(separator: "|") } == expected, "\(text.debugDescription)")
        }
    }

    @Test("a row longer than the limit is refused without reading the whole file into it")
    func longRow() throws {
        let text = "id,text\n1,\"" + String(repeating: "x", count: 5000) + "\n2,b\n"
        let (_, items) = try Self.items(text, chunk: 512, maxRowBytes: 1000)
        #expect(Self.problems(items) == [2])
        guard case .malformed(_, let message) = items.first else { Issue.record("no problem"); return }
        #expect(message.contains("longer than 1000 bytes"))
    }

    @Test("invalid UTF-8 in a field: refused, or replaced with lossy")
    func invalidUTF8() throws {
        let bytes = Array("id,text\n1,Harga ".utf8) + [0xC0, 0xAF] + Array("\n2,ok\n".utf8)
        let strict = try Self.items(bytes)
        #expect(Self.problems(strict.items) == [2])
        #expect(Self.rows(strict.items) == [["2", "ok"]])
        let lossy = try Self.items(bytes, lossy: true)
        #expect(Self.rows(lossy.items) == [["1", "Harga \u{FFFD}\u{FFFD}"], ["2", "ok"]])
    }

    @Test("generated tables survive a round trip through quoting, whatever the chunk size")
    func roundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Rp5.000", ",", "\"", "\n", "\r\n", " ", "é", "kata \"dia\"", "", "\t"]
        for _ in 0..<200 {
            let rows = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                (0..<3).map { _ in (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
            }
            let quote = { (field: String) in "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let text = "a,b,c\r\n" + rows.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n")
            let (_, items) = try Self.items(text, chunk: Int.random(in: 1...16, using: &generator))
            #expect(Self.rows(items) == rows, "\(text.debugDescription)")
        }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// Stray quotes must not make reading quadratic: each bad row is dropped and reading starts again
/// on the next line, so a file of bad rows is read in about two passes.
@Suite("CSV recovery cost")
struct DelimitedRecoveryTests {
    @Test("20,000 rows each opening a quote that never closes properly")
    func strayQuotes() throws {
        let text = "id,text\n" + String(repeating: "1,\"abc\n2,def\n", count: 10_000)
        let clock = ContinuousClock()
        let started = clock.now
        let (_, items) = try DelimitedReaderTests.items(text, chunk: 65536, maxRowBytes: 4096)
        let elapsed = clock.now - started
        #expect(DelimitedReaderTests.problems(items).count == 10_000)
        #expect(DelimitedReaderTests.rows(items).count == 10_000)
        #expect(elapsed < .seconds(20 * testTimeScale), "\(elapsed)")
    }

    @Test("an unclosed quote in a large file costs one row, however far the file goes on")
    func unclosedEarly() throws {
        let text = "id,text\n1,\"open\n" + String(repeating: "2,baris biasa tanpa kutip\n", count: 20_000)
        let (_, items) = try DelimitedReaderTests.items(text, chunk: 65536, maxRowBytes: 1 << 20)
        #expect(DelimitedReaderTests.problems(items) == [2])
        #expect(DelimitedReaderTests.rows(items).count == 20_000)
    }
}
