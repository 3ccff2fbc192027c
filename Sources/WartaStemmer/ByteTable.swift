/// A read-only set of short byte strings (lowercase words), each with an integer index, looked
/// up straight from UTF-8 bytes without building a `String`. Open addressing, FNV-1a.
///
/// The stemmer looks up dozens of candidate roots per word; doing that on byte slices keeps the
/// uncached path free of allocations. A key may be looked up in three pieces (restored letters,
/// a slice of the word, restored letters) without concatenating them.
struct ByteTable: Sendable {
    fileprivate var storage: [UInt8] = []
    fileprivate var starts: [Int32] = []
    fileprivate var lengths: [UInt16] = []
    fileprivate var slots: [Int32]
    fileprivate var mask: Int
    /// Length of the longest key.
    private(set) var longestKey = 0

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// Number of keys.
    var count: Int { starts.count }

    @inline(__always)
    static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always)
    static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    static func hash<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        var h = seed
        for byte in key { h = mix(h, byte) }
        return finish(h)
    }

    /// Inserts `key` if absent; returns its index either way.
    @discardableResult
    mutating func insert<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        if let existing = index(of: key) { return existing }
        if starts.count * 2 >= slots.count { grow() }
        let index = starts.count
        starts.append(Int32(storage.count))
        lengths.append(UInt16(key.count))
        longestKey = max(longestKey, key.count)
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

    /// The index of the key `left + word[range] + right`, or nil (the view's probe, borrowed once).
    @inline(__always)
    func index(left: UnsafeBufferPointer<UInt8>, word: UnsafeBufferPointer<UInt8>, range: Range<Int>, right: UnsafeBufferPointer<UInt8>) -> Int? {
        withView { $0.index(left: left, word: word, range: range, right: right) }
    }
}

/// Borrowed buffers of a `ByteTable` for a burst of lookups without reference counting.
struct ByteTableView {
    let storage: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<UInt16>
    let slots: UnsafeBufferPointer<Int32>
    let mask: Int

    /// The index of the key `left + word[range] + right`, or nil.
    @inline(__always)
    func index(left: UnsafeBufferPointer<UInt8>, word: UnsafeBufferPointer<UInt8>, range: Range<Int>, right: UnsafeBufferPointer<UInt8>) -> Int? {
        var h = ByteTable.seed
        for byte in left { h = ByteTable.mix(h, byte) }
        for i in range { h = ByteTable.mix(h, word[i]) }
        for byte in right { h = ByteTable.mix(h, byte) }
        let length = left.count + range.count + right.count
        var slot = ByteTable.finish(h) & mask
        while true {
            let candidate = Int(slots[slot])
            if candidate < 0 { return nil }
            if Int(lengths[candidate]) == length {
                var p = Int(starts[candidate])
                var equal = true
                for byte in left where equal { equal = storage[p] == byte; p += 1 }
                if equal { for i in range { if storage[p] != word[i] { equal = false; break }; p += 1 } }
                if equal { for byte in right where equal { equal = storage[p] == byte; p += 1 } }
                if equal { return candidate }
            }
            slot = (slot + 1) & mask
        }
    }
}

extension ByteTable {
    /// Calls `body` with borrowed buffers of this table.
    func withView<R>(_ body: (ByteTableView) -> R) -> R {
        storage.withUnsafeBufferPointer { storage in
            starts.withUnsafeBufferPointer { starts in
                lengths.withUnsafeBufferPointer { lengths in
                    slots.withUnsafeBufferPointer { slots in
                        body(ByteTableView(storage: storage, starts: starts, lengths: lengths, slots: slots, mask: mask))
                    }
                }
            }
        }
    }
}
