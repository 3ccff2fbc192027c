import Dispatch
import Warta

// Builds and drops analysers repeatedly, each analysing articles from several threads (so the
// break-iterator pools clone ICU iterators), for `scripts/leaks.sh` to run under valgrind: every
// ICU handle must be closed when its analyser goes away.
let rounds = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 3 : 3
let texts = [
    "Jakarta (ANTARA) - Harga cabai naik 5% menjadi Rp 50.000 per kilogram, kata Menteri Johnny G. Plate.\nBaca juga: Judul\nPewarta: Ahmad",
    "\"Kita harus mampu,\" kata dia di Jl. Merdeka. Kunjungi https://kominfo.go.id atau humas@kominfo.go.id.",
    "Kafé 😀 مرحبا kupu-kupu 1.250.000,50 ke-3 #KitaBelaKitaBeli",
]
/// One slot per worker, each written by its worker only.
final class Counts: @unchecked Sendable {
    private let slots = UnsafeMutableBufferPointer<Int>.allocate(capacity: 4)
    init() { slots.initialize(repeating: 0) }
    deinit { slots.deallocate() }
    func add(_ value: Int, at worker: Int) { slots[worker] += value }
    var total: Int { slots.reduce(0, +) }
}

var total = 0
for _ in 0..<rounds {
    let analyzer = try Analyzer()
    let counts = Counts()
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
        for text in texts { counts.add((try? analyzer.analyze(text: text).sentences.count) ?? 0, at: worker) }
    }
    total += counts.total
}
print("rounds \(rounds), sentences \(total)")
