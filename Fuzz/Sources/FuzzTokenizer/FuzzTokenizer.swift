import CLibFuzzer
import FuzzSupport
import Warta

/// ICU's word iterator, to compare the ASCII shortcut with (fuzzing is single-threaded).
nonisolated(unsafe) let wordIterator = try! BreakIterator(.word)

/// Tokens: in order, not overlapping, inside the input, slicing back; the same twice. Word
/// boundaries from the ASCII shortcut equal ICU's.
@_cdecl("FuzzTokenizer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTokenizer(data!, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = Fuzz.source(data, size)
    let tokenizer = Fuzz.analyzer.tokenizer
    guard let tokens = try? tokenizer.tokenize(source) else { fatalError("tokenize threw") }
    Fuzz.requireOrdered(tokens.map(\.byteRange), in: source, "token")
    for token in tokens.prefix(64) { Fuzz.requireSpan(source.span(bytes: token.byteRange), in: source, "token") }
    Fuzz.require((try? tokenizer.tokenize(source)) == tokens, "tokenizing twice differs")
    let shortcut = try? wordIterator.offsets(in: source.bytes, asciiRules: true)
    Fuzz.require(shortcut == (try? wordIterator.offsets(in: source.bytes, asciiRules: false)),
                 "ASCII word rules differ from ICU")
    return 0
}
