extension Resolution {
    /// The full analysis for `word` (the original spelling).
    func analysis(of word: String, stemmer: Stemmer) -> StemAnalysis {
        let lexicon = stemmer.lexicon
        let root = stemmer.root(of: self)
        switch self {
        case .exception(_, let index):
            return StemAnalysis(word: word, root: root, inDictionary: true, source: .exception,
                                rules: ["EX-" + lexicon.exceptionKind[index]])
        case .name:
            return StemAnalysis(word: word, root: root, inDictionary: false, source: .name, rules: ["W-name"])
        case .untouched:
            return StemAnalysis(word: word, root: root, inDictionary: lexicon.words.index(of: Array(root.utf8)).map { lexicon.isRoot[$0] } ?? false, source: .untouched)
        case .unknown(let bytes, let end):
            let removed = String(decoding: bytes[end...], as: UTF8.self)
            return StemAnalysis(word: word, root: root, inDictionary: false, source: .unknown,
                                rules: removed.isEmpty ? [] : ["W-unknown-clitic"])
        case .reduplication(_, let kind, let inner):
            let base = inner.analysis(of: word, stemmer: stemmer)
            return StemAnalysis(word: word, root: base.root, prefixes: base.prefixes, suffixes: base.suffixes,
                                possessive: base.possessive, particle: base.particle, reduplication: kind,
                                inDictionary: base.inDictionary, source: base.source,
                                rules: ["W-redup-" + kind] + base.rules, score: base.score)
        case .path(let bytes, let path):
            return pathAnalysis(word: word, root: root, bytes: bytes, path: path, lexicon: lexicon)
        case .continued(let outer, let inner):
            // The outer analysis's affixes stand outside the inner one's: ber+[peluang] and
            // peN+[luang] give ber+peN+[luang]. A clitic slot the outer analysis filled keeps it.
            let first = outer.analysis(of: word, stemmer: stemmer)
            let second = inner.analysis(of: first.root, stemmer: stemmer)
            return StemAnalysis(word: word, root: root, prefixes: first.prefixes + second.prefixes,
                                suffixes: second.suffixes + first.suffixes,
                                possessive: first.possessive ?? second.possessive, particle: first.particle ?? second.particle,
                                reduplication: first.reduplication ?? second.reduplication,
                                inDictionary: second.inDictionary, source: second.source,
                                rules: first.rules + ["W-restem"] + second.rules, score: first.score)
        }
    }

    private func pathAnalysis(word: String, root: String, bytes: [UInt8], path: Analyzer.Path, lexicon: StemmerLexicon) -> StemAnalysis {
        func affix(_ rule: AffixRule, surface: String? = nil) -> StemAnalysis.Affix {
            StemAnalysis.Affix(morpheme: rule.morpheme.rawValue, surface: surface ?? rule.surface, rule: rule.id)
        }
        var rules: [String] = []
        var particle: StemAnalysis.Affix?
        var possessive: StemAnalysis.Affix?
        var suffixes: [StemAnalysis.Affix] = []
        if path.particle >= 0 {
            let rule = AffixTable.suffixes[Int(path.particle)]
            particle = affix(rule); rules.append(rule.id)
        }
        if path.possessive >= 0 {
            let rule = AffixTable.suffixes[Int(path.possessive)]
            possessive = affix(rule); rules.append(rule.id)
        }
        if path.derivational >= 0 {
            let rule = AffixTable.suffixes[Int(path.derivational)]
            suffixes.append(affix(rule)); rules.append(rule.id)
        }
        if path.loan >= 0 {
            let rule = AffixTable.suffixes[Int(path.loan)]
            suffixes.insert(affix(rule), at: 0); rules.append(rule.id)
        }
        var prefixes: [StemAnalysis.Affix] = []
        for i in 0..<path.prefixCount {
            let rule = AffixTable.prefixes[path.prefixRule(i)]
            prefixes.append(affix(rule)); rules.append(rule.id)
        }
        if path.partialReduplication {
            let s = path.rootStart - 2
            prefixes.append(StemAnalysis.Affix(morpheme: "redup", surface: String(decoding: bytes[s..<(s + 2)], as: UTF8.self), rule: "W-redup-partial"))
            rules.append("W-redup-partial")
        }
        if path.viaException { rules.append("EX-" + lexicon.exceptionKind[path.root]) }
        return StemAnalysis(word: word, root: root, prefixes: prefixes, suffixes: suffixes, possessive: possessive,
                            particle: particle, reduplication: path.partialReduplication ? "partial" : nil,
                            inDictionary: true, source: path.viaException ? .exception : .analysis,
                            rules: rules, score: path.score)
    }
}
