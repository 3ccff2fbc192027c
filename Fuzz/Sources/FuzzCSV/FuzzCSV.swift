import CLibFuzzer
import WartaInput

/// The CSV/TSV and JSON-array readers on arbitrary bytes: never crash or hang; the items do not
/// depend on how the input is chunked; every row has the header's field count and rows come in
/// line order; rows written back with RFC 4180 quoting read back the same.
@_cdecl("FuzzCSV_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzCSV(data!, size) }
}

func rows(_ bytes: [UInt8], delimiter: UInt8, chunk: Int) -> (header: [String]?, items: [DelimitedReader.Item], error: InputFormatError?) {
    let reader = DelimitedReader(MemoryByteSource(bytes, chunk: chunk), delimiter: delimiter, lossy: true, maxRowBytes: 4096)
    var items: [DelimitedReader.Item] = []
    do {
        while let item = try reader.next() { items.append(item) }
    } catch {
        return (reader.header, items, error)
    }
    return (reader.header, items, nil)
}

func elements(_ bytes: [UInt8], chunk: Int) -> [[UInt8]] {
    let reader = JSONArrayReader(MemoryByteSource(bytes, chunk: chunk), maxElementBytes: 4096)
    var result: [[UInt8]] = []
    while let element = try? reader.next() { result.append(element.bytes) }
    return result
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for delimiter in [UInt8(ascii: ","), 0x09] {
        let whole = rows(bytes, delimiter: delimiter, chunk: 1 << 16)
        let small = rows(bytes, delimiter: delimiter, chunk: 3)
        if whole.items != small.items || whole.header != small.header { fatalError("invariant broken: chunking changes the rows") }
        var lastLine = 0
        var good: [[String]] = []
        for item in whole.items {
            switch item {
            case .row(let row):
                if row.fields.count != whole.header?.count { fatalError("invariant broken: a row with the wrong field count") }
                good.append(row.fields)
                if row.line <= lastLine { fatalError("invariant broken: rows out of line order") }
                lastLine = row.line
            case .malformed(let line, _):
                if line <= 0 { fatalError("invariant broken: a problem without a line") }
            }
        }
        if let header = whole.header, !header.isEmpty {
            let quote = { (field: String) -> String in "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
            let separator = String(UnicodeScalar(delimiter))
            let written = ([header] + good).map { $0.map(quote).joined(separator: separator) }.joined(separator: "\n")
            let again = rows(Array(written.utf8), delimiter: delimiter, chunk: 5)
            let reread = again.items.compactMap { if case .row(let row) = $0 { row.fields } else { nil } }
            // Header names are trimmed when read; compare the rows.
            if reread != good && !header.contains("") { fatalError("invariant broken: quoted rows do not read back") }
        }
    }
    if elements(bytes, chunk: 1 << 16) != elements(bytes, chunk: 2) { fatalError("invariant broken: chunking changes the JSON elements") }
    return 0
}
