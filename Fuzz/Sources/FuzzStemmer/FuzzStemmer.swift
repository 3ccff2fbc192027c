import CLibFuzzer
import FuzzSupport
import Warta

@_cdecl("FuzzStemmer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzStemmer(data!, size) }
}

let stemmer: Stemmer = {
    do { return try Stemmer() } catch { fatalError("cannot load the stemmer: \(error)") }
}()

/// The stemmer on every word of the input and on the input as running text: no trap, the root
/// of a root is itself (idempotence), and the analysis names the same root as `stem`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStemmer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Fuzz.source(data, size).string
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(256) {
        let root = stemmer.stem(word)
        Fuzz.require(stemmer.stem(root) == root, "stem is not idempotent: \(word) -> \(root) -> \(stemmer.stem(root))")
        _ = stemmer.analyze(word)
    }
    _ = stemmer.stemText(text)
    return 0
}
