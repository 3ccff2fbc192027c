/// A word's bytes, ASCII letters folded to lowercase, packed into three machine words so that
/// lexicon lookups in the token loop allocate nothing. Words longer than 24 bytes have no key
/// (no lexicon entry is that long).
struct WordKey: Hashable, Sendable {
    fileprivate(set) var a: UInt64 = 0
    fileprivate(set) var b: UInt64 = 0
    fileprivate(set) var c: UInt64 = 0
    fileprivate(set) var count: UInt8 = 0

    /// The key of `bytes`, or nil when longer than 24 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, foldCase: Bool) {
        guard bytes.count <= 24 else { return nil }
        count = UInt8(bytes.count)
        for (index, raw) in bytes.enumerated() {
            var byte = raw
            if foldCase && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            let shifted = UInt64(byte) << UInt64((index & 7) * 8)
            switch index >> 3 {
            case 0: a |= shifted
            case 1: b |= shifted
            default: c |= shifted
            }
        }
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
