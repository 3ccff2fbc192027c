import FoundationEssentials
import WartaStemmer

/// The shared stemmer for all tests (loading it once keeps the suite fast).
let sharedStemmer: Stemmer = {
    do { return try Stemmer() } catch { fatalError("stemmer lexicons: \(error)") }
}()

/// `Corpus/stemmer/` in this checkout, found from this file's path.
let stemmerCorpusDirectory: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path + "/Corpus/stemmer"
}()

/// One `word<TAB>root` case and where it came from.
struct StemCase: Sendable, CustomStringConvertible {
    let file: String
    let line: Int
    let word: String
    let root: String
    var description: String { "\(file):\(line) \(word)" }
}

/// Every case file of the stemmer corpus, parsed; problems with the file itself are returned as errors.
func loadStemCorpus() -> (files: [String: [StemCase]], problems: [String]) {
    var files: [String: [StemCase]] = [:]
    var problems: [String] = []
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: stemmerCorpusDirectory)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
    if names.isEmpty { problems.append("no .tsv files in \(stemmerCorpusDirectory)") }
    for name in names {
        guard let data = FileManager.default.contents(atPath: stemmerCorpusDirectory + "/" + name),
              let text = String(data: data, encoding: .utf8) else {
            problems.append("\(name): unreadable"); continue
        }
        var header = Set<String>()
        var cases: [StemCase] = []
        var seen = Set<String>()
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            if raw.hasPrefix("#") {
                for key in ["source", "licence", "format"] where raw.hasPrefix("# \(key):") { header.insert(key) }
                continue
            }
            if raw.isEmpty { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                problems.append("\(name):\(line): expected word<TAB>root, got \(raw)"); continue
            }
            if !seen.insert(String(fields[0])).inserted { problems.append("\(name):\(line): duplicate \(fields[0])") }
            cases.append(StemCase(file: name, line: line, word: String(fields[0]), root: String(fields[1])))
        }
        if header.count < 3 { problems.append("\(name): header lacks # source:, # licence: or # format:") }
        files[name] = cases
    }
    return (files, problems)
}
