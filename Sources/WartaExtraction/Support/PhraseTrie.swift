import WartaTokenizer

/// Multi-word lexicon entries as a trie over folded tokens, so one walk from a token finds the
/// longest entry starting there. Phrases are split by Warta's own tokenizer at build time, so
/// `Badan Meteorologi, Klimatologi, dan Geofisika` matches the tokens of running text exactly.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var values: [Value?] = [nil]
    /// Every word of every entry: a document token outside it can start no entry.
    private(set) var vocabulary: Set<String> = []

    init() {}

    /// Adds `words` (already folded); an existing entry for the same words is kept.
    mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        vocabulary.formUnion(words)
        var node = 0
        for word in words {
            if let next = children[node][word] { node = next; continue }
            children.append([:])
            values.append(nil)
            children[node][word] = children.count - 1
            node = children.count - 1
        }
        if values[node] == nil { values[node] = value }
    }

    /// The longest entry starting at token `start` of `folded` and ending before `limit`:
    /// its end (exclusive token index) and value.
    /// With `skippingParenthesis`, one `(ACR)` inside the entry is passed over
    /// (`Badan Reserse Kriminal (Bareskrim) Polri` matches `Badan Reserse Kriminal Polri`).
    func longest(in folded: [String], from start: Int, limit: Int, skippingParenthesis: Bool = false) -> (end: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        var skipped = !skippingParenthesis
        while index < limit {
            if let next = children[node][folded[index]] {
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

    /// The longest entry starting at token `start` of a document, skipping tokens no lexicon knows.
    func longest(in words: DocumentWords, from start: Int, limit: Int, skippingParenthesis: Bool = false) -> (end: Int, value: Value)? {
        guard start < words.count, words.known[start] else { return nil }
        return longest(in: words.folded, from: start, limit: limit, skippingParenthesis: skippingParenthesis)
    }

    /// True when `words` is an entry.
    func contains(_ words: [String]) -> Bool {
        var node = 0
        for word in words {
            guard let next = children[node][word] else { return false }
            node = next
        }
        return values[node] != nil
    }
}

/// Splits lexicon phrases into folded tokens with the same tokenizer that reads articles.
struct PhraseSplitter {
    let tokenizer: Tokenizer

    func words(_ phrase: String) -> [String] {
        guard let tokens = try? tokenizer.tokenize(phrase) else { return [DocumentWords.fold(phrase, ascii: false)] }
        let utf8 = Array(phrase.utf8)
        return tokens.map { token in
            DocumentWords.fold(String(decoding: utf8[token.byteStart..<token.byteEnd], as: UTF8.self), ascii: false)
        }
    }
}
