import WartaText

/// What a token is. The tokenizer decides the kind from the token's shape and Warta's lexicons.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    /// A word, including hyphenated words and reduplications (`produk-produk`, `se-Indonesia`).
    case word
    /// A number in Indonesian format (`599.300`, `14,68`, `1.250.000,50`, `25`).
    case number
    /// An amount with its currency sign attached (`Rp123,46`, `Rp 5.000`, `US$1,5`).
    case money
    /// A number with a percent sign (`5%`, `14,68%`).
    case percent
    /// A clock time (`14.00`, `09:30`).
    case time
    /// An ordinal written with `ke-` (`ke-3`, `ke-75`).
    case ordinal
    /// A word written in capitals (`UMKM`, `BNPB`).
    case acronym
    /// An abbreviation from the lexicon, with its final full stop (`dll.`, `Dr.`, `S.H.`).
    case abbreviation
    /// A capital letter standing for a name (`G.` or `G` in `Johnny G. Plate`).
    case initial
    /// A code mixing letters and digits (`COVID-19`, `CN-235`, `G20`).
    case identifier
    case hashtag
    case mention
    case url
    case email
    /// Punctuation marks (`.`, `,`, `"`, `“`, `–`, `...`).
    case punctuation
    /// Symbols (`$`, `+`, `©`, `°`).
    case symbol
    case emoji
}

/// Facts about a token beyond its kind.
/// (The flags are inlinable constants: as stored `static let`s, every test of a flag from another
/// module was a call to the global's accessor, about a million a 2 MB pass.)
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Joined by hyphens (`kupu-kupu`, `se-Indonesia`, `COVID-19`).
    @inlinable public static var hyphenated: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// A reduplication: full (`produk-produk`), affixed (`sebaik-baiknya`) or with a sound change (`bolak-balik`).
    @inlinable public static var reduplicated: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// Starts with a capital letter.
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// Contains bytes outside ASCII, so its matching form may differ from its text.
    @inlinable public static var nonASCII: TokenFlags { TokenFlags(rawValue: 1 << 3) }
}

/// One token: its kind, flags and where it lies in the source (UTF-8 byte offsets; turn them into
/// a `Span` with `SourceText.span(bytes:)` to get its text and code-point offsets).
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var flags: TokenFlags
    public var byteStart: Int
    public var byteEnd: Int

    public init(kind: TokenKind, flags: TokenFlags = [], byteStart: Int, byteEnd: Int) {
        self.kind = kind
        self.flags = flags
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    public var byteRange: Range<Int> { byteStart..<byteEnd }
    public var byteCount: Int { byteEnd - byteStart }
}
