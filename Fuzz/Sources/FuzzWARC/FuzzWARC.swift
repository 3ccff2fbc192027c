import CLibFuzzer
import WartaInput

/// The WARC reader (and gzip underneath) on arbitrary bytes: never crashes or hangs; the pages,
/// problems and counts do not depend on chunking, nor on the bytes being one gzip member; every
/// record is counted once.
@_cdecl("FuzzWARC_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzWARC(data!, size) }
}

/// A comparable trace of what the reader gave.
func trace(_ bytes: [UInt8], chunk: Int) -> (items: [String], counts: WARCCounts, error: String?) {
    guard let reader = try? WARCReader(MemoryByteSource(bytes, chunk: chunk), maxBodyBytes: 1 << 16) else {
        return ([], WARCCounts(), "no reader")
    }
    var items: [String] = []
    do {
        while let item = try reader.next() {
            switch item {
            case .page(let page):
                if page.recordNumber < 1 || page.recordNumber > reader.counts.records { fatalError("invariant broken: page record number") }
                items.append("page \(page.recordNumber) \(page.targetURI ?? "-") \(page.body.count) \(page.body.hashValue)")
            case .problem(let number, let message):
                items.append("problem \(number) \(message)")
            }
        }
    } catch {
        return (items, reader.counts, "error")
    }
    return (items, reader.counts, nil)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWARC(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = trace(bytes, chunk: 1 << 16)
    let small = trace(bytes, chunk: 7)
    if whole.items != small.items || whole.counts != small.counts || (whole.error == nil) != (small.error == nil) {
        fatalError("invariant broken: chunking changes what is read")
    }
    let counts = whole.counts
    if counts.pages + counts.skipped + counts.unreadable > counts.records { fatalError("invariant broken: a record counted twice") }
    if bytes.first != 0x1F {
        let gzipped = trace(GzipWriter.member(bytes), chunk: 11)
        if gzipped.items != whole.items || gzipped.counts != whole.counts { fatalError("invariant broken: gzip changes what is read") }
    }
    return 0
}
