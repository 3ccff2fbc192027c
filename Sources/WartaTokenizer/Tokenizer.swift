import WartaLexicons
import WartaSegmentation
import WartaText

/// Splits Indonesian text into tokens: ICU's word boundaries (over UTF-8, in place) with Indonesian
/// rules on top that keep whole what ICU splits (`produk-produk`, `ke-3`, `#KitaBelaKitaBeli`,
/// `Rp 5.000`, `US$1,5`, `dll.`, `S.H.`, initials, URLs, e-mail addresses) and give every token a
/// kind. Clitics stay inside their word (`menyetujuinya` is one token); see `CliticAnalyzer`.
///
/// A `Tokenizer` is immutable and `Sendable`: share one across tasks.
public struct Tokenizer: Sendable {
    public let lexicon: TokenizerLexicon
    private let iterators: IteratorPool

    public init(lexicons: LexiconStore = .embedded) throws {
        try self.init(lexicon: TokenizerLexicon(lexicons: lexicons))
    }

    /// False to take every word boundary from ICU, even in pure-ASCII text (the tests compare).
    let usesASCIIRules: Bool

    public init(lexicon: TokenizerLexicon) throws {
        try self.init(lexicon: lexicon, usesASCIIRules: true)
    }

    init(lexicon: TokenizerLexicon, usesASCIIRules: Bool) throws {
        self.lexicon = lexicon
        self.iterators = try IteratorPool(kind: .word)
        self.usesASCIIRules = usesASCIIRules
    }

    /// All tokens of `source`.
    public func tokenize(_ source: SourceText) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(source.byteCount / 6)
        try source.bytes.withUnsafeBufferPointer { buffer in
            try tokenize(buffer) { tokens.append($0) }
        }
        return tokens
    }

    /// All tokens of a string (convenience for small inputs).
    public func tokenize(_ string: String) throws -> [Token] {
        try tokenize(SourceText(string))
    }

    /// Streams the tokens of UTF-8 `bytes` (which must be valid UTF-8) to `emit`, in order, with
    /// byte offsets relative to `bytes.baseAddress`. Memory use does not grow with the input.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Token) throws -> Void) throws {
        try iterators.withIterator { iterator in
            let scanner = TokenScanner(bytes: bytes, lexicon: lexicon)
            var previous = 0
            // Segments are classified from their bytes: cheaper than asking ICU for rule statuses.
            // Pure-ASCII text (most paragraphs) is segmented by `ASCIIWordBreaks`, checked against ICU.
            try iterator.forEachBatch(in: bytes, statuses: false, asciiRules: usesASCIIRules) { offsets, _ in
                for offset in offsets {
                    let end = Int(offset)
                    scanner.append(start: previous, end: end)
                    previous = end
                }
                try scanner.drain(final: false, emit)
            }
            try scanner.drain(final: true, emit)
        }
    }
}

/// A small pool of ICU break iterators so that concurrent callers each get their own.
final class IteratorPool: @unchecked Sendable {
    private let prototype: BreakIterator
    private let free = Locked<[BreakIterator]>([])

    init(kind: BreakIterator.Kind) throws {
        prototype = try BreakIterator(kind)
    }

    func withIterator<T>(_ body: (BreakIterator) throws -> T) throws -> T {
        let iterator = try free.withLock { free throws -> BreakIterator in
            if let iterator = free.popLast() { return iterator }
            return try prototype.clone()
        }
        defer { self.free.withLock { if $0.count < 16 { $0.append(iterator) } } }
        return try body(iterator)
    }
}
