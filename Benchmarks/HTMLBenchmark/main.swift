import Foundation
import WartaInput

// Main-text extraction over a folder of HTML pages (for Benchmarks/compare-html): reads every
// `*.html` file into memory, extracts each page `--repeat` times on one thread, prints pages per
// second, and writes `{"KEY": "text", ...}` (KEY = file name without .html) to `--output`.
//
//   swift run -c release HTMLBenchmark FOLDER --output texts.json [--repeat 3]

var arguments = Array(CommandLine.arguments.dropFirst())
var output: String? = nil
var repeats = 3
var folder: String? = nil
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--output": output = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--explain":
        let reader = try HTMLArticleReader()
        let bytes = Array(FileManager.default.contents(atPath: arguments.removeFirst()) ?? Data())
        for line in reader._explain(bytes) { print(line) }
        exit(0)
    case "--repeat": repeats = arguments.isEmpty ? 3 : Int(arguments.removeFirst()) ?? 3
    default: folder = argument
    }
}
guard let folder else {
    print("usage: HTMLBenchmark FOLDER [--output FILE.json] [--repeat N]")
    exit(2)
}
let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".html") }.sorted()
let pages: [(key: String, bytes: [UInt8])] = names.map { name in
    (String(name.dropLast(5)), Array(FileManager.default.contents(atPath: folder + "/" + name) ?? Data()))
}
let reader = try HTMLArticleReader()
var texts: [String: String] = [:]
var failures = 0
let clock = ContinuousClock()
var best = Duration.seconds(1_000_000)
for _ in 0..<max(1, repeats) {
    let start = clock.now
    for page in pages {
        do {
            texts[page.key] = try reader.read(page.bytes).text
        } catch {
            failures += 1
            texts[page.key] = ""
        }
    }
    best = min(best, clock.now - start)
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
let megabytes = Double(pages.reduce(0) { $0 + $1.bytes.count }) / 1_000_000
print("pages \(pages.count)  best of \(repeats): \(String(format: "%.3f", seconds)) s  \(String(format: "%.1f", Double(pages.count) / seconds)) pages/s  \(String(format: "%.1f", megabytes / seconds)) MB/s  errors \(failures / max(1, repeats))")
if let output {
    let data = try JSONEncoder().encode(texts)
    _ = FileManager.default.createFile(atPath: output, contents: data)
}
