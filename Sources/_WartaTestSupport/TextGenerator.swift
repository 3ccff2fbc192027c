/// A small, seedable random number generator (SplitMix64), so that a failing generated case is
/// reproduced by its seed alone.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates scraped-news-like text for property tests: Indonesian words, numbers and amounts,
/// quotes of every style, punctuation, emoji, combining marks, right-to-left text, control and
/// invisible characters, HTML debris and article furniture (datelines, `Baca juga:`, credits),
/// joined by every kind of space and line end.
public struct TextGenerator {
    /// Families of pieces; each generated piece comes from one family chosen at random.
    public static let families: [[String]] = [
        ["dan", "yang", "mengatakan", "Presiden", "Jokowi", "Kementerian", "menyetujuinya", "di", "ke", "Indonesia",
         "pemerintah", "harga", "naik", "turun", "Kamis", "kemarin", "Bank", "BNPB", "UMKM", "Sri", "Mulyani", "berlari-lari",
         "produk-produk", "kupu-kupu", "sebaik-baiknya", "bolak-balik", "se-Indonesia", "COVID-19", "pun", "lah", "kah"],
        ["Jl.", "Dr.", "dr.", "dll.", "H.", "G.", "S.H.", "No.", "Tbk.", "a.n.", "M.Si.", "Prof.", "St.", "Kol."],
        ["599.300", "14,68", "Rp 5.000", "Rp123,46", "Rp.5.000", "US$1,5", "$20", "5%", "14,68%", "14.00", "09:30", "ke-3",
         "1990-an", "16-31", "2020", "0", "1.250.000,50", "3,5 juta", "12.345.678.901", "1.2.3.4.5", "007", "9,"],
        ["\"", "“", "”", "'", "‘", "’", "«", "»", "„", "\"\"", "“”", "''", "`"],
        [".", ",", "?", "!", "...", ";", ":", "(", ")", "[", "]", "-", "–", "—", "/", "?!", "…", "•", "*", "&", "|"],
        ["😀", "👍🏽", "🇮🇩", "👨‍👩‍👧", "❤️", "©", "°", "™", "🙏", "\u{1F600}\u{1F601}"],
        ["e\u{0301}", "\u{0301}", "a\u{0308}\u{0323}", "Kafé", "n\u{0303}", "\u{0E01}\u{0E34}", "\u{0915}\u{094D}\u{0937}"],
        ["مرحبا", "שלום", "\u{200F}", "\u{202E}abc\u{202C}", "\u{061F}", "بِسْمِ"],
        ["\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200B}", "\u{AD}",
         "\u{200D}", "\u{FFFD}", "\u{10FFFF}", "\u{E000}", "\u{B}", "\u{C}"],
        ["<p>", "</p>", "&nbsp;", "</div>", "&amp;", "<br/>", "<script>", "{{", "}}", "\\n", "%20"],
        ["https://a.id/x?y=1&z=(2)", "humas@kominfo.go.id", "#KitaBelaKitaBeli", "@jokowi", "www.antaranews.com",
         "kominfo.go.id", "http://", "@", "#", "a@b"],
        ["Jakarta (ANTARA) - ", "Baca juga: ", "Pewarta: ", "Editor: ", "Copyright © ", "PEKANBARU, Antaranews.com - ",
         "JAKARTA, KOMPAS.com – "],
    ]

    public static let separators: [String] = [" ", " ", " ", " ", "", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\n\n", "\u{3000}"]

    public var random: SeededGenerator

    public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// One random scalar from anywhere in Unicode (no surrogates).
    public mutating func anyScalar() -> Unicode.Scalar {
        while true {
            let value: UInt32
            switch Int.random(in: 0..<4, using: &random) {
            case 0: value = UInt32.random(in: 0..<0x80, using: &random)
            case 1: value = UInt32.random(in: 0x80..<0x800, using: &random)
            case 2: value = UInt32.random(in: 0x800..<0x10000, using: &random)
            default: value = UInt32.random(in: 0x10000...0x10FFFF, using: &random)
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    /// A piece of text from a random family (or a few random scalars, or a long repetition).
    public mutating func piece() -> String {
        switch Int.random(in: 0..<40, using: &random) {
        case 0:
            return String(String.UnicodeScalarView((0..<Int.random(in: 1...4, using: &random)).map { _ in anyScalar() }))
        case 1:
            // Long runs: digits with dots, hyphen chains, quote storms.
            let unit = ["9.", "kupu-", "\"", "“", "a.B", "Rp", "-", "x", "!", "\u{301}"].randomElement(using: &random)!
            return String(repeating: unit, count: Int.random(in: 2...300, using: &random))
        default:
            let family = Self.families.randomElement(using: &random)!
            return family.randomElement(using: &random)!
        }
    }

    /// A text of about `pieces` pieces.
    public mutating func text(pieces: Int) -> String {
        var result = ""
        for _ in 0..<pieces {
            result += piece()
            result += Self.separators.randomElement(using: &random)!
        }
        return result
    }

    /// `count` texts of random length up to `maxPieces` pieces, from consecutive seeds.
    public static func samples(count: Int, maxPieces: Int, seed: UInt64 = 0x5741_5254_41) -> [(seed: UInt64, text: String)] {
        (0..<UInt64(count)).map { index in
            var generator = TextGenerator(seed: seed &+ index)
            let pieces = Int.random(in: 0...maxPieces, using: &generator.random)
            return (seed &+ index, generator.text(pieces: pieces))
        }
    }
}
