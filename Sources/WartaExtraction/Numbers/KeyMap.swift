/// A table from `WordKey`s to values probed with the key's `hash64` (open addressing over a
/// power-of-two array): the date and figure rules look tokens up in it many times per token, and
/// Swift's seeded `Hasher` cost more than the rest of the lookup.
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var hashes: [UInt64]
    private var values: [Value?]
    private(set) var count = 0

    init() {
        keys = Array(repeating: .none, count: 8)
        hashes = Array(repeating: 0, count: 8)
        values = Array(repeating: nil, count: 8)
    }

    /// The value of `key`, whose `hash64` is `hash`.
    @inline(__always)
    func value(_ key: WordKey, hash: UInt64) -> Value? {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash && keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    subscript(_ key: WordKey) -> Value? { value(key, hash: key.hash64) }

    /// Sets `key`'s value, replacing an earlier one.
    mutating func set(_ key: WordKey, _ value: Value) {
        if (count + 1) * 2 > hashes.count { grow() }
        let hash = key.hash64
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
        let old = hashes.indices.filter { hashes[$0] != 0 }.map { (keys[$0], values[$0]!) }
        let size = hashes.count * 2
        keys = Array(repeating: .none, count: size)
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        count = 0
        for (key, value) in old { set(key, value) }
    }

    /// Every key in the table, in no particular order.
    var allKeys: [WordKey] { hashes.indices.filter { hashes[$0] != 0 }.map { keys[$0] } }
}

/// A set of `WordKey`s (see `KeyMap`).
struct KeySet: Sendable {
    private var map = KeyMap<Bool>()

    init() {}

    init(_ keys: some Sequence<WordKey>) {
        for key in keys { map.set(key, true) }
    }

    @inline(__always)
    func contains(_ key: WordKey, hash: UInt64) -> Bool { map.value(key, hash: hash) != nil }

    func contains(_ key: WordKey) -> Bool { map[key] != nil }

    mutating func insert(_ key: WordKey) { map.set(key, true) }

    mutating func formUnion(_ other: some Sequence<WordKey>) {
        for key in other { map.set(key, true) }
    }

    var allKeys: [WordKey] { map.allKeys }
}
