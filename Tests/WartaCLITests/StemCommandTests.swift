import Foundation
import Testing
import _WartaTestSupport

/// `warta stem` run the way a user runs it: the built binary, its output and exit status.
@Suite struct StemCommandTests {
    /// The `warta` binary next to this test bundle.
    static let binary: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("warta").path
    }()

    static func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let output = Warta.readAll(out.fileHandleForReading.fileDescriptor)
        let error = Warta.readAll(err.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func wordsFromArguments() throws {
        let result = try Self.run(["stem", "meluncurkan", "berbasis", "produk-produk"])
        #expect(result.status == 0)
        #expect(result.out == "meluncurkan\tluncur\nberbasis\tbasis\nproduk-produk\tproduk\n")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func runningTextFromStandardInput() throws {
        let result = try Self.run(["stem"], stdin: "Warga Bekasi menyetujuinya.\ndikurangi\n")
        #expect(result.status == 0)
        #expect(result.out == "Warga\twarga\nBekasi\tBekasi\nmenyetujuinya\tsetuju\ndikurangi\tkurang\n")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func explainAndJSONLines() throws {
        let explained = try Self.run(["stem", "--explain", "mempertimbangkan"])
        #expect(explained.out.hasPrefix("mempertimbangkan\ttimbang\tmeN(mem)+per+[timbang]+kan"))
        #expect(explained.out.contains("rules=NA-S3,CS-12,CS-23"))
        let json = try Self.run(["stem", "--format", "jsonl", "--explain", "bukunya"])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["root"] as? String == "buku")
        #expect((object?["possessive"] as? [String: Any])?["surface"] as? String == "nya")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func badLexiconDirectoryFails() throws {
        let result = try Self.run(["stem", "--lexicons", "/nonexistent-warta-lexicons", "kata"])
        #expect(result.status != 0)
        #expect(result.err.contains("lexicon directory not found"))
    }
}
