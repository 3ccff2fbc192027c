import WartaText
import WartaTokenizer

/// The document's tokens with their case-folded lookup keys computed once per document (the
/// date and figure extractors share it through the extraction cache): kinds, keys, and whether
/// two tokens touch (no space between). Exact-case keys and keys without a final full stop are
/// computed on demand (few lookups need them). A class, so the per-sentence scanners share it
/// without copying.
final class TokenText: Sendable {
    let tokens: [Token]
    let bytes: [UInt8]
    /// Case-folded key of every token.
    let keys: [WordKey]
    /// `hash64` of every token's case-folded key.
    let keyHashes: [UInt64]

    init(_ document: Document) {
        tokens = document.tokens
        bytes = document.source.bytes
        let list = document.tokens
        let count = list.count
        // Keys and hashes in one pass, written in place (no appends, no second pass for hashes).
        var keyHashes: [UInt64] = []
        keys = document.source.bytes.withUnsafeBufferPointer { buffer in
            [WordKey](unsafeUninitializedCapacity: count) { keyOut, keyCount in
                keyHashes = [UInt64](unsafeUninitializedCapacity: count) { hashOut, hashCount in
                    for index in 0..<count {
                        let token = list[index]
                        let key = WordKey(buffer, token.byteStart, token.byteEnd, foldCase: true) ?? .none
                        (keyOut.baseAddress! + index).initialize(to: key)
                        (hashOut.baseAddress! + index).initialize(to: key.hash64)
                    }
                    hashCount = count
                }
                keyCount = count
            }
        }
        self.keyHashes = keyHashes
    }

    /// The exact-case key of token `index` (`M`, `T`, `WIB`).
    func exactKey(_ index: Int) -> WordKey {
        let token = tokens[index]
        return bytes.withUnsafeBufferPointer { WordKey(UnsafeBufferPointer(rebasing: $0[token.byteStart..<token.byteEnd]), foldCase: false) } ?? .none
    }

    /// For an abbreviation with a final full stop (`km.` ending a sentence, `Des.`), the key
    /// without the stop; `.none` for other tokens.
    func stemKey(_ index: Int, foldCase: Bool) -> WordKey {
        let token = tokens[index]
        guard token.kind == .abbreviation, token.byteCount > 1, bytes[token.byteEnd - 1] == UInt8(ascii: ".") else { return .none }
        return bytes.withUnsafeBufferPointer { WordKey(UnsafeBufferPointer(rebasing: $0[token.byteStart..<(token.byteEnd - 1)]), foldCase: foldCase) } ?? .none
    }

    var count: Int { tokens.count }

    func kind(_ index: Int) -> TokenKind { tokens[index].kind }

    /// True when token `index` and the next touch (`13` `/` `7`).
    func touchesNext(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].byteEnd == tokens[index + 1].byteStart
    }

    /// The first byte of token `index`.
    func firstByte(_ index: Int) -> UInt8 { bytes[tokens[index].byteStart] }

    /// True when token `index` is the single ASCII character `c`.
    func isChar(_ index: Int, _ c: UInt8) -> Bool {
        index < tokens.count && tokens[index].byteCount == 1 && bytes[tokens[index].byteStart] == c
    }

    func isCapitalized(_ index: Int) -> Bool { tokens[index].flags.contains(.capitalized) }

    /// Token `index`'s text (allocates: use outside hot loops).
    func text(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].byteStart..<tokens[index].byteEnd], as: UTF8.self)
    }

    /// The text from token `first` to token `last` inclusive, as written.
    func text(from first: Int, through last: Int) -> String {
        String(decoding: bytes[tokens[first].byteStart..<tokens[last].byteEnd], as: UTF8.self)
    }

    /// Digits of a number token read as a plain integer (`2020`, `07`), or nil when it has
    /// anything but ASCII digits or more than 9 of them.
    func plainInteger(_ index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .number, token.byteCount <= 9 else { return nil }
        var value = 0
        for position in token.byteStart..<token.byteEnd {
            let byte = bytes[position]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Number of bytes of token `index`.
    func length(_ index: Int) -> Int { tokens[index].byteCount }
}
