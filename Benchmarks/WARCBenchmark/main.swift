import WartaInput

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

// Times reading a WARC file without analysing the articles: gzip members, WARC records, HTTP
// bodies, and with --html the HTML reader on every page too (one core). Prints MB/s of the file
// as stored and as decompressed WARC, and pages/s.
//   WARCBenchmark [--html] FILE.warc[.gz]
var arguments = Array(CommandLine.arguments.dropFirst())
let withHTML = arguments.first == "--html"
if withHTML { arguments.removeFirst() }
guard let path = arguments.first else {
    print("usage: WARCBenchmark [--html] FILE.warc[.gz]")
    exit(2)
}
let html = try HTMLArticleReader()
let clock = ContinuousClock()
let started = clock.now
var pages = 0, textBytes = 0, problems = 0, bodyBytes = 0
let reader = try WARCReader(try FileByteSource(path: path))
while let item = try reader.next() {
    switch item {
    case .page(let page):
        pages += 1
        bodyBytes += page.body.count
        if withHTML, let article = try? html.read(page.body, url: page.targetURI, contentType: page.contentType) {
            textBytes += article.text.utf8.count
        }
    case .problem:
        problems += 1
    }
}
let elapsed = clock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
var info = stat()
stat(path, &info)
let stored = Double(info.st_size) / 1e6
func rate(_ value: Double) -> String { String(Int((value * 10).rounded()) / 10) + "." + String(Int((value * 10).rounded()) % 10) }
print("\(withHTML ? "read + HTML" : "read only  "): \(pages) pages, \(problems) problems, \(reader.counts.records) records in \(rate(seconds)) s: "
      + "\(rate(stored / seconds)) MB/s stored, \(rate(Double(reader.inputOffsetDecompressed) / 1e6 / seconds)) MB/s WARC, \(Int(Double(pages) / seconds)) pages/s"
      + (withHTML ? ", \(textBytes / 1_000_000) MB of text" : ""))
