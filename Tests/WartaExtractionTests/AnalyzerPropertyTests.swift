import Testing
import Warta
import _WartaTestSupport

/// Whole-record properties over generated text: every span of every extractor slices back, the
/// same input gives the same record, and one analyser shared by many tasks gives the records a
/// lone caller gets (run under ThreadSanitizer by `scripts/sanitizers.sh`).
@Suite("Analyzer properties over generated text")
struct AnalyzerPropertyTests {
    static let analyzer = try! Analyzer()
    static let samples = TextGenerator.samples(count: 200, maxPieces: 150, seed: 0xA11A)

    @Test("every span in a record slices the input back to its text")
    func spansSliceBack() throws {
        for (seed, text) in Self.samples {
            let source = SourceText(text)
            let record = try Self.analyzer.analyze(source, published: CivilDate(iso: "2020-07-09"), id: "g\(seed)")
            let problems = SpanInvariants.recordSpans(record, source: source)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5)) in \(text.debugDescription)")
        }
    }

    @Test("record sentences tile the body")
    func recordSentences() throws {
        for (seed, text) in Self.samples {
            let source = SourceText(text)
            let record = try Self.analyzer.analyze(source)
            let body = Self.analyzer.layoutReader.read(source).body
            let problems = SpanInvariants.sentencesTile(record.sentences.map(\.byteRange), body: body, source: source)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
        }
    }

    @Test("the same input always gives the same record, byte for byte")
    func deterministic() throws {
        for (seed, text) in Self.samples.prefix(60) {
            let first = try RecordJSON.encodeBytes(Self.analyzer.analyze(text: text, id: "x"))
            let second = try RecordJSON.encodeBytes(Self.analyzer.analyze(text: text, id: "x"))
            #expect(first == second, "seed \(seed)")
        }
    }

    @Test("one analyser shared by many concurrent tasks gives the records a lone caller gets")
    func concurrentSharing() async throws {
        let analyzer = Self.analyzer
        let inputs = Self.samples.prefix(64).map(\.text)
        let expected = try inputs.map { try RecordJSON.encodeBytes(analyzer.analyze(text: $0, id: "c")) }
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for round in 0..<4 {
                for (index, text) in inputs.enumerated() {
                    group.addTask { (index, try RecordJSON.encodeBytes(analyzer.analyze(text: text, id: "c"))) }
                }
                _ = round
            }
            var results: [(Int, [UInt8])] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.count == inputs.count * 4)
        for (index, bytes) in results { #expect(bytes == expected[index], "input \(index)") }
    }
}
