/// A table from words (strings compared exactly) to values, probed with a precomputed
/// `WordHash` (see `ProbeTable`), so a lookup in the token loop costs a few comparisons instead of
/// hashing the string again. Built from lexicons once; small
/// per-document tables (names an article teaches) use it too.
struct WordMap<Value: Sendable>: Sendable {
    private var table = ProbeTable<String, Value>()

    init() {}

    var isEmpty: Bool { table.isEmpty }
    var count: Int { table.count }

    /// The value of `word`, whose `WordHash` is `hash`.
    @inline(__always)
    func value(_ word: String, hash: UInt64) -> Value? { table.value(word, hash: hash) }

    /// The value of `word` (hashes it: for lookups outside the token loop).
    subscript(_ word: String) -> Value? {
        get { table.value(word, hash: WordHash.of(word)) }
        set {
            if let newValue { set(word, newValue) } else { precondition(self[word] == nil, "WordMap does not remove") }
        }
    }

    /// Sets `word`'s value, replacing an earlier one.
    mutating func set(_ word: String, _ value: Value) { table.set(word, hash: WordHash.of(word), value) }

    /// Every word in the table, in no particular order.
    var keys: [String] { table.entries.map(\.key) }

    /// Every word with its `WordHash` and value, in the order of `keys`.
    func forEach(_ body: (String, UInt64, Value) -> Void) { table.forEachEntry(body) }

    /// Sets `word`'s value, its `WordHash` already known.
    mutating func set(_ word: String, hash: UInt64, _ value: Value) { table.set(word, hash: hash, value) }
}

extension WordMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (word, value) in elements { set(word, value) }
    }
}

/// A set of words probed with a precomputed `WordHash` (see `WordMap`).
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var map = WordMap<Bool>()
    /// The `WordTag` bit of a lexicon set (0 for others); cleared by any change to the set.
    var tag: UInt64 = 0

    init() {}

    init(_ words: some Sequence<String>) {
        for word in words { map.set(word, true) }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    var isEmpty: Bool { map.isEmpty }
    var count: Int { map.count }

    @inline(__always)
    func contains(_ word: String, hash: UInt64) -> Bool { map.value(word, hash: hash) != nil }

    /// True when `word` is in the set (hashes it: for lookups outside the token loop).
    func contains(_ word: String) -> Bool { map[word] != nil }

    mutating func insert(_ word: String) {
        tag = 0
        map.set(word, true)
    }

    mutating func formUnion(_ other: some Sequence<String>) {
        tag = 0
        for word in other { map.set(word, true) }
    }

    /// Adds every word of `other` (as the generic `formUnion` does, in the same order, without
    /// hashing each word again).
    mutating func formUnion(_ other: WordSet) {
        tag = 0
        other.map.forEach { word, hash, _ in map.set(word, hash: hash, true) }
    }

    /// Every word with its `WordHash`, in iteration order.
    func forEachWord(_ body: (String, UInt64) -> Void) { map.forEach { word, hash, _ in body(word, hash) } }

    /// Removes every word of `other` (rebuilds the set: for small per-document sets).
    mutating func subtract(_ other: WordSet) {
        // The words kept go in again in iteration order with their hashes (no hashing, no array).
        var result = WordSet()
        map.forEach { word, hash, _ in
            if !other.contains(word, hash: hash) { result.map.set(word, hash: hash, true) }
        }
        self = result
    }

    func union(_ other: some Sequence<String>) -> WordSet {
        var result = self
        result.formUnion(other)
        return result
    }

    func union(_ other: WordSet) -> WordSet {
        var result = self
        result.formUnion(other)
        return result
    }

    func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }
}
