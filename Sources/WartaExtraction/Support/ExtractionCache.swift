import WartaText

/// Work the extractors share for one document: its words (made once, not three times), the
/// token keys the date and figure rules read, and what the organisation pass learnt about names
/// and places.
public final class ExtractionCache: Sendable {
    struct Storage {
        var words: DocumentWords?
        var names: ArticleNames?
        var tokenText: TokenText?
    }

    private let storage = Locked(Storage())

    public init() {}

    func words(_ make: () -> DocumentWords) -> DocumentWords {
        if let words = storage.withLock({ $0.words }) { return words }
        let words = make()
        storage.withLock { $0.words = words }
        return words
    }

    func tokenText(_ make: () -> TokenText) -> TokenText {
        if let text = storage.withLock({ $0.tokenText }) { return text }
        let text = make()
        storage.withLock { $0.tokenText = text }
        return text
    }

    func names(_ make: () -> ArticleNames) -> ArticleNames {
        if let names = storage.withLock({ $0.names }) { return names }
        let names = make()
        storage.withLock { $0.names = names }
        return names
    }
}

extension Document {
    /// The document's words for lexicon lookups, made by the first extractor that asks.
    func words(_ vocabulary: ExtractionVocabulary) -> DocumentWords {
        cache.words { DocumentWords(self, vocabulary: vocabulary) }
    }

    /// The tokens' lookup keys for the date and figure rules, made by the first that asks.
    var tokenText: TokenText { cache.tokenText { TokenText(self) } }
}

/// Names and places an article teaches about itself: speakers' short names, capitalised words
/// standing alone, the level of each region it names, and multi-word places it names.
struct ArticleNames: Sendable {
    var speakerNames: WordSet = []
    var standaloneNames: WordSet = []
    var levels: WordMap<String> = [:]
    var articlePlaces = PhraseTrie<String>()
}

/// The union of every lexicon word the extractors look up, folded, each with the `WordTag` bits
/// of the tagged sets that hold it.
public struct ExtractionVocabulary: Sendable {
    /// Every word, to the tags of the registered sets holding it (0 for none).
    let tags: WordMap<UInt64>
    /// The tags registered here: only their bits can be read per token.
    let registered: UInt64
    /// A Bloom filter of the words' hashes (2^17 bits, two a word): most of a text's tokens are
    /// in no lexicon, and these 16 KB, which stay in the processor's cache, turn nearly all of
    /// them away without probing `tags`, whose hashes a document's other work pushes out of the
    /// cache (the vocabulary probes missed the 1 MB L2 76 k times a 2 MB pass, 57 k with the filter).
    let filter: [UInt64]
    static var filterBits: Int { 17 }

    /// `parts` give the words; `tagged` the sets whose membership is recorded per token. A
    /// tagged set's words outside `parts` get no bit: `words.has` answers for them as it would
    /// by probing (no token outside the vocabulary is looked up).
    init(_ parts: [WordSet], tagged: [WordSet] = []) {
        var tags = WordMap<UInt64>()
        for part in parts {
            part.forEachWord { word, hash in tags.set(word, hash: hash, 0) }
        }
        var registered: UInt64 = 0
        for set in tagged where set.tag != 0 {
            precondition(registered & set.tag == 0, "two sets registered under one WordTag")
            registered |= set.tag
            set.forEachWord { word, hash in
                if let bits = tags.value(word, hash: hash) { tags.set(word, hash: hash, bits | set.tag) }
            }
        }
        self.tags = tags
        self.registered = registered
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        tags.forEach { _, hash, _ in
            let (a, b) = Self.filterPositions(hash)
            filter[a >> 6] |= 1 << UInt64(a & 63)
            filter[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.filter = filter
    }

    /// The filter bits of a word's hash: two bit fields of it, apart from the low bits that place
    /// the word in a table.
    @inline(__always)
    static func filterPositions(_ hash: UInt64) -> (Int, Int) {
        let mask: UInt64 = (1 << UInt64(filterBits)) - 1
        return (Int(truncatingIfNeeded: (hash >> 20) & mask), Int(truncatingIfNeeded: (hash >> 44) & mask))
    }

    /// False when the word with `hash` is certainly not in the vocabulary (no lookup needed).
    @inline(__always)
    static func mayContain(_ filter: UnsafeBufferPointer<UInt64>, _ hash: UInt64) -> Bool {
        let (a, b) = filterPositions(hash)
        return filter[a >> 6] & (1 << UInt64(a & 63)) != 0 && filter[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
