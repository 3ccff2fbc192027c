import WartaText
import WartaTokenizer

/// The body tokens of a document as strings (a class: shared by the scans without copying), computed once per extractor run: the exact text,
/// a folded lower-case form for lexicon lookups, and whether the token starts with a capital.
final class DocumentWords: Sendable {
    let text: [String]
    let folded: [String]
    /// `WordHash` of each token's exact text and of its folded form, for `WordSet` lookups.
    let textHashes: [UInt64]
    let foldedHashes: [UInt64]
    /// True when some lexicon holds the token's folded form: every other token is skipped by
    /// lexicon lookups without hashing it again.
    let known: [Bool]
    /// The `WordTag` bits of the tagged lexicon sets holding each token's folded form.
    let tags: [UInt64]
    /// The tags the vocabulary registered: a set with another tag is probed.
    let registeredTags: UInt64
    let capitalized: [Bool]
    let kinds: [TokenKind]
    /// For each token, the index of the sentence that holds it. 32 bits (a 100 MB article has
    /// millions of tokens): the rules only compare the numbers of nearby tokens.
    let sentenceOf: [Int32]
    /// For each token, the index of its paragraph (body line).
    let paragraphOf: [Int32]
    /// Each token's byte when it is one byte long, else 0: `isChar` compares it instead of a
    /// string (comparing two different strings is a call into the standard library).
    let singleBytes: [UInt8]

    init(_ document: Document, vocabulary: ExtractionVocabulary) {
        let tokens = document.tokens
        let count = tokens.count
        // ASCII tokens of up to 24 bytes: their folded hash is the date and figure rules' key hash.
        let keyHashes = document.tokenText.keyHashes
        let table = vocabulary.tags
        // Every array is written once, in place, in one pass over the tokens (appending to nine
        // arrays checked each one's capacity and uniqueness per token).
        var folded: [String] = []
        var textHashes: [UInt64] = []
        var foldedHashes: [UInt64] = []
        var capitalized: [Bool] = []
        var kinds: [TokenKind] = []
        var singleBytes: [UInt8] = []
        var known: [Bool] = []
        var tags: [UInt64] = []
        let text = document.source.bytes.withUnsafeBufferPointer { bytes in
            [String](unsafeUninitializedCapacity: count) { textOut, textCount in
                folded = [String](unsafeUninitializedCapacity: count) { foldedOut, foldedCount in
                    textHashes = [UInt64](unsafeUninitializedCapacity: count) { textHashOut, textHashCount in
                        foldedHashes = [UInt64](unsafeUninitializedCapacity: count) { foldedHashOut, foldedHashCount in
                            for index in 0..<count {
                                let token = tokens[index]
                                let ascii = !token.flags.contains(.nonASCII)
                                let tokenBytes = UnsafeBufferPointer(rebasing: bytes[token.byteStart..<token.byteEnd])
                                let string = String(decoding: tokenBytes, as: UTF8.self)
                                let capital = ascii && Self.hasCapital(tokenBytes)
                                let foldedString = ascii ? (capital ? Self.asciiLowercased(tokenBytes) : string) : Self.fold(string, ascii: false)
                                let foldedHash = ascii && token.byteCount <= 24 ? keyHashes[index]
                                    : ascii ? WordHash.of(tokenBytes, foldASCII: true) : WordHash.of(foldedString)
                                // An ASCII token without capitals is its own folded form.
                                (textHashOut.baseAddress! + index).initialize(to: ascii && !capital ? foldedHash : WordHash.of(tokenBytes, foldASCII: false))
                                (foldedHashOut.baseAddress! + index).initialize(to: foldedHash)
                                (textOut.baseAddress! + index).initialize(to: string)
                                (foldedOut.baseAddress! + index).initialize(to: foldedString)
                            }
                            foldedHashCount = count
                        }
                        textHashCount = count
                    }
                    foldedCount = count
                }
                textCount = count
            }
        }
        capitalized = [Bool](unsafeUninitializedCapacity: count) { out, written in
            kinds = [TokenKind](unsafeUninitializedCapacity: count) { kindOut, kindCount in
                singleBytes = [UInt8](unsafeUninitializedCapacity: count) { byteOut, byteCount in
                    document.source.bytes.withUnsafeBufferPointer { bytes in
                        for index in 0..<count {
                            let token = tokens[index]
                            (out.baseAddress! + index).initialize(to: token.flags.contains(.capitalized) || token.kind == .acronym)
                            (kindOut.baseAddress! + index).initialize(to: token.kind)
                            (byteOut.baseAddress! + index).initialize(to: token.byteEnd - token.byteStart == 1 ? bytes[token.byteStart] : 0)
                        }
                    }
                    byteCount = count
                }
                kindCount = count
            }
            written = count
        }
        known = [Bool](unsafeUninitializedCapacity: count) { knownOut, knownCount in
            tags = [UInt64](unsafeUninitializedCapacity: count) { tagOut, tagCount in
                folded.withUnsafeBufferPointer { folded in
                    foldedHashes.withUnsafeBufferPointer { hashes in
                        vocabulary.filter.withUnsafeBufferPointer { filter in
                            for index in 0..<count {
                                // (Most tokens are in no lexicon: the filter answers for them.)
                                let hash = hashes[index]
                                let bits = ExtractionVocabulary.mayContain(filter, hash) ? table.value(folded[index], hash: hash) : nil
                                (knownOut.baseAddress! + index).initialize(to: bits != nil)
                                (tagOut.baseAddress! + index).initialize(to: bits ?? 0)
                            }
                        }
                    }
                }
                tagCount = count
            }
            knownCount = count
        }
        var sentenceOf = Array(repeating: Int32(0), count: count)
        for (index, range) in document.sentenceTokens.enumerated() {
            for token in range { sentenceOf[token] = Int32(truncatingIfNeeded: index) }
        }
        var paragraphOf = Array(repeating: Int32(0), count: count)
        var paragraph = 0
        let body = document.layout.body
        for (index, token) in tokens.enumerated() {
            while paragraph + 1 < body.count && token.byteStart >= body[paragraph].upperBound { paragraph += 1 }
            paragraphOf[index] = Int32(truncatingIfNeeded: paragraph)
        }
        self.text = text
        self.folded = folded
        self.textHashes = textHashes
        self.foldedHashes = foldedHashes
        self.known = known
        self.tags = tags
        self.registeredTags = vocabulary.registered
        self.capitalized = capitalized
        self.kinds = kinds
        self.sentenceOf = sentenceOf
        self.paragraphOf = paragraphOf
        self.singleBytes = singleBytes
    }

    var count: Int { text.count }

    /// True when token `index`'s folded form is in `set`.
    @inline(__always)
    func has(_ index: Int, _ set: WordSet) -> Bool {
        if set.tag & registeredTags != 0 { return tags[index] & set.tag != 0 }
        return known[index] && set.contains(folded[index], hash: foldedHashes[index])
    }

    /// False when token `index` can start no entry of a trie whose first words carry `startTag`
    /// (or when no lexicon knows the token); true when it may.
    @inline(__always)
    func mayStart(_ index: Int, _ startTag: UInt64) -> Bool {
        if startTag & registeredTags != 0 { return tags[index] & startTag != 0 }
        return known[index]
    }

    /// False when no entry of a trie whose first words carry `startTag` starts at token `index`
    /// (past the end, or the bit is clear). Asked before reading a trie stored in a lexicon: reading
    /// it retained its tables on every call, most of which then found nothing.
    @inline(__always)
    func startsEntry(_ index: Int, _ startTag: UInt64) -> Bool { index < count && mayStart(index, startTag) }

    /// True when token `index`'s exact text is in `set` (a set of capitalised entries).
    @inline(__always)
    func hasText(_ index: Int, _ set: WordSet) -> Bool { known[index] && set.contains(text[index], hash: textHashes[index]) }

    /// True when token `index`'s exact text is in a set built for this document (no `known` check).
    @inline(__always)
    func textIn(_ index: Int, _ set: WordSet) -> Bool { !set.isEmpty && set.contains(text[index], hash: textHashes[index]) }

    /// The value for token `index`'s exact text in a table built for this document.
    @inline(__always)
    func textValue<V>(_ index: Int, _ table: WordMap<V>) -> V? { table.isEmpty ? nil : table.value(text[index], hash: textHashes[index]) }

    /// The value for token `index`'s folded form in `table`.
    @inline(__always)
    func value<V>(_ index: Int, _ table: WordMap<V>) -> V? { known[index] ? table.value(folded[index], hash: foldedHashes[index]) : nil }

    /// True when token `index` is exactly the ASCII character `character` (`,`, `(`).
    @inline(__always)
    func isChar(_ index: Int, _ character: Unicode.Scalar) -> Bool { singleBytes[index] == UInt8(ascii: character) }

    /// True when token `index` is a quote mark of any style.
    func isQuoteMark(_ index: Int) -> Bool {
        guard kinds[index] == .punctuation else { return false }
        // A one-byte token is its own folded form: compare the byte, not the string.
        let byte = singleBytes[index]
        if byte != 0 { return byte == UInt8(ascii: "\"") }
        return folded[index] == "\""
    }

    /// The start of the degrees and commas written before `end` (`, S.H., M.H.`, `, Sp.P(K).`):
    /// where a name that they follow ends.
    func skippingDegrees(before end: Int) -> Int {
        var cursor = end
        while cursor > 0, end - cursor < 10 {
            let previous = cursor - 1
            let text = self.text[previous]
            // `Apt.` written as a short capitalised word and a full stop is a degree too.
            // (Byte tests first: counting `Character`s and searching for one break graphemes.)
            let shortBeforeStop = previous + 1 < self.text.count && isChar(previous + 1, ".") && capitalized[previous]
                && (text.utf8.count <= 4 || text.count <= 4)
            let degreeLike = kinds[previous] == .abbreviation || kinds[previous] == .initial || shortBeforeStop
                || isChar(previous, ",") || isChar(previous, "(") || isChar(previous, ")") || isChar(previous, ".")
                || (kinds[previous] == .word && text.utf8.contains(UInt8(ascii: ".")) && text.contains("."))
                || (capitalized[previous] && !text.isEmpty && (text.utf8.count == 1 || text.count == 1))
            guard degreeLike else { break }
            cursor = previous
        }
        // Keep an initial that belongs to the name (`Johnny G`): only skip back to a comma.
        var start = cursor
        while start < end, !isChar(start, ",") { start += 1 }
        return start < end ? start : end
    }

    @inline(__always)
    static func hasCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.contains { $0 >= 0x41 && $0 <= 0x5A } }

    /// An ASCII token's bytes with A–Z lowered (what `lowercased()` gives for ASCII, without its Unicode tables).
    @inline(__always)
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    /// The folded lower-case form used for every lookup.
    static func fold(_ string: String, ascii: Bool) -> String {
        if ascii {
            // Most tokens are already lower case: keep the string rather than allocate a copy.
            var copy = string
            return copy.withUTF8 { hasCapital($0) ? asciiLowercased($0) : string }
        }
        var copy = string
        // ASCII text (nearly every lexicon word): what the general path gives (`MatchingFold`
        // turns a backtick into an apostrophe; `lowercased` lowers A–Z), without its tables.
        if let folded = copy.withUTF8({ bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 == 0x60 }) else { return string }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte == 0x60 ? 0x27 : byte
                }
                return bytes.count
            }
        }) {
            return folded
        }
        return MatchingFold.fold(string).lowercased()
    }
}
