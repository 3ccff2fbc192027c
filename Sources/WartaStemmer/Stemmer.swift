import WartaLexicons

/// An Indonesian root finder in the KBBI convention (`meluncurkan` -> `luncur`,
/// `keberlangsungan` -> `langsung`, `produk-produk` -> `produk`).
///
/// It generates every analysis the affix table (`AffixTable`) allows, keeps those whose root is
/// in the root lexicon, and chooses by plausibility (`AnalysisScorer`) instead of taking the
/// first dictionary hit. `Stemmer` is a value type holding immutable data and an optional
/// thread-safe memo cache shared by its copies: one instance can serve every thread.
public struct Stemmer: Sendable {
    let box: LexiconBox
    /// Borrowed, not copied: copying the struct would retain each of its arrays.
    var lexicon: StemmerLexicon { _read { yield box.data } }
    let analyzer: Analyzer
    let cache: MemoCache?
    /// Which roots stem to themselves, learnt as analyses reach them (see `RootStability`).
    let stability: RootStability
    let options: StemmerOptions

    /// Loads the stemmer's lexicons from `lexicons` (the embedded files unless overridden).
    /// `cacheCapacity` 0 disables the memo cache.
    public init(lexicons: LexiconStore = .embedded, cacheCapacity: Int = 200_000) throws(LexiconError) {
        try self.init(lexicons: lexicons, cacheCapacity: cacheCapacity, options: .all)
    }

    init(lexicons: LexiconStore, cacheCapacity: Int, options: StemmerOptions) throws(LexiconError) {
        let box = LexiconBox(data: try StemmerLexicon(store: lexicons, options: options))
        self.box = box
        self.analyzer = Analyzer(box: box, scorer: AnalysisScorer(box: box, options: options), options: options)
        self.cache = cacheCapacity > 0 ? MemoCache(capacity: cacheCapacity) : nil
        self.stability = RootStability(count: box.data.words.count)
        self.options = options
    }

    /// Number of roots known.
    public var rootCount: Int { lexicon.isRoot.lazy.filter { $0 }.count }

    /// True when `word` (case-folded) is in the root lexicon.
    public func isRoot(_ word: some StringProtocol) -> Bool {
        lexicon.words.index(of: Stemmer.fold(word)).map { lexicon.isRoot[$0] } ?? false
    }

    /// The root of one word (a bare string or a token's `Substring`). Case is folded; use
    /// `stemText` for running text, where capitalised names are left alone.
    public func stem(_ word: some StringProtocol) -> String {
        guard let cache else { return root(of: resolve(Stemmer.fold(word))) }
        let key = String(word)
        if let root = cache.root(for: key) { return root }
        let root = root(of: resolve(Stemmer.fold(word)))
        cache.store(root, for: key)
        return root
    }

    /// The root of one word with the analysis behind it. Not cached.
    public func analyze(_ word: some StringProtocol) -> StemAnalysis {
        resolve(Stemmer.fold(word)).analysis(of: String(word), stemmer: self)
    }

    /// ASCII lowercase bytes of `word`; other bytes are kept.
    static func fold(_ word: some StringProtocol) -> [UInt8] {
        var bytes = word.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(word.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return bytes
    }

    /// The decision for one folded word.
    func resolve(_ word: [UInt8]) -> Resolution {
        if let index = lexicon.words.index(of: word) {
            if lexicon.exception[index] >= 0 { return .exception(word, Int(lexicon.exception[index])) }
            if lexicon.isName[index] { return .name(word) }
        }
        var letters = 0
        var hyphen = false
        for byte in word {
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 { letters += 1 } else if byte == UInt8(ascii: "-") { hyphen = true } else { return .untouched(word) }
        }
        if letters < 2 { return .untouched(word) }
        if hyphen { return resolveHyphenated(word) }
        if let path = analyzer.best(word) { return resolution(word, path) }
        return resolveUnknown(word)
    }

    /// The decision for `word` analysed as `path`, continued through the root when the root does
    /// not stem to itself. Inlined: the usual case costs one atomic load.
    @inline(__always)
    func resolution(_ word: [UInt8], _ path: Analyzer.Path) -> Resolution {
        if path.removesSomething, !path.viaException, stability[path.root] != RootStability.stable,
           let inner = furtherResolution(ofRoot: path.root) {
            return .continued(.path(word, path), inner)
        }
        return .path(word, path)
    }

    /// An analysis that removed something ended at root `index`. Nil when that root stems to
    /// itself (nearly always; remembered per root); otherwise the root's own resolution, through
    /// which the analysis continues (W-restem): `berpeluang` is `ber+[peluang]`, and `peluang` is
    /// `peN+[luang]`, so `berpeluang` -> `luang`. Stemming is then idempotent: the root of a root
    /// is the root. Each step shortens the word, so this ends after a step or two.
    @inline(never)
    func furtherResolution(ofRoot index: Int) -> Resolution? {
        guard options.restem else { return nil }
        let state = stability[index]
        if state == RootStability.stable { return nil }
        let key = Array(lexicon.words.key(at: index))
        let inner = resolve(key)
        let stable = inner.rootBytes(self) == key
        if state == RootStability.unknown { stability.record(index, stable: stable) }
        return stable ? nil : inner
    }

    /// A word of letters with no analysis: final clitics come off, a particle and -nya at a time
    /// (`unknownEnd`), and the first rest that is an exception, a protected name or has an
    /// analysis decides (`mejatahlah` -> `mejatah` = `meja`+`tah`: two particles, which the
    /// analyser does not stack); otherwise the root is the word without all of them. Either way
    /// the result stems to itself. A loop, not recursion: junk such as `nyanyanya...` must not
    /// exhaust the stack.
    func resolveUnknown(_ word: [UInt8]) -> Resolution {
        guard options.restem else { return .unknown(word, Stemmer.unknownEnd(word, word.count)) }
        var end = word.count
        while true {
            let next = Stemmer.unknownEnd(word, end)
            if next == end { return .unknown(word, end) }
            end = next
            // No analysis can reach a root from further away than every affix slot filled.
            guard end <= lexicon.words.longestKey + Analyzer.longestAffixes else { continue }
            let rest = Array(word[..<end])
            if let index = lexicon.words.index(of: rest) {
                if lexicon.exception[index] >= 0 { return .continued(.unknown(word, end), .exception(rest, Int(lexicon.exception[index]))) }
                if lexicon.isName[index] { return .unknown(word, end) }
            }
            if let path = analyzer.best(rest) { return .continued(.unknown(word, end), resolution(rest, path)) }
        }
    }

    /// For a word with no analysis: the end of `word[..<end]` after removing `-nya`, `-lah`,
    /// `-kah`, `-pun` (at most one particle and one clitic), keeping at least four letters.
    static func unknownEnd(_ word: [UInt8], _ end: Int) -> Int {
        var end = end
        for suffix in ["lah", "kah", "pun"] where end - 3 >= 4 && word[(end - 3)..<end].elementsEqual(suffix.utf8) {
            end -= 3
            break
        }
        if end - 3 >= 4 && word[(end - 3)..<end].elementsEqual("nya".utf8) { end -= 3 }
        return end
    }
}
