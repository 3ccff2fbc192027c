import Testing
import WartaLexicons
@testable import WartaStemmer

/// Measures every departure from the published algorithms: the corpus accuracy with the
/// departure switched off. The printed table is the source of the numbers in `docs/stemmer.md`;
/// the test fails when a departure makes the corpus worse.
@Suite struct DeviationTests {
    @Test func everyDeviationEarnsItsPlace() throws {
        let cases = loadStemCorpus().files.values.joined().map { ($0.word, $0.root) }
        func correct(_ stemmer: Stemmer) -> (Int, Set<String>) {
            var right = 0
            var wrong = Set<String>()
            for (word, root) in cases {
                if stemmer.stem(word) == root { right += 1 } else { wrong.insert(word) }
            }
            return (right, wrong)
        }
        let (baseline, baselineWrong) = correct(try Stemmer(lexicons: .embedded, cacheCapacity: 0, options: .all))
        print("deviation table: all on: \(baseline)/\(cases.count)")
        for (name, path) in StemmerOptions.switches {
            var options = StemmerOptions.all
            options[keyPath: path] = false
            let (right, wrong) = correct(try Stemmer(lexicons: .embedded, cacheCapacity: 0, options: options))
            let broken = wrong.subtracting(baselineWrong).sorted()
            print("deviation table: without \(name): \(right)/\(cases.count) (\(right - baseline >= 0 ? "+" : "")\(right - baseline)); newly wrong e.g. \(broken.prefix(6).joined(separator: ", "))")
            #expect(right <= baseline, "switching off \(name) improves the corpus: the departure is not earning its place")
        }
    }
}
