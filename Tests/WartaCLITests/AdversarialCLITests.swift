import Foundation
import Testing
import _WartaTestSupport

/// Hostile input files through the built `warta` binary: each gets a clear error naming it or a
/// correct record, and the good records around it are never lost.
@Suite("warta with hostile input", .serialized)
struct AdversarialCLITests {
    static let good = Array("Harga cabai naik.".utf8)

    /// Invalid UTF-8 in a file between two good ones: reported with its reason, the others written.
    @Test("invalid UTF-8 is refused with its offset and reason; the neighbours are written", arguments: [
        ([0x48, 0xC0, 0xAF, 0x2E], "byte 1: overlong encoding"),
        ([0x48, 0xE0, 0x80, 0xAF], "byte 1: overlong encoding"),
        ([0x48, 0xED, 0xA0, 0x80], "byte 1: encoded UTF-16 surrogate"),
        ([0x48, 0xED, 0xBF, 0xBF], "byte 1: encoded UTF-16 surrogate"),
        ([0x48, 0x61, 0xE2, 0x82], "byte 4: truncated multi-byte sequence"),
        ([0x48, 0xF0, 0x9F, 0x98, 0x20], "byte 4: truncated multi-byte sequence"),
        ([0x48, 0xF4, 0x90, 0x80, 0x80], "byte 1: code point above U+10FFFF"),
        ([0x48, 0x80, 0x2E], "byte 1: unexpected continuation byte"),
        ([0x48, 0xFF, 0x2E], "byte 1: byte that never occurs in UTF-8"),
    ] as [([UInt8], String)])
    func invalidUTF8(_ bytes: [UInt8], _ message: String) throws {
        let root = TemporaryFiles.folder("badutf8")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/1.txt", Self.good)
        try TemporaryFiles.write(root + "/2.txt", bytes)
        try TemporaryFiles.write(root + "/3.txt", Self.good)
        let result = try Warta.run(["extract", root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2.txt: invalid UTF-8 at \(message)"), "\(result.stderr)")
        #expect(result.jsonLines.map { $0["id"] as? String } == ["1", "3"])
        let lossy = try Warta.run(["extract", "--lossy", root])
        #expect(lossy.status == 0)
        #expect(lossy.jsonLines.count == 3)
    }

    @Test("a BOM, CR-only and CRLF line ends give a correct record", arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("Jakarta (ANTARA) - Satu.\nDua.\nPewarta: Ahmad".utf8)),
        Array("Jakarta (ANTARA) - Satu.\rDua.\rPewarta: Ahmad\r".utf8),
        Array("Jakarta (ANTARA) - Satu.\r\nDua.\r\nPewarta: Ahmad\r\n".utf8),
    ])
    func lineEnds(_ bytes: [UInt8]) throws {
        let result = try Warta.run(["extract", "-"], input: bytes)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(result.jsonLines.first)
        #expect((record["sentences"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["Satu.", "Dua."])
        #expect((record["dateline"] as? [String: Any])?["text"] as? String == "Jakarta (ANTARA) -")
        #expect((record["credits"] as? [[String: Any]])?.count == 1)
    }

    @Test("NUL bytes: a text file is refused as binary, a NUL escaped in JSON is analysed")
    func nulBytes() throws {
        let root = TemporaryFiles.folder("nul")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/a.txt", Array("Harga\u{0}naik.".utf8))
        try TemporaryFiles.write(root + "/b.jsonl", "{\"id\":\"b\",\"text\":\"Harga\\u0000naik. Dia pergi.\"}\n")
        let result = try Warta.run(["extract", root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.txt: refused: binary data (NUL byte at byte 5)"))
        #expect(result.jsonLines.map { $0["id"] as? String } == ["b"])
    }

    @Test("JSONL: a line that is not JSON, lacks text, has the wrong types or bad bytes is named; the rest are written")
    func badJSONLines() throws {
        var lines: [[UInt8]] = [
            Array(#"{"id": "a", "text": "Harga naik."}"#.utf8),
            Array("not json at all".utf8),
            Array(#"{"id": "b"}"#.utf8),
            Array(#"{"id": "c", "text": 42}"#.utf8),
            Array(#"["text", "array"]"#.utf8),
            Array(#"{"id": "d", "text": "unterminated"#.utf8),
            Array(#"{"id": "e", "text": "ok"} trailing"#.utf8),
            Array(#"{"id": "f", "text": "Harga "#.utf8) + [0xC0, 0xAF] + Array(#" naik."}"#.utf8),
            Array(#"{"id": "g", "text": "lone \ud800 surrogate escape."}"#.utf8),
            Array(#"{"id": "h", "text": "Harga turun."}"#.utf8),
        ]
        lines.insert([], at: 1)  // a blank line is skipped, not an error
        let input = Array(lines.joined(separator: [0x0A]))
        let result = try Warta.run(["extract", "-"], input: input)
        #expect(result.status == 1)
        for line in [3, 4, 5, 6, 7, 8, 9] { #expect(result.stderr.contains("stdin:\(line):"), "line \(line) in \(result.stderr)") }
        #expect(!result.stderr.contains("stdin:2:"))
        let ids = result.jsonLines.compactMap { $0["id"] as? String }
        #expect(ids.first == "a" && ids.last == "h", "\(ids)")
        // A lone surrogate escape is either refused or replaced; a record, if any, is well-formed.
        #expect(ids.allSatisfy { ["a", "g", "h"].contains($0) }, "\(ids)")
    }

    @Test("an empty file and an empty JSONL file")
    func emptyFiles() throws {
        let root = TemporaryFiles.folder("empty")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/a.txt", [])
        try TemporaryFiles.write(root + "/b.jsonl", [])
        let result = try Warta.run(["extract", root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.jsonLines.map { $0["id"] as? String } == ["a"])
        // Blank standard input gives no record (an empty partition under GNU parallel adds none).
        let stdin = try Warta.run(["extract", "-"], input: [])
        #expect(stdin.status == 0)
        #expect(stdin.jsonLines.isEmpty)
    }

    @Test("a directory with unreadable entries: each is named, none blocks, the good files are written")
    func unreadableEntries() throws {
        let root = TemporaryFiles.folder("unreadable")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/1-good.txt", Self.good)
        try TemporaryFiles.write(root + "/3-locked.txt", Self.good)
        try TemporaryFiles.write(root + "/9-good.jsonl", #"{"id": "j", "text": "Harga turun."}"#)
        try FileManager.default.createSymbolicLink(atPath: root + "/2-broken.txt", withDestinationPath: root + "/nowhere")
        #expect(mkfifo(root + "/4-pipe.txt", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: root + "/5-folder.txt", withIntermediateDirectories: true)
        try TemporaryFiles.write(root + "/5-folder.txt/inner.txt", Self.good)
        #expect(chmod(root + "/3-locked.txt", 0) == 0)
        let result = try Warta.run(["extract", root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2-broken.txt: cannot read"), "\(result.stderr)")
        #expect(result.stderr.contains("4-pipe.txt: skipped: a named pipe"), "\(result.stderr)")
        var expected = ["1-good", "3-locked", "inner", "j"]
        if getuid() != 0 {  // root reads a mode-000 file; everyone else is refused
            #expect(result.stderr.contains("3-locked.txt: cannot open"), "\(result.stderr)")
            expected.remove(at: 1)
        }
        #expect(result.jsonLines.map { $0["id"] as? String } == expected)
    }

    @Test("a 1 MB single-line article in JSONL and a 500 KB line of quote marks give records")
    func longLines() throws {
        let words = String(repeating: "Harga cabai naik 5% menjadi Rp 50.000, kata dia. ", count: 20_000)
        let quotes = String(repeating: "\\\"“", count: 100_000)
        let input = "{\"id\":\"long\",\"text\":\"\(words)\"}\n{\"id\":\"quotes\",\"text\":\"\(quotes)\"}\n{\"id\":\"after\",\"text\":\"x\"}\n"
        let result = try Warta.run(["extract", "--types", "dates", "-"], input: Array(input.utf8))
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(result.jsonLines.map { $0["id"] as? String } == ["long", "quotes", "after"])
        #expect((result.jsonLines.first?["sentences"] as? [Any])?.count == 20_000)
    }

    @Test("JSONL from standard input is numbered from its first line even after blank lines")
    func stdinNumbering() throws {
        let input = "\n\n{\"id\":\"a\",\"text\":\"x\"}\nbroken\n"
        let result = try Warta.run(["extract", "-"], input: Array(input.utf8))
        #expect(result.stderr.contains("stdin:4:"), "\(result.stderr)")
        #expect(result.jsonLines.count == 1)
    }
}
