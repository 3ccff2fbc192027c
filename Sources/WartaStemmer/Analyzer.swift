/// Generates every analysis of one lowercase word that the affix table allows and keeps the
/// best-scoring one. Works on byte buffers with fixed-size paths: the uncached path allocates
/// nothing per candidate.
struct Analyzer: Sendable {
    let box: LexiconBox
    /// Borrowed, not copied: copying the struct would retain each of its arrays.
    var lexicon: StemmerLexicon { _read { yield box.data } }
    let scorer: AnalysisScorer
    /// Per prefix row: false when an option switches it off.
    let enabledPrefixRows: [Bool]
    let loans: [Int]
    let options: StemmerOptions

    init(box: LexiconBox, scorer: AnalysisScorer, options: StemmerOptions) {
        self.box = box
        self.scorer = scorer
        self.options = options
        enabledPrefixRows = AffixTable.prefixes.map { rule in
            switch rule.id {
            case "W-menge", "W-penge": options.mengePrefixes
            case "W-men-tr", "W-pem-p": options.clusterPrefixes
            case "W-ketidak": options.ketidak
            default: true
            }
        }
        loans = options.loanwordSuffixes ? Analyzer.loanOptions : [-1]
    }

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
        /// Index of the prefix rule whose `restore` letters precede the root, or -1.
        var restore: Int8 = -1
        /// Index into the lexicon's word table (a root, or an exception key when `viaException`).
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

        var affixCount: Int {
            prefixCount + (derivational >= 0 ? 1 : 0) + (loan >= 0 ? 1 : 0) + (partialReduplication ? 1 : 0)
        }

        /// False for the analysis that takes the word as its own root.
        @inline(__always)
        var removesSomething: Bool { affixCount > 0 || possessive >= 0 || particle >= 0 }
    }

    static let prefixRestores: [[UInt8]] = AffixTable.prefixes.map { Array($0.restore.utf8) }
    static let suffixRestores: [[UInt8]] = AffixTable.suffixes.map { Array($0.restore.utf8) }
    static let particleOptions = [-1] + AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .particle }
    static let possessiveOptions = [-1] + AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .possessive }
    static let derivationalOptions = [-1] + AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .derivational }
    static let loanOptions = [-1] + AffixTable.suffixes.indices.filter { AffixTable.suffixes[$0].morpheme.slot == .loan }
    /// Per suffix slot (particle, possessive, derivational, loan): the letters its spellings end
    /// in, as a bit mask, so a slot whose letters cannot end the word is skipped at once.
    static let slotLastLetters: [UInt32] = [particleOptions, possessiveOptions, derivationalOptions, loanOptions].map { rows in
        rows.dropFirst().reduce(0) { mask, row in mask | (1 << UInt32(AffixTable.suffixes[row].surface.utf8.last! - 0x61)) }
    }

    /// The options of one suffix slot that can apply before `end`: all of them when the slot's
    /// letters can end the word there, else only "none" (-1, always first).
    @inline(__always)
    static func slot(_ options: UnsafeBufferPointer<Int>, _ mask: UInt32, _ word: UnsafeBufferPointer<UInt8>, _ end: Int) -> UnsafeBufferPointer<Int> {
        let last = word[end - 1]
        guard last >= 0x61 && last <= 0x7A, mask & (1 << UInt32(last - 0x61)) != 0 else {
            return UnsafeBufferPointer(rebasing: options[0..<1])
        }
        return options
    }

    /// The most letters an analysis can take off a word: three prefixes, one suffix per slot and a
    /// partially reduplicated syllable.
    static let longestAffixes: Int = {
        let prefix = AffixTable.prefixes.map(\.surface.utf8.count).max() ?? 0
        let suffixes = [particleOptions, possessiveOptions, derivationalOptions, loanOptions].map { rows in
            rows.dropFirst().map { AffixTable.suffixes[$0].surface.utf8.count }.max() ?? 0
        }
        return 3 * prefix + suffixes.reduce(0, +) + 2
    }()

    /// Shortest root the analyser will propose.
    static let minimumRoot = 2

    /// The best analysis of `word`, or nil when no analysis reaches a known root.
    func best(_ word: [UInt8]) -> Path? {
        let table = CompiledRules.prefixTable
        let particleList = Analyzer.particleOptions, possessiveList = Analyzer.possessiveOptions
        let derivationalList = Analyzer.derivationalOptions, loanList = self.loans
        let masks = Analyzer.slotLastLetters
        let (m0, m1, m2, m3) = (masks[0], masks[1], masks[2], masks[3])
        // Borrow every buffer once per word: the loops below then run without reference counting.
        return particleList.withUnsafeBufferPointer { particles in
        possessiveList.withUnsafeBufferPointer { possessives in
        derivationalList.withUnsafeBufferPointer { derivationals in
        loanList.withUnsafeBufferPointer { loans in
        word.withUnsafeBufferPointer { w in
        table.rows.withUnsafeBufferPointer { rows in
        table.bytes.withUnsafeBufferPointer { pool in
        table.order.withUnsafeBufferPointer { order in
        table.buckets.withUnsafeBufferPointer { buckets in
        CompiledRules.suffixes.withUnsafeBufferPointer { suffixRows in
        CompiledRules.suffixBytes.withUnsafeBufferPointer { suffixPool in
        enabledPrefixRows.withUnsafeBufferPointer { enabled in
        lexicon.words.withView { words in
        lexicon.isRoot.withUnsafeBufferPointer { isRoot in
        lexicon.exception.withUnsafeBufferPointer { exception in
            var walk = Walk(word: w, rows: rows, pool: pool, order: order, buckets: buckets, enabled: enabled, options: options,
                            words: words, isRoot: isRoot, exception: exception,
                            suffixRows: suffixRows, suffixPool: suffixPool, box: box, scorer: scorer)
            let n = w.count
            var path = Path()
            for particle in Analyzer.slot(particles, m0, w, n) {
                let end1 = particle < 0 ? n : walk.cut(n, particle)
                guard end1 >= Analyzer.minimumRoot else { continue }
                path.particle = Int8(particle)
                for possessive in Analyzer.slot(possessives, m1, w, end1) {
                    let end2 = possessive < 0 ? end1 : walk.cut(end1, possessive)
                    guard end2 >= Analyzer.minimumRoot else { continue }
                    path.possessive = Int8(possessive)
                    for derivational in Analyzer.slot(derivationals, m2, w, end2) {
                        let end3 = derivational < 0 ? end2 : walk.cut(end2, derivational)
                        guard end3 >= Analyzer.minimumRoot else { continue }
                        path.derivational = Int8(derivational)
                        for loan in Analyzer.slot(loans, m3, w, end3) {
                            let end4 = loan < 0 ? end3 : walk.cut(end3, loan)
                            guard end4 >= Analyzer.minimumRoot else { continue }
                            path.loan = Int8(loan)
                            path.prefixCount = 0
                            path.rootEnd = end4
                            walk.explore(start: 0, path: path)
                        }
                    }
                }
            }
            return walk.best.score > -.infinity ? walk.best : nil
        }}}}}}}}}}}}}}}
    }

    /// The state of one word's analysis: buffers over the word and the compiled rules.
    struct Walk {
        let word: UnsafeBufferPointer<UInt8>
        let rows: UnsafeBufferPointer<CompiledRules.Prefix>
        let pool: UnsafeBufferPointer<UInt8>
        let order: UnsafeBufferPointer<Int>
        let buckets: UnsafeBufferPointer<Int>
        let enabled: UnsafeBufferPointer<Bool>
        let options: StemmerOptions
        let words: ByteTableView
        let isRoot: UnsafeBufferPointer<Bool>
        let exception: UnsafeBufferPointer<Int32>
        let suffixRows: UnsafeBufferPointer<CompiledRules.Suffix>
        let suffixPool: UnsafeBufferPointer<UInt8>
        let box: LexiconBox
        /// Borrowed, not copied: copying the struct would retain each of its arrays.
        var lexicon: StemmerLexicon { _read { yield box.data } }
        let scorer: AnalysisScorer
        var best = Path()

        /// The end of the body once suffix row `row` is removed from `word[..<end]`, or -1.
        @inline(__always)
        func cut(_ end: Int, _ row: Int) -> Int {
            let suffix = suffixRows[row]
            let start = end - suffix.surfaceLength
            guard start >= Analyzer.minimumRoot else { return -1 }
            for i in 0..<suffix.surfaceLength where word[start + i] != suffixPool[suffix.surfaceStart + i] { return -1 }
            return start
        }

        mutating func explore(start: Int, path: Path) {
            var path = path
            path.rootStart = start
            path.restore = -1
            consider(path: path, left: UnsafeBufferPointer(start: nil, count: 0))
            guard path.prefixCount < 3 else { return }
            let end = path.rootEnd
            let first = word[start]
            var outerInner: UInt16 = 0xFFFF
            var forbidden: UInt8 = 0
            if path.prefixCount > 0 {
                outerInner = options.stackingLimits ? rows[path.prefixRule(path.prefixCount - 1)].innerMask : 0xFFFF
            } else if path.derivational >= 0 && options.forbiddenConfixes {
                forbidden = 1 << UInt8(suffixRows[Int(path.derivational)].derivational)
            }
            guard end - start >= 3 else { return }
            let second = word[start + 1], third = word[start + 2]
            guard Analyzer.isLetter(first), Analyzer.isLetter(second) else { return }
            let two = Int(first - 0x61) * 26 + Int(second - 0x61)
            let three = Analyzer.isLetter(third) ? 676 + two * 26 + Int(third - 0x61) : -1
            let shortRows = buckets[two]..<buckets[two + 1]
            let longRows = three >= 0 ? buckets[three]..<buckets[three + 1] : 0..<0
            for k in shortRows { tryPrefix(order[k], path: path, start: start, end: end, outerInner: outerInner, forbidden: forbidden) }
            for k in longRows { tryPrefix(order[k], path: path, start: start, end: end, outerInner: outerInner, forbidden: forbidden) }
        }

        @inline(__always)
        mutating func tryPrefix(_ index: Int, path: Path, start: Int, end: Int, outerInner: UInt16, forbidden: UInt8) {
                let rule = rows[index]
                guard enabled[index], outerInner & (1 << UInt16(rule.morpheme)) != 0,
                      rule.forbiddenSuffixMask & forbidden == 0 else { return }
                let after = start + rule.surfaceLength
                guard end - after + rule.restoreLength >= Analyzer.minimumRoot, after < end else { return }
                for i in 1..<rule.surfaceLength where word[start + i] != pool[rule.surfaceStart + i] { return }
                guard condition(rule.condition, after, end) else { return }
                var next = path
                next.push(index)
                if rule.restoreLength == 0 {
                    explore(start: after, path: next)
                } else {
                    next.rootStart = after
                    next.restore = Int8(index)
                    consider(path: next, left: UnsafeBufferPointer(rebasing: pool[rule.restoreStart..<(rule.restoreStart + rule.restoreLength)]))
                }
        }

        /// Scores the candidate root `left + word[rootStart..<rootEnd] + loan restore` if known.
        mutating func consider(path: Path, left: UnsafeBufferPointer<UInt8>) {
            var candidate = path
            var right = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            if path.loan >= 0 {
                let suffix = suffixRows[Int(path.loan)]
                if suffix.restoreLength > 0 {
                    right = UnsafeBufferPointer(rebasing: suffixPool[suffix.restoreStart..<(suffix.restoreStart + suffix.restoreLength)])
                }
            }
            let range = path.rootStart..<path.rootEnd
            if let index = words.index(left: left, word: word, range: range, right: right) {
                let exception = self.exception[index]
                if exception >= 0 && path.removesSomething {
                    candidate.root = Int(exception)
                    candidate.viaException = true
                    candidate.score = scorer.score(candidate, rows: rows, suffixRows: suffixRows)
                    if candidate.score > best.score { best = candidate }
                    return
                }
                if isRoot[index] {
                    candidate.root = index
                    candidate.viaException = false
                    candidate.score = scorer.score(candidate, rows: rows, suffixRows: suffixRows)
                    if candidate.score > best.score { best = candidate }
                }
            }
            // Partial reduplication (dwipurwa): Ce + root starting with C (`pepohonan`).
            let s = path.rootStart
            if options.partialReduplication, left.isEmpty && right.isEmpty, path.rootEnd - s >= 5, word[s] == word[s + 2], word[s + 1] == 0x65,
               !Analyzer.isVowel(word[s]),
               let index = words.index(left: left, word: word, range: (s + 2)..<path.rootEnd, right: right),
               isRoot[index] {
                candidate.root = index
                candidate.viaException = false
                candidate.partialReduplication = true
                candidate.rootStart = s + 2
                candidate.score = scorer.score(candidate, rows: rows, suffixRows: suffixRows)
                if candidate.score > best.score { best = candidate }
            }
        }

        @inline(__always)
        func letterBit(_ byte: UInt8) -> UInt32 {
            byte >= 0x61 && byte <= 0x7A ? 1 << UInt32(byte - 0x61) : 0
        }

        func condition(_ condition: CompiledRules.Condition, _ at: Int, _ end: Int) -> Bool {
            let first = word[at]
            let second: UInt8 = at + 1 < end ? word[at + 1] : 0
            let consonant = Analyzer.isLetter(first) && !Analyzer.isVowel(first)
            let followedByER = second == 0x65 && at + 2 < end && word[at + 2] == 0x72
            switch condition.kind {
            case .any: return true
            case .vowel: return Analyzer.isVowel(first)
            case .consonantNotR: return consonant && first != 0x72
            case .oneOf: return condition.letters & letterBit(first) != 0
            case .oneOfThenVowel: return condition.letters & letterBit(first) != 0 && Analyzer.isVowel(second)
            case .consonantThenER: return consonant && condition.letters & letterBit(first) == 0 && followedByER
            case .consonantNotER: return consonant && condition.letters & letterBit(first) == 0 && !followedByER
            case .pKept:
                return first == 0x70 && ((Analyzer.isVowel(second) && second != 0x65) || second == 0x6C || second == 0x72)
            case .text:
                guard end - at >= condition.textLength else { return false }
                for i in 0..<condition.textLength where word[at + i] != pool[condition.textStart + i] { return false }
                return true
            case .monosyllable:
                // One vowel, or a diphthong (ai, au, oi): `bom`, `cat`, `pel`; not `luar`.
                guard consonant else { return false }
                var vowels = 0
                var previous: UInt8 = 0
                for i in at..<end where Analyzer.isVowel(word[i]) {
                    let diphthong = vowels == 1 && (word[i] == 0x69 || word[i] == 0x75)
                        && (previous == 0x61 || previous == 0x6F) && word[i - 1] == previous
                    if !diphthong { vowels += 1 }
                    previous = word[i]
                }
                return vowels == 1
            }
        }
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
}
