/// A table from `WordKey`s to values probed with the key's `hash64` (see `ProbeTable`): the date
/// and figure rules look tokens up in it many times per token, and Swift's seeded `Hasher` cost
/// more than the rest of the lookup.
struct KeyMap<Value: Sendable>: Sendable {
    private var table = ProbeTable<WordKey, Value>()

    init() {}

    /// The value of `key`, whose `hash64` is `hash`.
    @inline(__always)
    func value(_ key: WordKey, hash: UInt64) -> Value? { table.value(key, hash: hash) }

    subscript(_ key: WordKey) -> Value? { table.value(key, hash: key.hash64) }

    /// Sets `key`'s value, replacing an earlier one.
    mutating func set(_ key: WordKey, _ value: Value) { table.set(key, hash: key.hash64, value) }

    /// Every key in the table, in no particular order.
    var allKeys: [WordKey] { table.entries.map(\.key) }
}

/// A set of `WordKey`s (see `KeyMap`).
struct KeySet: Sendable {
    private var map = KeyMap<Bool>()

    @inline(__always)
    func contains(_ key: WordKey, hash: UInt64) -> Bool { map.value(key, hash: hash) != nil }

    mutating func formUnion(_ keys: some Sequence<WordKey>) {
        for key in keys { map.set(key, true) }
    }

    /// Every key in the set, in no particular order.
    var allKeys: [WordKey] { map.allKeys }
}
