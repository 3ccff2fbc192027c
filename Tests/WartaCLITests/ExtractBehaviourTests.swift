import Foundation
import Testing
import _WartaTestSupport

/// `warta extract` as used in pipelines and long runs: progress, streaming stdin, help, errors.
@Suite("extract in pipelines", .serialized)
struct ExtractBehaviourTests {
    @Test("no progress line when stderr is not a terminal")
    func quietWhenPiped() throws {
        let input = (0..<30).map { "{\"id\":\"\($0)\",\"text\":\"Harga naik \($0) persen.\"}" }.joined(separator: "\n")
        let result = try Warta.run(["extract", "-"], input: Array(input.utf8))
        #expect(result.status == 0 && result.jsonLines.count == 30)
        #expect(result.stderr.isEmpty)
    }

    @Test("a progress line on a terminal (under script(1)), none with --quiet")
    func progressOnTerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let command = "\(Repository.wartaExecutable) extract Corpus/articles > /dev/null"
        let shown = try Warta.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script")
        #expect(shown.stdout.contains("articles ·") && shown.stdout.contains("/s"), "\(shown.stdout)")
        let quiet = try Warta.run(["-qec", command + " --quiet", "/dev/null"], executable: "/usr/bin/script")
        #expect(!quiet.stdout.contains("articles ·"))
    }

    @Test("an article's warning goes to stderr and to its record; --quiet keeps stderr clean; --verbose names each article")
    func warningsAndVerbosity() throws {
        let bytes: [UInt8] = [0x48, 0x61, 0xFF, 0x2E]
        let normal = try Warta.run(["extract", "--lossy", "-"], input: bytes)
        #expect(normal.stderr.contains("warning: stdin: invalid-utf8"))
        #expect((normal.jsonLines.first?["warnings"] as? [[String: Any]])?.first?["code"] as? String == "invalid-utf8")
        let quiet = try Warta.run(["extract", "--lossy", "--quiet", "-"], input: bytes)
        #expect(quiet.stderr.isEmpty && quiet.jsonLines.count == 1)
        let verbose = try Warta.run(["extract", "--verbose", "Corpus/articles/b05-hukum-kpk-ott-bupati.txt"])
        #expect(verbose.stderr.contains("warta: Corpus/articles/b05-hukum-kpk-ott-bupati.txt"))
    }

    @Test("after 20 warnings the rest are counted, not printed (all with --verbose); records keep them all")
    func warningFlood() throws {
        let input = (0..<30).map { "{\"id\":\"\($0)\",\"text\":\"Harga naik.\",\"published\":\"kemarin\"}" }.joined(separator: "\n")
        let result = try Warta.run(["extract", "-"], input: Array(input.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.components(separatedBy: "warta: warning:").count - 1 == 20)
        #expect(result.stderr.contains("30 warning(s) in all, 10 not printed"))
        #expect(result.jsonLines.allSatisfy { ($0["warnings"] as? [Any])?.count == 1 })
        let verbose = try Warta.run(["extract", "--verbose", "-"], input: Array(input.utf8))
        #expect(verbose.stderr.components(separatedBy: "warta: warning:").count - 1 == 30)
    }

    @Test("stdin JSONL keeps line numbers past leading blank lines; blank stdin gives no record")
    func stdinStreaming() throws {
        let result = try Warta.run(["extract", "-"], input: Array("\n\n{\"id\":\"a\",\"text\":\"Harga naik.\"}\nnope\n".utf8))
        #expect(result.status == 1 && result.stderr.contains("stdin:4"))
        #expect(result.jsonLines.map { $0["id"] as? String } == ["a"])
        let blank = try Warta.run(["extract", "-"], input: Array(" \n\n".utf8))
        #expect(blank.status == 0 && blank.stdout.isEmpty)
    }

    @Test("glob patterns and recursive directories, in sorted order")
    func globsAndDirectories() throws {
        let root = TemporaryFiles.folder("glob")
        defer { TemporaryFiles.remove(root) }
        try TemporaryFiles.write(root + "/b.txt", "Harga naik.")
        try TemporaryFiles.write(root + "/a.txt", "Harga turun.")
        try TemporaryFiles.write(root + "/deep/c.jsonl", "{\"id\":\"c\",\"text\":\"Harga tetap.\"}\n")
        try TemporaryFiles.write(root + "/skip.md", "# no")
        #expect(try Warta.run(["extract", root + "/*.txt"]).jsonLines.map { $0["id"] as? String } == ["a", "b"])
        #expect(try Warta.run(["extract", root]).jsonLines.map { $0["id"] as? String } == ["a", "b", "c"])
    }

    @Test("each subcommand's help shows examples", arguments: ["extract", "render", "tokenize", "sentences", "stem", "eval"])
    func help(subcommand: String) throws {
        let result = try Warta.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:") && result.stdout.contains("warta \(subcommand)"))
    }

    @Test("bad values get a usage error naming the choices", arguments: [
        (["extract", "--format", "xml", "-"], "jsonl"),
        (["extract", "--types", "quotess", "-"], "quotes"),
        (["extract", "--jobs", "0", "-"], "at least 1"),
        (["extract", "--output-dir", "/tmp/x", "-"], "brat and html"),
        (["extract", "--outptu-dir", "/tmp/x", "-"], "--output-dir"),
    ])
    func badValues(arguments: [String], mention: String) throws {
        let result = try Warta.run(arguments, input: [])
        #expect(result.status == 64)
        #expect(result.stderr.contains(mention), "\(result.stderr)")
    }
}

/// `--error-records`: one record per input, even for inputs that fail.
@Suite("error records")
struct ErrorRecordTests {
    @Test("a failed line becomes a record with an input-error warning, in its place, and the exit status is 0")
    func errorRecords() throws {
        let input = "{\"id\":\"a\",\"text\":\"Harga naik.\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"Harga turun.\"}\n"
        let result = try Warta.run(["extract", "--error-records", "-"], input: Array(input.utf8))
        #expect(result.status == 0)
        #expect(result.jsonLines.map { $0["id"] as? String } == ["a", "stdin:2", "b", "c"])
        let warning = (result.jsonLines[1]["warnings"] as? [[String: Any]])?.first
        #expect(warning?["code"] as? String == "input-error")
        #expect(result.stderr.contains("stdin:2"))
    }
}

/// Records come out as lines come in, not when the input ends or a batch fills.
@Suite("streaming latency")
struct StreamingLatencyTests {
    @Test("a record is written while standard input is still open")
    func recordBeforeEndOfInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.wartaExecutable)
        process.arguments = ["extract", "--jobs", "2", "-"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data("{\"id\":\"first\",\"text\":\"Harga naik.\"}\n".utf8))
        // Read on another thread; the input stays open until a line arrives or 10 s pass.
        let arrived = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        Thread.detachNewThread {
            while !received.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received.append(chunk)
            }
            arrived.signal()
        }
        let inTime = arrived.wait(timeout: .now() + 10) == .success
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(inTime, "no record within 10 s while the input was open")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("{\"id\":\"first\""))
    }
}
