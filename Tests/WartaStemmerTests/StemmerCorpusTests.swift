import Testing
import WartaStemmer

/// The corpus is the test: every `word<TAB>root` line of `Corpus/stemmer/*.tsv`.
/// Prints accuracy per file and only the mismatches.
@Suite struct StemmerCorpusTests {
    static let overallTarget = 0.985
    static let perFileTarget = 0.95

    @Test func corpusFilesAreWellFormed() {
        let (files, problems) = loadStemCorpus()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(files.values.reduce(0) { $0 + $1.count } >= 1_500)
    }

    @Test func accuracyOnEveryList() {
        let (files, _) = loadStemCorpus()
        var total = 0
        var correct = 0
        for name in files.keys.sorted() {
            let cases = files[name]!
            var mismatches: [String] = []
            for item in cases {
                let root = sharedStemmer.stem(item.word)
                if root == item.root { correct += 1 } else {
                    mismatches.append("  \(item.word)\texpected \(item.root)\tgot \(root)\t\(sharedStemmer.analyze(item.word).summary)")
                }
            }
            total += cases.count
            let accuracy = Double(cases.count - mismatches.count) / Double(max(cases.count, 1))
            print("stemmer corpus \(name): \(cases.count - mismatches.count)/\(cases.count) = \(percent(accuracy))")
            for line in mismatches { print(line) }
            #expect(accuracy >= Self.perFileTarget, "\(name): \(percent(accuracy)) below \(percent(Self.perFileTarget))")
        }
        let accuracy = Double(correct) / Double(max(total, 1))
        print("stemmer corpus overall: \(correct)/\(total) = \(percent(accuracy))")
        #expect(accuracy >= Self.overallTarget, "overall \(percent(accuracy)) below \(percent(Self.overallTarget))")
    }

    private func percent(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 10
        return "\(scaled)%"
    }
}
