import Foundation
import Testing
import _WartaTestSupport

/// `warta extract --types` as a user runs it, in every output format: what a chosen field says
/// never depends on which other fields were chosen. For each non-empty subset of the five types,
/// the output is byte for byte what `warta render` writes from the full pipeline's records with
/// the other fields emptied (and the subset of all five checks that round trip itself).
@Suite("--types in every format")
struct TypesFormatTests {
    static let types = ["dates", "figures", "organisations", "persons", "quotes"]
    static let formats = ["jsonl", "json", "csv", "tsv", "conll", "displacy", "html", "brat"]
    /// Articles that between them fill every field (quotes with speakers, figures, dates, bodies).
    static let articles = ["b05-hukum-kpk-ott-bupati", "a19-teknologi-bts-4g-bakti", "a01-ekonomi-inflasi-oktober"]

    static let subsets: [[String]] = (1..<(1 << types.count)).map { mask in
        types.indices.filter { mask & (1 << $0) != 0 }.map { types[$0] }
    }

    /// The three articles in a folder of their own, and the full pipeline's records of them.
    static let setup: (folder: String, lines: [String]) = {
        let folder = TemporaryFiles.folder("types")
        for id in articles {
            try! TemporaryFiles.write("\(folder)/in/\(id).txt", Repository.read("Corpus/articles/\(id).txt"))
        }
        let full = try! Warta.run(["extract", "--include-text", "--published", "2022-02-10", "\(folder)/in"])
        precondition(full.status == 0, full.stderr)
        return (folder, full.lines)
    }()

    /// Every file under `folder`, by relative path.
    static func contents(of folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }

    @Test("the fields chosen are those of the full pipeline, in every format", arguments: subsets)
    func subsetMatchesFullPipeline(chosen: [String]) throws {
        let (folder, lines) = Self.setup
        let records = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == Self.articles.count)
        for type in Self.types {
            #expect(records.contains { !(($0[type] as? [Any]) ?? []).isEmpty }, "the articles have \(type)")
        }
        let name = chosen.joined(separator: "-")
        let filtered = records.map { record in
            var record = record
            for type in Self.types where !chosen.contains(type) { record[type] = [Any]() }
            return String(decoding: try! JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        }
        let recordsFile = "\(folder)/\(name).jsonl"
        try TemporaryFiles.write(recordsFile, filtered.joined(separator: "\n") + "\n")
        for format in Self.formats {
            var expectedArguments = ["render", "--format", format, recordsFile]
            var actualArguments = ["extract", "--types", chosen.joined(separator: ","), "--format", format,
                                   "--published", "2022-02-10", "\(folder)/in"]
            let brat = (expected: "\(folder)/brat-\(name)/render", actual: "\(folder)/brat-\(name)/extract")
            if format == "brat" {
                expectedArguments += ["--output-dir", brat.expected]
                actualArguments += ["--output-dir", brat.actual]
            }
            let expected = try Warta.run(expectedArguments)
            let actual = try Warta.run(actualArguments)
            #expect(expected.status == 0 && actual.status == 0, "\(format): \(expected.stderr) \(actual.stderr)")
            #expect(actual.stdoutBytes == expected.stdoutBytes, "--types \(chosen.joined(separator: ",")) --format \(format) differs from the full pipeline's fields")
            if format == "brat" {
                let (want, got) = (Self.contents(of: brat.expected), Self.contents(of: brat.actual))
                #expect(!got.isEmpty && got == want, "--types \(chosen.joined(separator: ",")) brat files differ")
            }
        }
    }
}
