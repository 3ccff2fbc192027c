/// Generates every analysis of one lowercase word that the affix table allows and keeps the
/// best-scoring one. Works on bytes with fixed-size paths, so the uncached path allocates only
/// the result.
struct Analyzer {
    let lexicon: StemmerLexicon
    let scorer: AnalysisScorer

    /// One analysis: which rows were applied, where the root lies in the word, what was restored.
    struct Path {
        var prefixRules: (Int8, Int8, Int8) = (-1, -1, -1)
        var prefixCount = 0
        var particle: Int8 = -1
        var possessive: Int8 = -1
        var derivational: Int8 = -1
        var loan: Int8 = -1
        var rootStart = 0
        var rootEnd = 0
        var restore: Int8 = -1  // index of the prefix rule whose `restore` letters precede the root
        /// Root table index, or exception index when `viaException`.
        var root = -1
        var viaException = false
        var partialReduplication = false
        var score: Float = -.infinity

        func prefixRule(_ index: Int) -> Int {
            switch index {
            case 0: Int(prefixRules.0)
            case 1: Int(prefixRules.1)
            default: Int(prefixRules.2)
            }
        }

        mutating func push(_ rule: Int) {
            switch prefixCount {
            case 0: prefixRules.0 = Int8(rule)
            case 1: prefixRules.1 = Int8(rule)
            default: prefixRules.2 = Int8(rule)
            }
            prefixCount += 1
        }
    }

    static let prefixSurfaces: [[UInt8]] = AffixTable.prefixes.map { Array($0.surface.utf8) }
    static let prefixRestores: [[UInt8]] = AffixTable.prefixes.map { Array($0.restore.utf8) }
    static let suffixSurfaces: [[UInt8]] = AffixTable.suffixes.map { Array($0.surface.utf8) }
    static let suffixRestores: [[UInt8]] = AffixTable.suffixes.map { Array($0.restore.utf8) }
    static let particleOptions = [-1] + particleRows
    static let possessiveOptions = [-1] + possessiveRows
    static let derivationalOptions = [-1] + derivationalRows
    static let loanOptions = [-1] + loanRows
    static let particleRows = AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .particle }
    static let possessiveRows = AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .possessive }
    static let derivationalRows = AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .derivational }
    static let loanRows = AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .loan }
    /// Shortest root the analyser will propose.
    static let minimumRoot = 2

    /// The best analysis of `word`, or nil when no analysis reaches a known root.
    func best(_ word: [UInt8]) -> Path? {
        var best = Path()
        let n = word.count
        var path = Path()
        for particle in Analyzer.particleOptions {
            let end1 = particle < 0 ? n : cut(word, n, particle)
            guard end1 >= Analyzer.minimumRoot else { continue }
            path.particle = Int8(particle)
            for possessive in Analyzer.possessiveOptions {
                let end2 = possessive < 0 ? end1 : cut(word, end1, possessive)
                guard end2 >= Analyzer.minimumRoot else { continue }
                path.possessive = Int8(possessive)
                for derivational in Analyzer.derivationalOptions {
                    let end3 = derivational < 0 ? end2 : cut(word, end2, derivational)
                    guard end3 >= Analyzer.minimumRoot else { continue }
                    path.derivational = Int8(derivational)
                    for loan in Analyzer.loanOptions {
                        let end4 = loan < 0 ? end3 : cut(word, end3, loan)
                        guard end4 >= Analyzer.minimumRoot else { continue }
                        path.loan = Int8(loan)
                        path.prefixCount = 0
                        path.rootEnd = end4
                        explore(word, start: 0, path: path, best: &best)
                    }
                }
            }
        }
        return best.score > -.infinity ? best : nil
    }

    /// The end of the body once suffix row `row` is removed from `word[..<end]`, or -1.
    @inline(__always)
    private func cut(_ word: [UInt8], _ end: Int, _ row: Int) -> Int {
        let surface = Analyzer.suffixSurfaces[row]
        guard end - surface.count >= Analyzer.minimumRoot else { return -1 }
        var i = end - surface.count
        for byte in surface {
            if word[i] != byte { return -1 }
            i += 1
        }
        return end - surface.count
    }

    private func explore(_ word: [UInt8], start: Int, path: Path, best: inout Path) {
        var path = path
        path.rootStart = start
        path.restore = -1
        consider(word, path: path, restore: Analyzer.noBytes, best: &best)
        guard path.prefixCount < 3 else { return }
        let end = path.rootEnd
        let outer = path.prefixCount > 0 ? AffixTable.prefixes[path.prefixRule(path.prefixCount - 1)].morpheme : nil
        for (index, rule) in AffixTable.prefixes.enumerated() {
            let surface = Analyzer.prefixSurfaces[index]
            let after = start + surface.count
            guard end - after >= Analyzer.minimumRoot - rule.restore.utf8.count,
                  word[start] == surface[0], starts(word, at: start, with: surface),
                  matches(rule.next, word, after, end) else { continue }
            if let outer {
                guard AffixTable.innerPrefixes[outer]?.contains(rule.morpheme) == true else { continue }
            } else if path.derivational >= 0,
                      AffixTable.forbiddenConfixes[rule.morpheme]?.contains(AffixTable.suffixes[Int(path.derivational)].morpheme) == true {
                continue
            }
            var next = path
            next.push(index)
            if rule.restore.isEmpty {
                explore(word, start: after, path: next, best: &best)
            } else {
                next.rootStart = after
                next.restore = Int8(index)
                consider(word, path: next, restore: Analyzer.prefixRestores[index], best: &best)
            }
        }
    }

    @inline(__always)
    private func starts(_ word: [UInt8], at start: Int, with surface: [UInt8]) -> Bool {
        guard start + surface.count <= word.count else { return false }
        for i in 0..<surface.count where word[start + i] != surface[i] { return false }
        return true
    }

    static let noBytes: [UInt8] = []

    /// Scores the root candidate `restore + word[rootStart..<rootEnd] + loan restore` if it is a known root.
    private func consider(_ word: [UInt8], path: Path, restore: [UInt8], best: inout Path) {
        var candidate = path
        let right = path.loan >= 0 ? Analyzer.suffixRestores[Int(path.loan)] : Analyzer.noBytes
        let plain = restore.isEmpty && right.isEmpty
        let body: [UInt8] = plain ? [] : restore + word[path.rootStart..<path.rootEnd] + right
        if let exception = plain ? lexicon.exceptions.index(of: word[path.rootStart..<path.rootEnd]) : lexicon.exceptions.index(of: body),
           path.prefixCount + (path.derivational >= 0 ? 1 : 0) + (path.loan >= 0 ? 1 : 0) + (path.possessive >= 0 ? 1 : 0) + (path.particle >= 0 ? 1 : 0) > 0 {
            candidate.root = exception
            candidate.viaException = true
            candidate.score = scorer.score(candidate, word: word)
            if candidate.score > best.score { best = candidate }
            return
        }
        let root = plain ? lexicon.roots.index(of: word[path.rootStart..<path.rootEnd]) : lexicon.roots.index(of: body)
        if let root {
            candidate.root = root
            candidate.viaException = false
            candidate.score = scorer.score(candidate, word: word)
            if candidate.score > best.score { best = candidate }
        }
        // Partial reduplication (dwipurwa): Ce + root starting with C (`pepohonan`, `lelaki`).
        let s = path.rootStart
        if plain, path.rootEnd - s >= 5, word[s] == word[s + 2], word[s + 1] == UInt8(ascii: "e"),
           !isVowel(word[s]), let root = lexicon.roots.index(of: word[(s + 2)..<path.rootEnd]) {
            candidate.root = root
            candidate.viaException = false
            candidate.partialReduplication = true
            candidate.rootStart = s + 2
            candidate.score = scorer.score(candidate, word: word)
            if candidate.score > best.score { best = candidate }
        }
    }

    @inline(__always)
    func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    private func matches(_ next: Next, _ word: [UInt8], _ at: Int, _ end: Int) -> Bool {
        guard at < end else { return false }
        let first = word[at]
        let second: UInt8 = at + 1 < end ? word[at + 1] : 0
        switch next {
        case .any:
            return true
        case .vowel:
            return isVowel(first)
        case .consonantNotR:
            return !isVowel(first) && first != UInt8(ascii: "r") && isLetter(first)
        case .oneOf(let letters):
            return letters.utf8.contains(first)
        case .oneOfThenVowel(let letters):
            return letters.utf8.contains(first) && isVowel(second)
        case .consonantThenER(let except):
            return !isVowel(first) && isLetter(first) && !except.utf8.contains(first)
                && second == UInt8(ascii: "e") && at + 2 < end && word[at + 2] == UInt8(ascii: "r")
        case .consonantNotER(let except):
            return !isVowel(first) && isLetter(first) && !except.utf8.contains(first)
                && !(second == UInt8(ascii: "e") && at + 2 < end && word[at + 2] == UInt8(ascii: "r"))
        case .pKept:
            return first == UInt8(ascii: "p") && ((isVowel(second) && second != UInt8(ascii: "e")) || second == UInt8(ascii: "l") || second == UInt8(ascii: "r"))
        case .text(let text):
            return starts(word, at: at, with: Array(text.utf8))
        case .monosyllable:
            // One vowel, or a diphthong (ai, au, oi): `bom`, `cat`, `pel`; not `luar`.
            guard !isVowel(first) else { return false }
            var vowels = 0
            var previous: UInt8 = 0
            for i in at..<end where isVowel(word[i]) {
                let diphthong = vowels == 1 && (word[i] == UInt8(ascii: "i") || word[i] == UInt8(ascii: "u"))
                    && (previous == UInt8(ascii: "a") || previous == UInt8(ascii: "o")) && word[i - 1] == previous
                if !diphthong { vowels += 1 }
                previous = word[i]
            }
            return vowels == 1
        }
    }

    @inline(__always)
    func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
}
