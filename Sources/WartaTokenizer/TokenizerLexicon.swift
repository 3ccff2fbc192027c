import WartaLexicons

/// The lexicon data the tokenizer and sentence splitter need, loaded once.
public struct TokenizerLexicon: Sendable {
    /// How an abbreviation behaves at a possible sentence end.
    public enum AbbreviationClass: String, Sendable {
        /// Stands before a name or number (`Dr.`, `H.`, `Jl.`, `No.`): never ends a sentence.
        case title
        /// Stands after a name (`S.H.`, `M.Si.`).
        case degree
        /// Joins two parts of a sentence (`s.d.` = sampai dengan): never ends a sentence.
        case connective
        /// May end a sentence (`dll.`, `dsb.`).
        case general
    }

    /// Abbreviations keyed by their exact spelling with the final full stop.
    public let abbreviations: [String: AbbreviationClass]
    /// Currency signs and codes keyed by their spelling, with their ISO 4217 code.
    public let currencySigns: [String: String]
    /// Month names (lowercase), from `calendar/months.tsv`: a hyphen between a month and a number
    /// is a range between dates (`28 November-2 Desember`), not one word.
    public let monthNames: Set<String>
    /// Top-level domains that make `kominfo.go.id` a URL rather than a word.
    public let topLevelDomains: Set<String>
    /// Longest currency sign, in bytes.
    let longestCurrencySign: Int
    /// First bytes of currency signs: most words cannot start one, and are not looked up.
    let currencyFirstBytes: [Bool]
    /// For each first byte, bit `n` set when an abbreviation of `n` bytes (`n` < 64) starts with it:
    /// most words before a full stop are none, and are not looked up (a lookup builds a string and
    /// runs Swift's `Hasher`).
    let abbreviationShapes: [UInt64]

    /// False when no abbreviation is the `length` bytes starting with `first`; true when one may be.
    @inline(__always)
    func mayBeAbbreviation(first: UInt8, length: Int) -> Bool {
        abbreviationShapes[Int(first)] & (length < 64 ? 1 << UInt64(length) : ~0) != 0
    }

    /// The class of the abbreviation spelt by `bytes[start..<end]` (nil for none), looked up only
    /// when its first byte and length fit one.
    @inline(__always)
    func abbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> AbbreviationClass? {
        guard end > start, mayBeAbbreviation(first: bytes[start], length: end - start) else { return nil }
        return abbreviations[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)]
    }

    public init(lexicons: LexiconStore = .embedded) throws(LexiconError) {
        var abbreviations: [String: AbbreviationClass] = [:]
        let abbreviationFile = try lexicons.file("abbreviations.tsv")
        for entry in abbreviationFile.entries {
            guard let raw = entry[field: 1], let kind = AbbreviationClass(rawValue: raw) else {
                throw LexiconError(path: abbreviationFile.path, line: entry.line, message: "class must be title, connective, degree or general")
            }
            abbreviations[entry.key] = kind
        }
        var signs: [String: String] = [:]
        let currencyFile = try lexicons.file("tokenizer/currency-symbols.tsv")
        for entry in currencyFile.entries {
            guard let code = entry[field: 1] else {
                throw LexiconError(path: currencyFile.path, line: entry.line, message: "missing ISO 4217 code")
            }
            signs[entry.key] = code
        }
        self.abbreviations = abbreviations
        self.currencySigns = signs
        self.longestCurrencySign = signs.keys.map(\.utf8.count).max() ?? 0
        var firstBytes = [Bool](repeating: false, count: 256)
        for sign in signs.keys { if let first = sign.utf8.first { firstBytes[Int(first)] = true } }
        self.currencyFirstBytes = firstBytes
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in abbreviations.keys {
            guard let first = word.utf8.first else { continue }
            let length = word.utf8.count
            // (Longer ones, if any, set every bit: the table then says "may be" for them.)
            shapes[Int(first)] |= length < 64 ? 1 << UInt64(length) : ~0
        }
        self.abbreviationShapes = shapes
        self.monthNames = Set(try lexicons.file("calendar/months.tsv").keys.map { $0.lowercased() })
        self.topLevelDomains = Set(try lexicons.file("tokenizer/url-domains.txt").keys.map { $0.lowercased() })
    }
}
