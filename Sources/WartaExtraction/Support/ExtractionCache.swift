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
    }
}
