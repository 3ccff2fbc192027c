/// A read-only set of short byte strings (lowercase words) with an integer payload slot each,
/// looked up straight from UTF-8 bytes without building a `String`. Open addressing, FNV-1a.
///
/// The stemmer looks up dozens of candidate roots per word; doing that on byte slices keeps the
/// uncached path free of allocations.
struct ByteTable: Sendable {
    private var storage: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [UInt16] = []
    private var slots: [Int32]
    private var mask: Int

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// Number of keys.
    var count: Int { starts.count }

    @inline(__always)
    static func hash<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Inserts `key` if absent; returns its index either way.
    @discardableResult
    mutating func insert<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        if let existing = index(of: key) { return existing }
        if starts.count * 2 >= slots.count { grow() }
        let index = starts.count
        starts.append(Int32(storage.count))
        lengths.append(UInt16(key.count))
        storage.append(contentsOf: key)
        place(index, hash: ByteTable.hash(key))
        return index
    }

    private mutating func place(_ index: Int, hash: Int) {
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for index in 0..<starts.count { place(index, hash: ByteTable.hash(key(at: index))) }
    }

    /// The bytes of key `index`.
    func key(at index: Int) -> ArraySlice<UInt8> {
        let start = Int(starts[index])
        return storage[start..<start + Int(lengths[index])]
    }

    /// The key at `index` as a string.
    func string(at index: Int) -> String { String(decoding: key(at: index), as: UTF8.self) }

    /// The index of `key`, or nil.
    @inline(__always)
    func index<C: Collection>(of key: C) -> Int? where C.Element == UInt8 {
        let length = key.count
        var slot = ByteTable.hash(key) & mask
        while true {
            let candidate = Int(slots[slot])
            if candidate < 0 { return nil }
            if Int(lengths[candidate]) == length {
                var position = Int(starts[candidate])
                var equal = true
                for byte in key {
                    if storage[position] != byte { equal = false; break }
                    position += 1
                }
                if equal { return candidate }
            }
            slot = (slot + 1) & mask
        }
    }
}
