/// A word's bytes, ASCII letters folded to lowercase, packed into three machine words so that
/// lexicon lookups in the token loop allocate nothing. Words longer than 24 bytes have no key
/// (no lexicon entry is that long).
struct WordKey: Hashable, Sendable {
    fileprivate(set) var a: UInt64 = 0
    fileprivate(set) var b: UInt64 = 0
    fileprivate(set) var c: UInt64 = 0
    fileprivate(set) var count: UInt8 = 0

    /// The key of `bytes`, or nil when longer than 24 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, foldCase: Bool) {
        guard bytes.count <= 24 else { return nil }
        count = UInt8(bytes.count)
        // Byte i sits at bits 8*(i % 8) of chunk i / 8 (packed by hand: a copy of a few bytes
        // was a call to memmove for every token).
        if let base = bytes.baseAddress {
            let length = bytes.count
            a = Self.chunk(base, min(length, 8))
            if length > 8 { b = Self.chunk(base + 8, min(length - 8, 8)) }
            if length > 16 { c = Self.chunk(base + 16, length - 16) }
        }
        if foldCase {
            a = Self.foldASCII(a)
            b = Self.foldASCII(b)
            c = Self.foldASCII(c)
        }
    }

    /// The key of `buffer[start..<end]`, or nil when longer than 24 bytes: the same key as
    /// `init?(_:foldCase:)` on those bytes, read a machine word at a time where the buffer holds
    /// eight bytes from a chunk's start (the byte loop of a short word cost a mispredicted branch
    /// at its end for most tokens: `TokenText` reads every token's key this way).
    @inline(__always)
    init?(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, foldCase: Bool) {
        let length = end - start
        guard length <= 24 else { return nil }
        count = UInt8(truncatingIfNeeded: length)
        if length > 0, let base = buffer.baseAddress {
            let available = buffer.count - start
            a = Self.chunk(base + start, min(length, 8), available: available)
            if length > 8 { b = Self.chunk(base + start + 8, min(length - 8, 8), available: available - 8) }
            if length > 16 { c = Self.chunk(base + start + 16, length - 16, available: available - 16) }
        }
        if foldCase {
            a = Self.foldASCII(a)
            b = Self.foldASCII(b)
            c = Self.foldASCII(c)
        }
    }

    /// `chunk(base, length)` (1 to 8 bytes) where `available` bytes from `base` may be read: one
    /// load, masked, when eight are.
    @inline(__always)
    static func chunk(_ base: UnsafePointer<UInt8>, _ length: Int, available: Int) -> UInt64 {
        guard available >= 8 else { return chunk(base, length) }
        let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
        return length >= 8 ? word : word & ((1 &<< UInt64(length &* 8)) &- 1)
    }

    /// Up to eight bytes at `base` packed little-endian into a machine word.
    @inline(__always)
    static func chunk(_ base: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        if length == 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var value: UInt64 = 0
        var index = length - 1
        while index >= 0 {
            value = value << 8 | UInt64(base[index])
            index -= 1
        }
        return value
    }

    /// Lowers the ASCII capitals among eight packed bytes at once (bytes of 0x80 and up unchanged).
    @inline(__always)
    static func foldASCII(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = x & (0x7F &* ones)
        let atLeastA = low7 &+ ((0x80 - 0x41) &* ones)
        let pastZ = low7 &+ ((0x80 - 0x5B) &* ones)
        let capitals = atLeastA & ~pastZ & ~x & (0x80 &* ones)
        return x | (capitals >> 2)
    }

    /// The key of a lexicon word.
    init?(_ word: some StringProtocol, foldCase: Bool) {
        var utf8 = Array(word.utf8)
        guard let key = utf8.withUnsafeMutableBufferPointer({ WordKey(UnsafeBufferPointer($0), foldCase: foldCase) }) else { return nil }
        self = key
    }

    private init() {}

    /// The key no word has: for tokens without a key.
    static let none = WordKey()
}

extension WordKey {
    /// The key's `WordHash`: the same value as hashing its bytes.
    @inline(__always)
    var hash64: UInt64 {
        var hash = WordHash.seed(Int(count))
        if count > 0 { hash = WordHash.mix(hash ^ a) }
        if count > 8 { hash = WordHash.mix(hash ^ b) }
        if count > 16 { hash = WordHash.mix(hash ^ c) }
        return WordHash.finish(hash)
    }
}
