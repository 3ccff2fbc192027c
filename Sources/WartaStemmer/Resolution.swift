/// The stemmer's decision for one folded word, before it is turned into a root string (hot path)
/// or a full `StemAnalysis` (explain path).
enum Resolution {
    case path([UInt8], Analyzer.Path)
    case exception([UInt8], Int)
    case name([UInt8])
    case unknown([UInt8], Int)
    case untouched([UInt8])
    /// A hyphenated reduplication (`full`, `affixed`, `rhyming`) resolved through one of its halves.
    indirect case reduplication([UInt8], String, Resolution)
    /// The first decision reached a root (or, for an unknown word, a shorter word) that does not
    /// stem to itself; the second is that root's own resolution, which gives the root (W-restem).
    indirect case continued(Resolution, Resolution)
}

extension Resolution {
    /// True when the root is a known root or an exception.
    var isKnown: Bool {
        switch self {
        case .path, .exception: true
        case .reduplication(_, _, let inner), .continued(_, let inner): inner.isKnown
        default: false
        }
    }

    /// The root as a string; builds it straight from the word when nothing was restored.
    func rootString(_ stemmer: Stemmer) -> String {
        if case .path(let word, let path) = self, !path.viaException, path.restore < 0,
           path.loan < 0 || Analyzer.suffixRestores[Int(path.loan)].isEmpty {
            return String(decoding: word[path.rootStart..<path.rootEnd], as: UTF8.self)
        }
        return String(decoding: rootBytes(stemmer), as: UTF8.self)
    }

    func rootBytes(_ stemmer: Stemmer) -> [UInt8] {
        switch self {
        case .path(let word, let path):
            if path.viaException { return Array(stemmer.lexicon.exceptionRoot[path.root].utf8) }
            let restore = path.restore >= 0 ? Analyzer.prefixRestores[Int(path.restore)] : []
            let right = path.loan >= 0 ? Analyzer.suffixRestores[Int(path.loan)] : []
            return restore + word[path.rootStart..<path.rootEnd] + right
        case .exception(_, let index): return Array(stemmer.lexicon.exceptionRoot[index].utf8)
        case .name(let word), .untouched(let word): return word
        case .unknown(let word, let end): return Array(word[..<end])
        case .reduplication(_, _, let inner), .continued(_, let inner): return inner.rootBytes(stemmer)
        }
    }
}

extension Stemmer {
    func root(of resolution: Resolution) -> String {
        resolution.rootString(self)
    }

    /// Hyphenated words: full reduplication (`produk-produk`), affixed (`berlari-lari`,
    /// `kemerah-merahan`, `tembak-menembak`), rhyming or vowel-changing (`sayur-mayur`,
    /// `gerak-gerik`). Other hyphenated words are left whole.
    func resolveHyphenated(_ word: [UInt8]) -> Resolution {
        let parts = word.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count >= 2, parts[1].count >= 2 else {
            return .untouched(word)
        }
        let a = Array(parts[0]), b = Array(parts[1])
        let first = resolve(a), second = resolve(b)
        if a == b { return .reduplication(word, "full", first) }
        // The repeated base X ends the first half and starts the second: P+X-X+S stands for P+X+S
        // (`berlari-lari`, `menari-nari`, `kemerah-merahan`, `setinggi-tingginya`, `besar-besaran`).
        var overlap = min(a.count, b.count)
        while overlap >= 3 && !(a.suffix(overlap).elementsEqual(b.prefix(overlap))) { overlap -= 1 }
        if overlap >= 3 {
            // Prefer the repeated base itself when it is a root (`tertawa-tawa` -> `tawa`, even
            // though `tertawa` is a dictionary entry), else the word without the repetition.
            let base = Array(b.prefix(overlap))
            let inner = resolve(base)
            if inner.isKnown && inner.isPlain { return .reduplication(word, "affixed", inner) }
            let resolved = resolve(a + b.dropFirst(overlap))
            if resolved.isKnown { return .reduplication(word, "affixed", resolved) }
            return .reduplication(word, "affixed", inner.isKnown ? inner : .untouched(base))
        }
        if first.isKnown && second.isKnown && first.rootBytes(self) == second.rootBytes(self) {
            return .reduplication(word, "affixed", second)
        }
        if Resolution.rhymes(a, b) || Resolution.sameConsonants(a, b) {
            if first.isKnown { return .reduplication(word, "rhyming", first) }
            if second.isKnown { return .reduplication(word, "rhyming", second) }
        }
        return .untouched(word)
    }
}

extension Resolution {
    var isPlain: Bool {
        if case .path(_, let path) = self {
            return path.prefixCount == 0 && path.derivational < 0 && path.loan < 0
        }
        return false
    }

    /// `sayur-mayur`, `lauk-pauk`, `ramah-tamah`: same letters from the first vowel on.
    static func rhymes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        func tail(_ x: [UInt8]) -> ArraySlice<UInt8> {
            let vowel = x.firstIndex { "aeiou".utf8.contains($0) } ?? 0
            return x[vowel...]
        }
        return tail(a).count >= 2 && tail(a) == tail(b)
    }

    /// `gerak-gerik`, `bolak-balik`, `mondar-mandir`: same consonants, vowels changed.
    static func sameConsonants(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let vowels = "aeiou".utf8
        var differences = 0
        for (x, y) in zip(a, b) {
            if x == y { continue }
            guard vowels.contains(x) && vowels.contains(y) else { return false }
            differences += 1
        }
        return differences > 0
    }
}
