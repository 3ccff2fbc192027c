import Foundation
import Testing
import _WartaTestSupport
import WartaLexicons
import WartaStemmer

/// `Lexicons/roots/hunspell-id.tsv` is generated; when hunspell-id and hunspell are installed,
/// regenerating it must give the committed file.
@Suite struct GeneratedRootsTests {
    static let available = FileManager.default.fileExists(atPath: "/usr/share/hunspell/id_ID.dic")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/hunspell")

    @Test(.enabled(if: available))
    func rootListIsFresh() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Lexicons/tools/build-roots.py").path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let generated = Warta.readAll(out.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        let committed = try Data(contentsOf: root.appendingPathComponent("Lexicons/roots/hunspell-id.tsv"))
        #expect(generated == committed, "roots/hunspell-id.tsv is stale: run python3 Lexicons/tools/build-roots.py > Lexicons/roots/hunspell-id.tsv")
    }

    @Test func lexiconDirectoryOverridesEmbeddedFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-stem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("stemmer"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let exceptions = "# test\n# source: test\n# licence: CC0-1.0\n# format: word<TAB>root<TAB>kind\nberbasis\tbas\ttest\n"
        try Data(exceptions.utf8).write(to: directory.appendingPathComponent("stemmer/exceptions.tsv"))
        let stemmer = try Stemmer(lexicons: LexiconStore(overridingWith: directory.path))
        #expect(stemmer.stem("berbasis") == "bas")
        #expect(stemmer.stem("meluncurkan") == "luncur")
    }
}
