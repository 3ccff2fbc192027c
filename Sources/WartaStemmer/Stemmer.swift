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

    /// Loads the stemmer's lexicons from `lexicons` (the embedded files unless overridden).
    /// `cacheCapacity` 0 disables the memo cache.
    public init(lexicons: LexiconStore = .embedded, cacheCapacity: Int = 200_000) throws(LexiconError) {
        let box = LexiconBox(data: try StemmerLexicon(store: lexicons, options: .all))
        self.box = box
        self.analyzer = Analyzer(box: box, scorer: AnalysisScorer(box: box, options: .all), options: .all)
        self.cache = cacheCapacity > 0 ? MemoCache(capacity: cacheCapacity) : nil
    }

    init(lexicons: LexiconStore, cacheCapacity: Int, options: StemmerOptions) throws(LexiconError) {
        let box = LexiconBox(data: try StemmerLexicon(store: lexicons, options: options))
        self.box = box
        self.analyzer = Analyzer(box: box, scorer: AnalysisScorer(box: box, options: options), options: options)
        self.cache = cacheCapacity > 0 ? MemoCache(capacity: cacheCapacity) : nil
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
        if let path = analyzer.best(word) { return .path(word, path) }
        return .unknown(word, Stemmer.unknownEnd(word))
    }

    /// For a word with no analysis: the end after removing `-nya`, `-lah`, `-kah`, `-pun`
    /// (at most one clitic and one particle), keeping at least four letters.
    static func unknownEnd(_ word: [UInt8]) -> Int {
        var end = word.count
        for suffix in ["lah", "kah", "pun"] where end - 3 >= 4 && word[(end - 3)..<end].elementsEqual(suffix.utf8) {
            end -= 3
            break
        }
        if end - 3 >= 4 && word[(end - 3)..<end].elementsEqual("nya".utf8) { end -= 3 }
        return end
    }
}
