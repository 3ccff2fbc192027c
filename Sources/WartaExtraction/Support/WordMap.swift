/// A table from words (strings compared exactly) to values, probed with a precomputed
/// `WordHash`: open addressing over a power-of-two array, so a lookup in the token loop costs a
/// few comparisons instead of hashing the string again. Built from lexicons once; small
/// per-document tables (names an article teaches) use it too.
struct WordMap<Value: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var words: [String]
    private var values: [Value?]
    private(set) var count = 0

    init() {
        hashes = Array(repeating: 0, count: 8)
        words = Array(repeating: "", count: 8)
        values = Array(repeating: nil, count: 8)
    }

    var isEmpty: Bool { count == 0 }

    /// The value of `word`, whose `WordHash` is `hash`.
    @inline(__always)
    func value(_ word: String, hash: UInt64) -> Value? {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash && words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of `word` (hashes it: for lookups outside the token loop).
    subscript(_ word: String) -> Value? {
        get { value(word, hash: WordHash.of(word)) }
        set {
            if let newValue { set(word, newValue) } else { precondition(value(word, hash: WordHash.of(word)) == nil, "WordMap does not remove") }
        }
    }

    /// Sets `word`'s value, replacing an earlier one.
    mutating func set(_ word: String, _ value: Value) {
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        let hash = WordHash.of(word)
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash && words[slot] == word {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        words[slot] = word
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let old = zip(words, values).enumerated().filter { hashes[$0.offset] != 0 }.map(\.element)
        let size = hashes.count * 2
        hashes = Array(repeating: 0, count: size)
        words = Array(repeating: "", count: size)
        values = Array(repeating: nil, count: size)
        count = 0
        for (word, value) in old { set(word, value!) }
    }

    /// Every word in the table, in no particular order.
    var keys: [String] { words.indices.filter { hashes[$0] != 0 }.map { words[$0] } }
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

    mutating func insert(_ word: String) { map.set(word, true) }

    mutating func formUnion(_ other: some Sequence<String>) {
        for word in other { map.set(word, true) }
    }

    /// Removes every word of `other` (rebuilds the set: for small per-document sets).
    mutating func subtract(_ other: WordSet) {
        self = WordSet(filter { !other.contains($0) })
    }

    func union(_ other: some Sequence<String>) -> WordSet {
        var result = self
        result.formUnion(other)
        return result
    }

    func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }
}
