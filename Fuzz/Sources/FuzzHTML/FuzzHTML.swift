import CLibFuzzer
import WartaInput

/// One reader for the whole run (fuzzing is single-threaded).
nonisolated(unsafe) let reader = try! HTMLArticleReader()

/// The HTML reader on arbitrary bytes: never crashes or hangs; a page either throws
/// `HTMLInputError` or gives text of non-empty lines without blank ones; the same bytes give the
/// same article twice; the fragment reader and `looksLikeHTML` take the same bytes as text.
@_cdecl("FuzzHTML_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzHTML(data!, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let first = try? reader.read(bytes, url: "https://contoh.id/a")
    let second = try? reader.read(bytes, url: "https://contoh.id/a")
    if first != second { fatalError("invariant broken: the same page read twice differs") }
    if let article = first, !article.text.isEmpty {
        for line in article.text.split(separator: "\n", omittingEmptySubsequences: false) where line.isEmpty || line.first == " " || line.last == " " {
            fatalError("invariant broken: empty or untrimmed line in \(article.text.debugDescription)")
        }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = reader.readFragment(text)
    _ = HTMLArticleReader.looksLikeHTML(bytes)
    return 0
}
