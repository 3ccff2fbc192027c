import Testing
@testable import WartaStemmer

/// Every row of the affix table carries an example; the stemmer must reproduce it, and for
/// prefix rows the winning analysis must use that very row.
@Suite struct AffixTableTests {
    @Test(arguments: AffixTable.prefixes.indices)
    func prefixRowExample(_ index: Int) {
        let rule = AffixTable.prefixes[index]
        let analysis = sharedStemmer.analyze(rule.example.word)
        #expect(analysis.root == rule.example.root, "\(rule.id): \(rule.example.word) -> \(analysis.summary)")
        #expect(analysis.rules.contains(rule.id) || analysis.source == .exception, "\(rule.id) not used: \(analysis.summary)")
    }

    @Test(arguments: AffixTable.suffixes.indices)
    func suffixRowExample(_ index: Int) {
        let rule = AffixTable.suffixes[index]
        let analysis = sharedStemmer.analyze(rule.example.word)
        #expect(analysis.root == rule.example.root, "\(rule.id) -\(rule.surface): \(rule.example.word) -> \(analysis.summary)")
        let removed = analysis.suffixes + [analysis.possessive, analysis.particle].compactMap { $0 }
        #expect(removed.contains { $0.surface == rule.surface && $0.rule == rule.id }, "\(rule.id) -\(rule.surface) not used: \(analysis.summary)")
    }

    @Test func ruleIDsNameTheirSource() {
        for rule in AffixTable.prefixes + AffixTable.suffixes {
            #expect(["CS-", "ECS-", "NA-", "W-"].contains { rule.id.hasPrefix($0) }, "\(rule.id)")
        }
    }

    @Test func forbiddenConfixesAreNeverChosen() {
        for word in ["dimakanan", "kebukui", "memakanan"] {
            let analysis = sharedStemmer.analyze(word)
            let outer = analysis.prefixes.first?.morpheme
            let suffix = analysis.suffixes.last?.morpheme
            if let outer = outer.flatMap(Morpheme.init(rawValue:)), let suffix = suffix.flatMap(Morpheme.init(rawValue:)),
               let forbidden = AffixTable.forbiddenConfixes[outer] {
                #expect(!forbidden.contains(suffix), "\(analysis.summary)")
            }
        }
    }
}
