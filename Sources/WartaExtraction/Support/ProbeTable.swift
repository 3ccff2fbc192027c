/// The open-addressed hash table under `WordMap` and `KeyMap`: keys with a hash computed by the
/// caller (once per token, not per lookup), linear probing over a power-of-two array, 0 marking an
/// empty slot. Entries are only added or replaced, never removed.
///
/// The hashes are an array of their own, apart from the keys and values (at the same slot index):
/// a probe reads only hashes, eight to a cache line, and reads the entry only when a hash matches.
/// Most probes find no entry (a token in no lexicon, a trie edge that is not there); with the
/// tables grown by the third round's lists, slots of hash, key and value together no longer stayed
/// in the processor's cache. Splitting them took the pipeline's second-level cache read misses
/// from 421 k to 325 k a 2 MB pass (cachegrind with this machine's 1 MB L2; 139 k at 5a2505c).
/// Slot positions, growth and iteration order are those of a single array of slots.
struct ProbeTable<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var key: Key?
        var value: Value?
    }

    /// Each slot's hash (0 when empty).
    private var hashes: [UInt64]
    /// Each slot's key and value (nil when empty).
    private var stored: [Entry]
    private(set) var count = 0

    /// An empty table allocates nothing: most per-document tables stay empty.
    init() {
        hashes = []
        stored = []
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
        return hashes.withUnsafeBufferPointer { hashes in
            stored.withUnsafeBufferPointer { stored in
                let mask = hashes.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slotHash = hashes[index]
                    if slotHash == 0 { return nil }
                    // The entry is read only when the hash matches.
                    if slotHash == hash, let key = stored[index].key, matches(key) { return stored[index].value }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Sets `key`'s value, replacing an earlier one.
    mutating func set(_ key: Key, hash: UInt64, _ value: Value) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while hashes[index] != 0 {
            if hashes[index] == hash && stored[index].key == key {
                stored[index].value = value
                return
            }
            index = (index + 1) & mask
        }
        hashes[index] = hash
        stored[index] = Entry(key: key, value: value)
        count += 1
    }

    /// Doubles the slots, moving each entry (keys are distinct: no comparison needed) in slot
    /// order, so the new layout is the one inserting them again would give.
    private mutating func grow() {
        let oldHashes = hashes
        let oldEntries = stored
        let size = max(8, oldHashes.count * 2)
        hashes = Array(repeating: 0, count: size)
        stored = Array(repeating: Entry(key: nil, value: nil), count: size)
        let mask = size - 1
        hashes.withUnsafeMutableBufferPointer { hashes in
            stored.withUnsafeMutableBufferPointer { stored in
                for slot in oldHashes.indices where oldHashes[slot] != 0 {
                    var index = Int(truncatingIfNeeded: oldHashes[slot]) & mask
                    while hashes[index] != 0 { index = (index + 1) & mask }
                    hashes[index] = oldHashes[slot]
                    stored[index] = oldEntries[slot]
                }
            }
        }
    }

    /// Every entry with its hash, in slot order, without building an array.
    func forEachEntry(_ body: (Key, UInt64, Value) -> Void) {
        for slot in hashes.indices where hashes[slot] != 0 { body(stored[slot].key!, hashes[slot], stored[slot].value!) }
    }

    /// Every entry, in no particular order.
    var entries: [(key: Key, hash: UInt64, value: Value)] {
        hashes.indices.filter { hashes[$0] != 0 }.map { (stored[$0].key!, hashes[$0], stored[$0].value!) }
    }
}
