import WartaTokenizer

/// Multi-word lexicon entries as a trie over folded tokens, so one walk from a token finds the
/// longest entry starting there. Phrases are split by Warta's own tokenizer at build time, so
/// `Badan Meteorologi, Klimatologi, dan Geofisika` matches the tokens of running text exactly.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// An edge's label: the node it leaves and the word on it.
    private struct Edge: Equatable, Sendable {
        var parent: Int32
        var word: String
    }

    /// Edges, to the child node's index, keyed by (parent node, word hash) mixed.
    private var edges = ProbeTable<Edge, Int32>()
    private var values: [Value?] = [nil]
    /// Every word of every entry: a document token outside it can start no entry.
    private(set) var vocabulary = WordSet()
    /// The `WordTag` bit recording per token that its word starts an entry (0 when untagged):
    /// a token without it is passed over without probing the trie.
    private(set) var startTag: UInt64 = 0

    init() {}

    /// True when no entry was inserted.
    var isEmpty: Bool { edges.isEmpty }

    @inline(__always)
    private static func edgeHash(_ parent: Int, _ wordHash: UInt64) -> UInt64 {
        WordHash.finish(WordHash.mix(wordHash ^ (UInt64(truncatingIfNeeded: parent) &* 0x9E37_79B9_7F4A_7C15)))
    }

    @inline(__always)
    private func child(of parent: Int, _ word: String, hash wordHash: UInt64) -> Int? {
        let parent32 = Int32(parent)
        return edges.value(hash: Self.edgeHash(parent, wordHash)) { $0.parent == parent32 && $0.word == word }.map(Int.init)
    }

    /// Adds `words` (already folded); an existing entry for the same words is kept.
    mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        vocabulary.formUnion(words)
        startTag = 0
        var node = 0
        for word in words {
            if let next = child(of: node, word, hash: WordHash.of(word)) { node = next; continue }
            values.append(nil)
            let child = values.count - 1
            edges.set(Edge(parent: Int32(node), word: word), hash: Self.edgeHash(node, WordHash.of(word)), Int32(child))
            node = child
        }
        if values[node] == nil { values[node] = value }
    }

    /// The longest entry starting at token `start` of `folded` (with their `WordHash`es) and
    /// ending before `limit`: its end (exclusive token index) and value.
    /// With `skippingParenthesis`, one `(ACR)` inside the entry is passed over
    /// (`Badan Reserse Kriminal (Bareskrim) Polri` matches `Badan Reserse Kriminal Polri`).
    @inline(__always)
    func longest(in folded: [String], hashes: [UInt64], from start: Int, limit: Int, skippingParenthesis: Bool = false) -> (end: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        var skipped = !skippingParenthesis
        while index < limit {
            if let next = child(of: node, folded[index], hash: hashes[index]) {
                node = next
                index += 1
                if let value = values[node] { best = (index, value) }
            } else if !skipped, index > start, folded[index] == "(", index + 3 < limit, folded[index + 2] == ")" {
                skipped = true
                index += 3
            } else {
                break
            }
        }
        return best
    }

    /// This trie, its first words tagged: a vocabulary registering `startSet` records per token
    /// whether an entry may start there.
    func taggedStarts(_ tag: WordTag) -> PhraseTrie {
        var copy = self
        copy.startTag = tag.bit
        return copy
    }

    /// The first word of every entry (the words on the root's edges) under the trie's start tag,
    /// for `ExtractionVocabulary`: a token outside it starts no entry.
    var startSet: WordSet {
        var set = WordSet()
        edges.forEachEntry { edge, _, _ in
            if edge.parent == 0 { set.insert(edge.word) }
        }
        set.tag = startTag
        return set
    }

    /// The longest entry starting at token `start` of a document, skipping tokens no lexicon knows
    /// (and, when the trie's first words are tagged, tokens that start no entry).
    @inline(__always)
    func longest(in words: DocumentWords, from start: Int, limit: Int, skippingParenthesis: Bool = false) -> (end: Int, value: Value)? {
        guard start < words.count, words.mayStart(start, startTag) else { return nil }
        return longest(in: words.folded, hashes: words.foldedHashes, from: start, limit: limit, skippingParenthesis: skippingParenthesis)
    }

    /// The longest entry starting at token `start` of a document, also for tokens outside the
    /// lexicons' vocabulary (entries the article itself taught).
    @inline(__always)
    func longestAnyWord(in words: DocumentWords, from start: Int, limit: Int) -> (end: Int, value: Value)? {
        guard !edges.isEmpty else { return nil }
        return longest(in: words.folded, hashes: words.foldedHashes, from: start, limit: limit)
    }

    /// True when `words` is an entry.
    func contains(_ words: [String]) -> Bool {
        var node = 0
        for word in words {
            guard let next = child(of: node, word, hash: WordHash.of(word)) else { return false }
            node = next
        }
        return values[node] != nil
    }
}

/// Splits lexicon phrases into folded tokens with the same tokenizer that reads articles.
struct PhraseSplitter {
    let tokenizer: Tokenizer

    func words(_ phrase: String) -> [String] {
        // Words of ASCII letters between single spaces (most lexicon phrases) are the tokens the
        // tokenizer gives: split at the spaces. (Tokenizing each of ~4,000 phrases cost 80 M
        // instructions of the start-up; `LookupTableTests` checks both ways agree on every lexicon.)
        if let words = Self.letterWords(phrase) { return words }
        return tokenizedWords(phrase)
    }

    /// `phrase` split by the tokenizer, each token folded.
    func tokenizedWords(_ phrase: String) -> [String] {
        guard let tokens = try? tokenizer.tokenize(phrase) else { return [DocumentWords.fold(phrase, ascii: false)] }
        let utf8 = Array(phrase.utf8)
        return tokens.map { token in
            DocumentWords.fold(String(decoding: utf8[token.byteStart..<token.byteEnd], as: UTF8.self), ascii: false)
        }
    }

    /// The folded words of a phrase made only of ASCII letters and single spaces between words; nil for any other phrase.
    static func letterWords(_ phrase: String) -> [String]? {
        var copy = phrase
        return copy.withUTF8 { bytes -> [String]? in
            guard !bytes.isEmpty else { return nil }
            var words: [String] = []
            var start = 0
            for index in 0...bytes.count {
                if index == bytes.count || bytes[index] == 0x20 {
                    guard index > start else { return nil }
                    words.append(DocumentWords.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                    start = index + 1
                    continue
                }
                let letter = bytes[index] | 0x20
                guard letter >= 0x61 && letter <= 0x7A else { return nil }
            }
            return words
        }
    }
}
