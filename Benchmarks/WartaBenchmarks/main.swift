// Warta's throughput benchmark (build with -c release). Generates Antara-style text from the
// bundled corpus articles (numbers varied so no two copies are equal), then measures bare ICU
// iteration, the tokenizer, the sentence splitter and the whole extract pipeline on it.
//
//   swift run -c release WartaBenchmarks [--mb 50] [--corpus FILE] [--write-corpus FILE] [--jobs 2] [--runs 3]
// Each measurement is run --runs times and the fastest run is reported (the least disturbed by
// other work on the machine).
import Dispatch
import FoundationEssentials
import Warta
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

struct Options {
    var megabytes = 50
    var corpus: String?
    var writeCorpus: String?
    var jobs = 2
    var only: String?
    var runs = 3
    var types: Set<String>?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--mb": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--corpus": corpus = iterator.next()
            case "--write-corpus": writeCorpus = iterator.next()
            case "--jobs": jobs = Int(iterator.next() ?? "") ?? jobs
            case "--only": only = iterator.next()
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--types": types = Set((iterator.next() ?? "").split(separator: ",").map(String.init))
            default:
                print("usage: WartaBenchmarks [--mb N] [--corpus FILE] [--write-corpus FILE] [--jobs N] [--runs N] [--only tokenizer|sentences|pipeline] [--types dates,quotes,...]")
                exit(2)
            }
        }
    }
}

/// The fastest of `runs` timings of `body`, in seconds: the least disturbed by other work on the machine.
func fastest(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = now()
        try body()
        best = min(best, now() - start)
    }
    return best
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func peakRSSMegabytes() -> Double {
    guard let data = FileManager.default.contents(atPath: "/proc/self/status") else { return 0 }
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        return (Double(String(digits)) ?? 0) / 1024
    }
    return 0
}

/// Bundled corpus articles with their numbers varied, repeated until `megabytes` is reached.
/// Articles are separated by a blank line; `articles` lists each article's byte range.
func generateCorpus(megabytes: Int) -> (bytes: [UInt8], articles: [Range<Int>]) {
    let folder = "Corpus/articles"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    var templates = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { Array($0) } }
    if templates.isEmpty {
        templates = [Array("Jakarta (ANTARA) - Harga cabai naik 14,68 persen menjadi Rp 45.000 per kilogram, kata Kepala BPS, Kamis.\n".utf8)]
    }
    var bytes: [UInt8] = []
    var articles: [Range<Int>] = []
    let target = megabytes * 1_000_000
    var generator = SystemRandomNumberGenerator()
    var copy = 0
    while bytes.count < target {
        let template = templates[copy % templates.count]
        copy += 1
        let start = bytes.count
        for byte in template {
            // Vary digits so repeated articles differ (keeps caches honest).
            if byte >= 0x31 && byte <= 0x39 { bytes.append(UInt8.random(in: 0x31...0x39, using: &generator)) } else { bytes.append(byte) }
        }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        articles.append(start..<bytes.count)
        bytes.append(0x0A)
    }
    return (bytes, articles)
}

func report(_ name: String, bytes: Int, seconds: Double, units: Int, unitName: String) {
    let mb = Double(bytes) / 1e6 / seconds
    let rate = Double(units) / seconds
    let rateText = rate >= 1e6 ? "\(String(format2: rate / 1e6)) M" : "\(Int(rate.rounded()))"
    print("\(name.padding(30)) \(String(format2: mb)) MB/s   \(rateText) \(unitName)/s   (\(String(format2: seconds)) s)")
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    init(format2 value: Double) {
        let scaled = (value * 100).rounded() / 100
        self = String(scaled)
    }
}

let options = Options(CommandLine.arguments)
let corpus: (bytes: [UInt8], articles: [Range<Int>])
if let path = options.corpus, let data = FileManager.default.contents(atPath: path) {
    let bytes = Array(data)
    var articles: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0A && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
            articles.append(start..<index + 1)
            start = index + 2
            index += 2
            continue
        }
        index += 1
    }
    if start < bytes.count { articles.append(start..<bytes.count) }
    corpus = (bytes, articles)
} else {
    corpus = generateCorpus(megabytes: options.megabytes)
}
if let path = options.writeCorpus {
    try Data(corpus.bytes).write(to: URL(fileURLWithPath: path))
    print("wrote \(corpus.bytes.count) bytes, \(corpus.articles.count) articles to \(path)")
    exit(0)
}
let size = corpus.bytes.count
print("Warta benchmark: \(String(format2: Double(size) / 1e6)) MB, \(corpus.articles.count) articles, release build: \(!_isDebugAssertConfiguration())")

let tokenizer = try Tokenizer()
let splitter = try SentenceSplitter()
try corpus.bytes.withUnsafeBufferPointer { buffer in
    if options.only == nil || options.only == "tokenizer" {
        // Bare ICU word-break iteration over UTF-8, counting non-space segments.
        var segments = 0
        let iterator = try BreakIterator(.word)
        let icuSeconds = try fastest(options.runs) {
            segments = 0
            var previous = 0
            try iterator.forEachBatch(in: buffer, statuses: false) { offsets, _ in
                for offset in offsets {
                    if !ByteSpace.isSpace(buffer[previous]) { segments += 1 }
                    previous = Int(offset)
                }
            }
        }
        report("ICU word breaks (bare)", bytes: size, seconds: icuSeconds, units: segments, unitName: "segments")

        var tokens = 0
        let tokenSeconds = try fastest(options.runs) {
            tokens = 0
            try tokenizer.tokenize(buffer) { _ in tokens += 1 }
        }
        report("Warta tokenizer", bytes: size, seconds: tokenSeconds, units: tokens, unitName: "tokens")
        print("  tokenizer / bare ICU time: \(String(format2: tokenSeconds / icuSeconds))x")
    }
    if options.only == nil || options.only == "sentences" {
        let iterator = try BreakIterator(.sentence)
        var breaks = 0
        let icuSeconds = try fastest(options.runs) {
            breaks = 0
            try iterator.forEachBatch(in: buffer, statuses: false) { offsets, _ in breaks += offsets.count }
        }
        report("ICU sentence breaks (bare)", bytes: size, seconds: icuSeconds, units: breaks, unitName: "sentences")
        var sentences = 0
        let splitSeconds = try fastest(options.runs) { sentences = try splitter.sentences(in: buffer, range: 0..<buffer.count).count }
        report("Warta sentence splitter", bytes: size, seconds: splitSeconds, units: sentences, unitName: "sentences")
    }
}

// The pipeline: analysis plus the JSON record bytes, as `warta extract` writes them.
if options.only == nil || options.only == "pipeline" {
    let analyzer = try Analyzer(types: options.types)
    let label = options.types.map { " (--types " + $0.sorted().joined(separator: ",") + ")" } ?? ""
    let texts = corpus.articles.map { SourceText(validatedBytes: Array(corpus.bytes[$0])) }
    let bytesDone = texts.reduce(0) { $0 + $1.byteCount }
    for jobs in Set([1, options.jobs]).sorted() {
        let seconds = try fastest(options.runs) {
            if jobs == 1 {
                for text in texts {
                    let record = try analyzer.analyze(text)
                    _ = try RecordJSON.encodeBytes(record)
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                    var index = worker
                    while index < texts.count {
                        if let record = try? analyzer.analyze(texts[index]) { _ = try? RecordJSON.encodeBytes(record) }
                        index += jobs
                    }
                }
            }
        }
        report("extract pipeline\(label), \(jobs) job(s)", bytes: bytesDone, seconds: seconds, units: texts.count, unitName: "articles")
    }
}
print("peak RSS: \(String(format2: peakRSSMegabytes())) MB")

enum ByteSpace {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
