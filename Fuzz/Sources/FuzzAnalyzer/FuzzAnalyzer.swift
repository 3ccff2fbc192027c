import CLibFuzzer
import FuzzSupport
import Warta

/// The whole pipeline (layout, tokens, sentences and every extractor): no crash, every span of
/// the record slices back, the record encodes to JSON, and the same input gives the same record.
@_cdecl("FuzzAnalyzer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzAnalyzer(data!, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = Fuzz.source(data, size)
    let published = CivilDate(year: 2020, month: 7, day: 9)
    guard let record = try? Fuzz.analyzer.analyze(source, published: published, id: "fuzz") else { fatalError("analyze threw") }
    Fuzz.requireRecordSpans(record, in: source)
    guard let json = try? RecordJSON.encodeBytes(record) else { fatalError("record does not encode") }
    let again = try? RecordJSON.encodeBytes(Fuzz.analyzer.analyze(source, published: published, id: "fuzz"))
    Fuzz.require(again == json, "analysing twice gives a different record")
    return 0
}
