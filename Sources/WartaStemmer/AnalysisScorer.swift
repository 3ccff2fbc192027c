/// Chooses between analyses. Sastrawi returns the first dictionary hit, which is how `berbasis`
/// becomes `bas`; Warta scores every analysis instead. The score adds up, in log-like units:
///
/// - the root's plausibility: its weight in `stemmer/root-weights.tsv` (frequent roots up, rare
///   homographs such as `bas`, `rang`, `gera` down) and its productivity (how many affix
///   combinations hunspell-id licenses for it);
/// - whether hunspell-id licenses this very affix combination for this root;
/// - the affix combination's prior from `stemmer/affix-priors.tsv` (`meN-kan` is common, a bare
///   `-i` or the proclitic `ku-` rare);
/// - a bonus for the analysis that removes nothing but clitics, and a cost per removed affix,
///   so that a word that is itself a root stays one;
/// - penalties for very short roots.
struct AnalysisScorer: Sendable {
    let lexicon: StemmerLexicon
    let unknownSignaturePrior: Float = -1.5

    static let wholeWordBonus: Float = 4
    static let affixCost: Float = 0.5
    static let cliticCost: Float = 0.5
    static let licensedBonus: Float = 2.5
    static let unlicensedPenalty: Float = -1
    static let exceptionBonus: Float = 10
    /// Whole-word bonus for an entry hunspell also derives from another root.
    static let derivedEntryBonus: Float = 1
    /// Bonus for `menge-`/`penge-`, which only occur before one-syllable roots (`mengebom`).
    static let mengeBonus: Float = 1.5
    static let mengeRuleFlags: [Bool] = AffixTable.prefixes.map { ["W-menge", "W-penge"].contains($0.id) }

    func score(_ path: Analyzer.Path, word: [UInt8]) -> Float {
        var score: Float = 0
        let affixes = path.prefixCount + (path.derivational >= 0 ? 1 : 0) + (path.loan >= 0 ? 1 : 0)
            + (path.partialReduplication ? 1 : 0)
        let clitics = (path.particle >= 0 ? 1 : 0) + (path.possessive >= 0 ? 1 : 0)
        score -= AnalysisScorer.cliticCost * Float(clitics)
        score -= AnalysisScorer.affixCost * Float(affixes)
        if path.viaException { return score + AnalysisScorer.exceptionBonus + (affixes == 0 ? AnalysisScorer.wholeWordBonus : 0) }

        let root = path.root
        if affixes == 0 {
            score += lexicon.derivedEntry[root] ? AnalysisScorer.derivedEntryBonus : AnalysisScorer.wholeWordBonus
        }
        for i in 0..<path.prefixCount where AnalysisScorer.mengeRuleFlags[path.prefixRule(i)] {
            score += AnalysisScorer.mengeBonus
        }
        score += lexicon.weight[root]
        let licences = Int(lexicon.licenceCount[root])
        score += licences == 0 ? -0.5 : Float(min(licences, 12)) * 0.08
        let length = path.rootEnd - path.rootStart + (path.restore >= 0 ? AffixTable.prefixes[Int(path.restore)].restore.utf8.count : 0)
            + (path.loan >= 0 ? AffixTable.suffixes[Int(path.loan)].restore.utf8.count : 0)
        if length <= 2 { score -= 3 } else if length == 3 { score -= 1 }

        if path.prefixCount > 0 || path.derivational >= 0 {
            let code = signature(path)
            if let code {
                if lexicon.hasPrior[code] { score += lexicon.prior[code] } else { score += unknownSignaturePrior }
                if lexicon.licenses(root: root, signature: code) {
                    score += AnalysisScorer.licensedBonus
                } else if licences > 0 {
                    score += AnalysisScorer.unlicensedPenalty
                }
            } else {
                score += unknownSignaturePrior + (licences > 0 ? AnalysisScorer.unlicensedPenalty : 0)
            }
        }
        if path.loan >= 0 {
            let loan = AffixTable.suffixes[Int(path.loan)].morpheme
            if length < AnalysisScorer.minimumLoanBase[loan, default: 4] { score -= 5 }
            if let code = lexicon.signatures.index(of: ("*" + loan.rawValue).utf8), lexicon.hasPrior[code] {
                score += lexicon.prior[code]
            } else {
                score += unknownSignaturePrior
            }
        }
        return score
    }

    /// Shortest root a loanword suffix attaches to: `-is` needs five letters (`agamis`), so that
    /// `manis` is not `mani` + `-is`.
    static let minimumLoanBase: [Morpheme: Int] = [.is: 5, .isme: 3, .isasi: 4]

    /// The signature of `path` (`di+per-kan`), as an index into the lexicon's signature table.
    func signature(_ path: Analyzer.Path) -> Int? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for i in 0..<path.prefixCount {
            if i > 0 { bytes.append(UInt8(ascii: "+")) }
            bytes.append(contentsOf: AffixTable.prefixes[path.prefixRule(i)].morpheme.rawValue.utf8)
        }
        if path.derivational >= 0 {
            bytes.append(UInt8(ascii: "-"))
            bytes.append(contentsOf: AffixTable.suffixes[Int(path.derivational)].morpheme.rawValue.utf8)
        }
        return lexicon.signatures.index(of: bytes)
    }
}
