/// A fast 64-bit hash of a word's UTF-8 bytes, computed once per token so that the extractors'
/// lexicon tables (`WordSet`, `WordMap`, `PhraseTrie`, `PhraseTable`) never run Swift's seeded
/// `Hasher` in the token loop. The bytes are read in 8-byte little-endian chunks, so a `WordKey`
/// (the same chunks, packed) hashes to the same value as its bytes. Never 0 (tables use 0 for empty).
enum WordHash {
    /// The hash of `bytes`, ASCII capitals folded to lower case when `foldASCII`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, foldASCII: Bool) -> UInt64 {
        var hash = seed(bytes.count)
        var chunk: UInt64 = 0
        var shift: UInt64 = 0
        for raw in bytes {
            var byte = raw
            if foldASCII && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            chunk |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                hash = mix(hash ^ chunk)
                chunk = 0
                shift = 0
            }
        }
        if shift > 0 { hash = mix(hash ^ chunk) }
        return finish(hash)
    }

    /// The hash of a string's UTF-8 bytes as written.
    static func of(_ string: String) -> UInt64 {
        var copy = string
        return copy.withUTF8 { of($0, foldASCII: false) }
    }

    @inline(__always)
    static func seed(_ count: Int) -> UInt64 { 0x243F_6A88_85A3_08D3 &+ UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15 }

    /// The splitmix64 finaliser: every input bit reaches every output bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}
