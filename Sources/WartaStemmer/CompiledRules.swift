/// `AffixTable` compiled into plain-data arrays for the hot path: no strings, no reference
/// counting while the analyser walks the rules.
enum CompiledRules {
    /// What must follow a prefix, as bit masks over the letters a-z.
    struct Condition {
        enum Kind: UInt8 { case any, vowel, consonantNotR, oneOf, oneOfThenVowel, consonantThenER, consonantNotER, pKept, text, monosyllable }
        var kind: Kind
        var letters: UInt32 = 0
        var textStart = 0
        var textLength = 0
    }

    /// One prefix row.
    struct Prefix {
        var surfaceStart: Int
        var surfaceLength: Int
        var restoreStart: Int
        var restoreLength: Int
        var morpheme: Int
        var condition: Condition
        /// Bit set of prefix morphemes allowed directly inside this one.
        var innerMask: UInt16
        /// Bit set of derivational morphemes this prefix never combines with (as outermost).
        var forbiddenSuffixMask: UInt8
        var isMenge: Bool
    }

    /// Prefix morphemes in signature order; `none` is `prefixMorphemes.count`.
    static let prefixMorphemes: [Morpheme] = [.meN, .peN, .ber, .di, .ke, .per, .se, .ter, .ku, .kau]
    static let derivationalMorphemes: [Morpheme] = [.i, .kan, .an]

    static func letterMask(_ letters: String) -> UInt32 {
        letters.utf8.reduce(0) { $0 | (1 << UInt32($1 &- 0x61)) }
    }

    /// Prefix rows (in table order), the bytes of every surface, restore and condition text they
    /// point into, and the rows grouped by their first letters: `order[buckets[k]..<buckets[k + 1]]`
    /// are the two-letter spellings with key `k = c1 * 26 + c2` (a = 0) followed, from
    /// `buckets[676 + k3]`, by the longer spellings with key `k3 = (c1 * 26 + c2) * 26 + c3`.
    static let prefixTable: (rows: [Prefix], bytes: [UInt8], order: [Int], buckets: [Int]) = {
        var pool: [UInt8] = []
        func add(_ text: String) -> (Int, Int) {
            let start = pool.count
            pool.append(contentsOf: text.utf8)
            return (start, text.utf8.count)
        }
        var result: [Prefix] = []
        for rule in AffixTable.prefixes {
            let surface = add(rule.surface)
            let restore = add(rule.restore)
            var condition = Condition(kind: .any)
            switch rule.next {
            case .any: condition.kind = .any
            case .vowel: condition.kind = .vowel
            case .consonantNotR: condition.kind = .consonantNotR
            case .oneOf(let letters): condition = Condition(kind: .oneOf, letters: letterMask(letters))
            case .oneOfThenVowel(let letters): condition = Condition(kind: .oneOfThenVowel, letters: letterMask(letters))
            case .consonantThenER(let except): condition = Condition(kind: .consonantThenER, letters: letterMask(except))
            case .consonantNotER(let except): condition = Condition(kind: .consonantNotER, letters: letterMask(except))
            case .pKept: condition.kind = .pKept
            case .text(let text):
                let (start, length) = add(text)
                condition = Condition(kind: .text, textStart: start, textLength: length)
            case .monosyllable: condition.kind = .monosyllable
            }
            let morpheme = prefixMorphemes.firstIndex(of: rule.morpheme)!
            var inner: UInt16 = 0
            for allowed in AffixTable.innerPrefixes[rule.morpheme] ?? [] {
                inner |= 1 << UInt16(prefixMorphemes.firstIndex(of: allowed)!)
            }
            var forbidden: UInt8 = 0
            for suffix in AffixTable.forbiddenConfixes[rule.morpheme] ?? [] {
                forbidden |= 1 << UInt8(derivationalMorphemes.firstIndex(of: suffix)!)
            }
            result.append(Prefix(surfaceStart: surface.0, surfaceLength: surface.1, restoreStart: restore.0,
                                 restoreLength: restore.1, morpheme: morpheme, condition: condition, innerMask: inner,
                                 forbiddenSuffixMask: forbidden, isMenge: rule.id == "W-menge" || rule.id == "W-penge"))
        }
        func letter(_ row: Prefix, _ i: Int) -> Int { Int(pool[row.surfaceStart + i]) - 0x61 }
        // Rows by key in row order, in one pass over the rows (not one pass per key: this runs at start-up).
        var byKey = [[Int]](repeating: [], count: 676 + 17_576)
        for (index, row) in result.enumerated() {
            let key: Int
            if row.surfaceLength == 2 {
                key = letter(row, 0) * 26 + letter(row, 1)
                guard (0..<676).contains(key) else { continue }
                byKey[key].append(index)
            } else if row.surfaceLength > 2 {
                key = (letter(row, 0) * 26 + letter(row, 1)) * 26 + letter(row, 2)
                guard (0..<17_576).contains(key) else { continue }
                byKey[676 + key].append(index)
            }
        }
        var order: [Int] = []
        var buckets: [Int] = []
        buckets.reserveCapacity(byKey.count + 1)
        for rows in byKey {
            buckets.append(order.count)
            order += rows
        }
        buckets.append(order.count)
        return (result, pool, order, buckets)
    }()

    /// One suffix row: its spelling, restored letters and slot.
    struct Suffix {
        var surfaceStart: Int
        var surfaceLength: Int
        var restoreStart: Int
        var restoreLength: Int
        /// Index in `derivationalMorphemes`, or -1.
        var derivational: Int
    }

    static let suffixBytes: [UInt8] = AffixTable.suffixes.flatMap { Array($0.surface.utf8) + Array($0.restore.utf8) }
    static let suffixes: [Suffix] = {
        var offset = 0
        return AffixTable.suffixes.map { rule in
            let surface = rule.surface.utf8.count, restore = rule.restore.utf8.count
            defer { offset += surface + restore }
            return Suffix(surfaceStart: offset, surfaceLength: surface, restoreStart: offset + surface, restoreLength: restore,
                          derivational: derivationalMorphemes.firstIndex(of: rule.morpheme) ?? -1)
        }
    }()

    /// Packs a prefix sequence (up to three, outermost first) and a derivational suffix into a
    /// signature key: `((p0 * 11 + p1) * 11 + p2) * 4 + d`, with 10 for no prefix and 0 for no suffix.
    static let signatureKeyCount = 11 * 11 * 11 * 4

    static func signatureKey(_ p0: Int, _ p1: Int, _ p2: Int, _ d: Int) -> Int {
        ((p0 * 11 + p1) * 11 + p2) * 4 + d
    }

    /// The signature text for a key (`di+per-kan`), or nil for the empty signature.
    static func signatureText(_ key: Int) -> String? {
        let d = key % 4, p2 = (key / 4) % 11, p1 = (key / 44) % 11, p0 = key / 484
        if p0 >= 10 && p1 >= 10 && p2 >= 10 && d == 0 { return nil }
        // Built by appending (no arrays): every key's text is made at start-up.
        var text = ""
        for p in [p0, p1, p2] where p < 10 {
            if !text.isEmpty { text += "+" }
            text += prefixMorphemes[p].rawValue
        }
        if d > 0 { text += "-" + derivationalMorphemes[d - 1].rawValue }
        return text
    }
}
