/// The open-addressed hash table under `WordMap` and `KeyMap`: keys with a hash computed by the
/// caller (once per token, not per lookup), linear probing over a power-of-two array, 0 marking an
/// empty slot. Entries are only added or replaced, never removed.
struct ProbeTable<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private var keys: [Key?]
    private var hashes: [UInt64]
    private var values: [Value?]
    private(set) var count = 0

    /// An empty table allocates nothing: most per-document tables stay empty.
    init() {
        keys = []
        hashes = []
        values = []
    }

    var isEmpty: Bool { count == 0 }

    /// The value of `key`, whose hash (never 0) is `hash`.
    @inline(__always)
    func value(_ key: Key, hash: UInt64) -> Value? { value(hash: hash) { $0 == key } }

    /// The value of the key with hash `hash` (never 0) for which `matches` holds: a lookup that
    /// need not build a key (`PhraseTrie` compares a node and a word in place).
    @inline(__always)
    func value(hash: UInt64, where matches: (Key) -> Bool) -> Value? {
        if count == 0 { return nil }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash, let key = keys[slot], matches(key) { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// Sets `key`'s value, replacing an earlier one.
    mutating func set(_ key: Key, hash: UInt64, _ value: Value) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash && keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        hashes[slot] = hash
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let old = entries
        let size = max(8, hashes.count * 2)
        keys = Array(repeating: nil, count: size)
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        count = 0
        for entry in old { set(entry.key, hash: entry.hash, entry.value) }
    }

    /// Every entry, in no particular order.
    var entries: [(key: Key, hash: UInt64, value: Value)] {
        hashes.indices.filter { hashes[$0] != 0 }.map { (keys[$0]!, hashes[$0], values[$0]!) }
    }
}
