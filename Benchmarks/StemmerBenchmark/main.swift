// Stemmer benchmark: generates one million tokens of Indonesian-like running text (Zipf-distributed
// function words, roots and affixed forms built from the embedded root list), then stems them
// single-threaded without and with the memo cache. Prints words/s, lexicon load time and peak RSS.
//
// Usage: swift run -c release --scratch-path .build-stem StemmerBenchmark [--tokens N] [--dump-tokens FILE]
import FoundationEssentials
import WartaLexicons
import WartaStemmer

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// CPU time of this thread: on a shared machine (several engineers, 2 cores) wall time mostly
/// measures the neighbours, so rates are reported per CPU-second and per wall-second.
func cpu() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func peakRSSMegabytes() -> Double {
    guard let data = FileManager.default.contents(atPath: "/proc/self/status"),
          let text = String(data: data, encoding: .utf8) else { return -1 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? -1
        return kilobytes / 1024
    }
    return -1
}

var tokenCount = 1_000_000
var dumpPath: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--tokens": tokenCount = Int(arguments.popFirst() ?? "") ?? tokenCount
    case "--dump-tokens": dumpPath = arguments.popFirst()
    default: print("unknown argument \(argument)"); exit(2)
    }
}

// Load time: the first stemmer parses the embedded lexicons.
let loadStart = now(), loadCPUStart = cpu()
let uncached = try Stemmer(cacheCapacity: 0)
let loadMilliseconds = (now() - loadStart) * 1000, loadCPUMilliseconds = (cpu() - loadCPUStart) * 1000
let cached = try Stemmer()

// Running text generator (deterministic).
final class Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}
let generator = Generator()
@MainActor func random() -> UInt64 { generator.next() }
@MainActor func zipf(_ n: Int) -> Int {
    // Inverse-CDF approximation of Zipf(s = 1) over n items.
    let u = Double(random() % 1_000_000 + 1) / 1_000_001
    return min(n - 1, Int(exp(u * log(Double(n)))) - 1)
}
let functionWords = ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
                     "ke", "juga", "karena", "oleh", "ada", "atau", "sudah", "bisa", "kata", "saat", "mereka", "lebih",
                     "tersebut", "telah", "harus", "seperti", "hanya", "bahwa", "kami", "kita", "Presiden", "Jakarta",
                     "Indonesia", "BPS", "Bekasi", "Pemerintah", "menurut", "sebagai"]
let roots = try LexiconStore.embedded.file("roots/hunspell-id.tsv").entries
    .filter { ($0[field: 1]?.split(separator: " ").count ?? 0) >= 6 && !$0.key.contains("-") }.map(\.key)
@MainActor func affixed(_ root: String) -> String {
    let first = root.first!
    let vowel = "aeiou".contains(first)
    let meN: String
    switch first {
    case "b", "f", "v": meN = "mem" + root
    case "p": meN = "mem" + root.dropFirst()
    case "c", "d", "j", "z": meN = "men" + root
    case "t": meN = "men" + root.dropFirst()
    case "s": meN = "meny" + root.dropFirst()
    case "k": meN = "meng" + root.dropFirst()
    case "g", "h": meN = "meng" + root
    case "l", "m", "n", "r", "w", "y": meN = "me" + root
    default: meN = vowel ? "meng" + root : "me" + root
    }
    switch random() % 12 {
    case 0, 1: return root
    case 2: return meN
    case 3: return meN + "kan"
    case 4: return "di" + root + (random() % 2 == 0 ? "kan" : "")
    case 5: return "ber" + root
    case 6: return "pe" + meN.dropFirst(2) + "an"
    case 7: return "ke" + root + "an"
    case 8: return root + "nya"
    case 9: return "ter" + root
    case 10: return root + "-" + root
    default: return meN + "i" + (random() % 3 == 0 ? "nya" : "")
    }
}
// A vocabulary of 40,000 distinct affixed forms, drawn with Zipf frequencies; one word in three is a function word.
var vocabulary: [String] = []
vocabulary.reserveCapacity(40_000)
for _ in 0..<40_000 { vocabulary.append(affixed(roots[Int(random() % UInt64(roots.count))])) }
// The running text is stored as indices into the vocabulary, whose words are Substrings of one
// string (as a tokenizer would hand them over), so the benchmark's own data stays small.
let words = functionWords + vocabulary
let joined = words.joined(separator: " ")
let slices = joined.split(separator: " ", omittingEmptySubsequences: false)
var tokens: [Int32] = []
tokens.reserveCapacity(tokenCount)
for _ in 0..<tokenCount {
    tokens.append(Int32(random() % 3 == 0 ? zipf(functionWords.count) : functionWords.count + zipf(vocabulary.count)))
}
if let dumpPath {
    var dump = ""
    for (i, token) in tokens.enumerated() {
        dump += slices[Int(token)]
        dump += (i % 17 == 16) ? ".\n" : " "
    }
    _ = FileManager.default.createFile(atPath: dumpPath, contents: Data(dump.utf8))
}

@MainActor func run(_ stemmer: Stemmer) -> (seconds: Double, cpuSeconds: Double, checksum: Int) {
    let start = now(), cpuStart = cpu()
    var checksum = 0
    for token in tokens { checksum &+= stemmer.stem(slices[Int(token)]).utf8.count }
    return (now() - start, cpu() - cpuStart, checksum)
}
let (uncachedSeconds, uncachedCPU, checksum1) = run(uncached)
let (coldSeconds, coldCPU, checksum2) = run(cached)
let (warmSeconds, warmCPU, checksum3) = run(cached)
precondition(checksum1 == checksum2 && checksum2 == checksum3, "cached and uncached stems differ")

func fixed(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}
@MainActor func rate(_ cpuSeconds: Double, _ seconds: Double) -> String {
    "\(Int(Double(tokens.count) / cpuSeconds)) words/s (per CPU-second; \(Int(Double(tokens.count) / seconds)) per wall-second)"
}
print("tokens: \(tokens.count) (\(Set(tokens).count) distinct)")
print("lexicon load: \(fixed(loadCPUMilliseconds)) ms CPU, \(fixed(loadMilliseconds)) ms wall (\(uncached.rootCount) roots)")
print("uncached: \(rate(uncachedCPU, uncachedSeconds))")
print("cached (cold cache, first pass): \(rate(coldCPU, coldSeconds))")
print("cached (warm cache): \(rate(warmCPU, warmSeconds))")
print("peak RSS: \(fixed(peakRSSMegabytes())) MB")
