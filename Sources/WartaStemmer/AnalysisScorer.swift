/// Chooses between analyses. Sastrawi returns the first dictionary hit, which is how `berbasis`
/// becomes `bas`; Warta scores every analysis instead. The score adds up, in log-like units:
///
/// - the root's plausibility: its weight in `stemmer/root-weights.tsv` (frequent roots up, rare
///   homographs such as `bas`, `rang`, `gera` down) and its productivity (how many affix
///   combinations hunspell-id licenses for it);
/// - whether hunspell-id licenses this very affix combination for this root;
/// - the affix combination's prior from `stemmer/affix-priors.tsv` (`meN-kan` is common, a bare
///   `-i` or the proclitic `ku-` rare);
/// - a bonus for the analysis that removes nothing but clitics (smaller for dictionary entries
///   that hunspell itself derives from another root), and a cost per removed affix, so that a
///   word that is itself a root stays one;
/// - penalties for very short roots.
struct AnalysisScorer: Sendable {
    let box: LexiconBox
    /// Borrowed, not copied: copying the struct would retain each of its arrays.
    var lexicon: StemmerLexicon { _read { yield box.data } }
    var options = StemmerOptions.all

    static let wholeWordBonus: Float = 4
    /// Whole-word bonus for an entry hunspell also derives from another root (`perangkat`).
    static let derivedEntryBonus: Float = 1
    static let affixCost: Float = 0.5
    static let cliticCost: Float = 0.5
    static let licensedBonus: Float = 2.5
    static let unlicensedPenalty: Float = -1
    static let exceptionBonus: Float = 10
    /// Bonus for `menge-`/`penge-`, which only occur before one-syllable roots (`mengebom`).
    static let mengeBonus: Float = 1.5
    /// Shortest root a loanword suffix attaches to: `-is` needs five letters (`agamis`), so that
    /// `manis` is not `mani` + `-is`.
    static let minimumLoanBase: [Morpheme: Int] = [.is: 5, .isme: 3, .isasi: 4]
    static let minimumLoanBaseByRow: [Int] = AffixTable.suffixes.map { minimumLoanBase[$0.morpheme] ?? 4 }

    func score(_ path: Analyzer.Path, rows: UnsafeBufferPointer<CompiledRules.Prefix>, suffixRows: UnsafeBufferPointer<CompiledRules.Suffix>) -> Float {
        var score: Float = 0
        let affixes = path.affixCount
        let clitics = (path.particle >= 0 ? 1 : 0) + (path.possessive >= 0 ? 1 : 0)
        score -= AnalysisScorer.cliticCost * Float(clitics)
        score -= AnalysisScorer.affixCost * Float(affixes)
        if path.viaException {
            return score + AnalysisScorer.exceptionBonus + (affixes == 0 ? AnalysisScorer.wholeWordBonus : 0)
        }
        let root = path.root
        if affixes == 0 {
            score += lexicon.derivedEntry[root] ? AnalysisScorer.derivedEntryBonus : AnalysisScorer.wholeWordBonus
        }
        score += lexicon.weight[root]
        let licences = Int(lexicon.licenceCount[root])
        if options.hunspellLicences { score += licences == 0 ? -0.5 : Float(min(licences, 12)) * 0.08 }

        var length = path.rootEnd - path.rootStart
        if path.restore >= 0 { length += rows[Int(path.restore)].restoreLength }
        if path.loan >= 0 { length += suffixRows[Int(path.loan)].restoreLength }
        if length <= 2 { score -= 3 } else if length == 3 { score -= 1 }

        var p0 = 10, p1 = 10, p2 = 10
        for i in 0..<path.prefixCount {
            let rule = rows[path.prefixRule(i)]
            switch i {
            case 0: p0 = rule.morpheme
            case 1: p1 = rule.morpheme
            default: p2 = rule.morpheme
            }
            if rule.isMenge { score += AnalysisScorer.mengeBonus }
        }
        if path.prefixCount > 0 || path.derivational >= 0 {
            let d = path.derivational >= 0 ? suffixRows[Int(path.derivational)].derivational + 1 : 0
            let key = CompiledRules.signatureKey(p0, p1, p2, d)
            score += lexicon.prior[key]
            if !options.hunspellLicences {
                // Without licences every combination counts as possible.
            } else if lexicon.licenses(root, signature: key) {
                score += AnalysisScorer.licensedBonus
            } else if licences > 0 {
                score += AnalysisScorer.unlicensedPenalty
            }
        }
        if path.loan >= 0 {
            if length < AnalysisScorer.minimumLoanBaseByRow[Int(path.loan)] { score -= 5 }
            score += lexicon.loanPrior[Int(path.loan)]
        }
        return score
    }
}
