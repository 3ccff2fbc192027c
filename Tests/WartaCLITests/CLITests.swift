import Foundation
import Testing
import _WartaTestSupport

/// The `warta` binary as a user runs it: exit codes, stderr and stdout.
@Suite("warta command line", .serialized)
struct CLITests {
    static let article = """
        Jakarta (ANTARA) - Kementerian Komunikasi dan Informatika meluncurkan kampanye, Kamis.
        "Kita harus mampu," kata Menteri Kominfo Johnny G. Plate. Harga naik Rp 5.000.
        Baca juga: APD buatan Indonesia siap diekspor
        Pewarta: Ahmad
        """

    func folder(_ files: [String: [UInt8]]) throws -> String {
        let root = TemporaryFiles.folder("cli")
        for (name, bytes) in files { try TemporaryFiles.write(root + "/" + name, bytes) }
        return root
    }

    @Test("help lists the subcommands with examples")
    func help() throws {
        let result = try Warta.run(["--help"])
        #expect(result.status == 0)
        for word in ["extract", "tokenize", "sentences", "eval", "Examples"] { #expect(result.stdout.contains(word)) }
    }

    @Test("a misspelled flag gets a usage error with a suggestion")
    func badFlag() throws {
        let result = try Warta.run(["extract", "--formt", "json", "x.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format"))
    }

    @Test("--published must be a date")
    func badPublished() throws {
        let result = try Warta.run(["extract", "--published", "9/7/2020", "x.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test("extract writes one record with every field, and spans slice back")
    func extractRecord() throws {
        let root = try folder(["a.txt": Array(Self.article.utf8)])
        defer { TemporaryFiles.remove(root) }
        let result = try Warta.run(["extract", "--published", "2020-07-09", root + "/a.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(result.jsonLines.first)
        for field in ["id", "published", "title", "url", "dateline", "sentences", "related", "credits", "quotes", "figures",
                      "dates", "organisations", "persons", "warnings"] {
            #expect(record.keys.contains(field), "missing \(field)")
        }
        #expect(record["id"] as? String == "a")
        #expect(record["published"] as? String == "2020-07-09")
        let scalars = Array(Self.article.unicodeScalars)
        let sentences = try #require(record["sentences"] as? [[String: Any]])
        #expect(sentences.count == 3)
        for sentence in sentences {
            let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == sentence["text"] as? String)
        }
        let dateline = try #require(record["dateline"] as? [String: Any])
        #expect(dateline["text"] as? String == "Jakarta (ANTARA) -")
        #expect((record["related"] as? [[String: Any]])?.first?["text"] as? String == "APD buatan Indonesia siap diekspor")
    }

    @Test("a bad file is reported with its byte offset, the batch goes on, and the exit status is 1")
    func invalidUTF8InBatch() throws {
        let root = try folder([
            "1-good.txt": Array("Harga naik.".utf8),
            "2-bad.txt": [0x48, 0x61, 0xC0, 0xAF, 0x2E],
            "3-good.txt": Array("Harga turun.".utf8),
        ])
        defer { TemporaryFiles.remove(root) }
        let result = try Warta.run(["extract", root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2-bad.txt") && result.stderr.contains("byte 2"))
        #expect(result.jsonLines.map { $0["id"] as? String } == ["1-good", "3-good"])
    }

    @Test("--lossy repairs invalid UTF-8 and records a warning")
    func lossy() throws {
        let result = try Warta.run(["extract", "--lossy", "-"], input: [0x48, 0x61, 0xFF, 0x2E])
        #expect(result.status == 0)
        let warnings = try #require(result.jsonLines.first?["warnings"] as? [[String: Any]])
        #expect(warnings.first?["code"] as? String == "invalid-utf8")
    }

    @Test("an empty file gives an empty record, binary junk is refused")
    func emptyAndBinary() throws {
        let root = try folder(["empty.txt": [], "junk.txt": (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }])
        defer { TemporaryFiles.remove(root) }
        let result = try Warta.run(["extract", root + "/empty.txt", root + "/junk.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("junk.txt") && result.stderr.contains("binary"))
        let record = try #require(result.jsonLines.first)
        #expect((record["sentences"] as? [Any])?.isEmpty == true)
        #expect((record["warnings"] as? [[String: Any]])?.first?["code"] as? String == "empty-input")
    }

    @Test("JSONL: good lines are written, bad lines are named by line number")
    func jsonl() throws {
        let input = """
            {"id": "a", "text": "Harga naik.", "published": "2020-07-09"}
            not json
            {"id": "b"}
            {"id": 7, "text": "Harga turun."}
            """
        let result = try Warta.run(["extract", "-"], input: Array(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("stdin:2") && result.stderr.contains("stdin:3"))
        #expect(result.jsonLines.map { $0["id"] as? String } == ["a", "7"])
        #expect(result.jsonLines.first?["published"] as? String == "2020-07-09")
    }

    @Test("a missing input is an error naming it; the rest is still written")
    func missingFile() throws {
        let root = try folder(["a.txt": Array("Harga naik.".utf8)])
        defer { TemporaryFiles.remove(root) }
        let result = try Warta.run(["extract", root + "/nope.txt", root + "/a.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nope.txt"))
        #expect(result.jsonLines.count == 1)
    }

    @Test("output is byte-identical whatever --jobs is")
    func jobsDeterministic() throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<40 { files["n\(index).txt"] = Array((Self.article + "\nNomor \(index).").utf8) }
        let root = try folder(files)
        defer { TemporaryFiles.remove(root) }
        let one = try Warta.run(["extract", "--jobs", "1", root])
        let two = try Warta.run(["extract", "--jobs", "2", root])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.jsonLines.count == 40)
        #expect(one.stdoutBytes == two.stdoutBytes)
    }

    @Test("--format json writes one array")
    func jsonArray() throws {
        let result = try Warta.run(["extract", "--format", "json", "-"], input: Array("Harga naik.".utf8))
        let array = try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]]
        #expect(array?.count == 1)
    }

    @Test("tokenize jsonl: code-point offsets slice the input")
    func tokenize() throws {
        let text = "“Kafé” naik Rp 5.000 (14,68%) — #KitaBelaKitaBeli"
        let result = try Warta.run(["tokenize", "-"], input: Array(text.utf8))
        #expect(result.status == 0)
        let scalars = Array(text.unicodeScalars)
        let tokens = result.jsonLines
        #expect(tokens.map { $0["text"] as? String } == ["“", "Kafé", "”", "naik", "Rp 5.000", "(", "14,68%", ")", "—", "#KitaBelaKitaBeli"])
        for token in tokens {
            let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"] as? String)
        }
    }

    @Test("sentences tsv leaves out dateline, related links and credits")
    func sentences() throws {
        let result = try Warta.run(["sentences", "--format", "tsv", "-"], input: Array(Self.article.utf8))
        #expect(result.status == 0)
        #expect(result.lines.count == 4)
        #expect(result.lines[1].hasSuffix("\tKementerian Komunikasi dan Informatika meluncurkan kampanye, Kamis."))
    }

    @Test("a copied binary still works (lexicons are embedded), and --lexicons extends them")
    func relocatedAndOverride() throws {
        let root = TemporaryFiles.folder("moved")
        defer { TemporaryFiles.remove(root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // Copied by `cp`, not in this process: a file open for writing here would be inherited by
        // any child another test thread starts meanwhile, and Linux will not execute it (ETXTBSY).
        let copy = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: [Repository.wartaExecutable, root + "/warta"])
        copy.waitUntilExit()
        try #require(copy.terminationStatus == 0)
        let text = Array("Dia tinggal di Jln. Merdeka.".utf8)
        let moved = try Warta.run(["tokenize", "--format", "tsv", "-"], input: text, executable: root + "/warta")
        #expect(moved.status == 0)
        #expect(moved.stdout.contains("\tabbreviation\tJln."))
        try TemporaryFiles.write(root + "/lex/abbreviations.tsv", "# source: test\n# licence: CC0-1.0\n# format: x\nMerdeka.\tgeneral\tx\n")
        let overridden = try Warta.run(["tokenize", "--format", "tsv", "--lexicons", root + "/lex", "-"], input: text, executable: root + "/warta")
        #expect(overridden.stdout.contains("\tabbreviation\tMerdeka."))
        let missing = try Warta.run(["tokenize", "--lexicons", root + "/nowhere", "-"], input: text)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("lexicon directory not found"))
    }
}
