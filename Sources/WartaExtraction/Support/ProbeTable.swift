/// The open-addressed hash table under `WordMap` and `KeyMap`: keys with a hash computed by the
/// caller (once per token, not per lookup), linear probing over a power-of-two array, 0 marking an
/// empty slot. Entries are only added or replaced, never removed.
///
/// A slot holds its hash, key and value together: a lookup in a large table (the extraction
/// vocabulary has tens of thousands of words) then touches one cache line, not one per array.
struct ProbeTable<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64
        var key: Key?
        var value: Value?
    }

    private var slots: [Slot]
    private(set) var count = 0

    /// An empty table allocates nothing: most per-document tables stay empty.
    init() {
        slots = []
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
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = slots[index].hash
                if stored == 0 { return nil }
                if stored == hash, let key = slots[index].key, matches(key) { return slots[index].value }
                index = (index + 1) & mask
            }
        }
    }

    /// Sets `key`'s value, replacing an earlier one.
    mutating func set(_ key: Key, hash: UInt64, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].hash != 0 {
            if slots[index].hash == hash && slots[index].key == key {
                slots[index].value = value
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = Slot(hash: hash, key: key, value: value)
        count += 1
    }

    /// Doubles the slots, moving each entry (keys are distinct: no comparison needed) in slot
    /// order, so the new layout is the one inserting them again would give.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(hash: 0, key: nil, value: nil), count: max(8, old.count * 2))
        let mask = slots.count - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for slot in old where slot.hash != 0 {
                var index = Int(truncatingIfNeeded: slot.hash) & mask
                while slots[index].hash != 0 { index = (index + 1) & mask }
                slots[index] = slot
            }
        }
    }

    /// Every entry with its hash, in slot order, without building an array.
    func forEachEntry(_ body: (Key, UInt64, Value) -> Void) {
        for slot in slots where slot.hash != 0 { body(slot.key!, slot.hash, slot.value!) }
    }

    /// Every entry, in no particular order.
    var entries: [(key: Key, hash: UInt64, value: Value)] {
        slots.filter { $0.hash != 0 }.map { ($0.key!, $0.hash, $0.value!) }
    }
}
