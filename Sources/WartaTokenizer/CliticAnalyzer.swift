import WartaLexicons

/// Reports the clitics and particles attached to a word (`menyetujuinya` = `menyetujui` + `-nya`,
/// `kupinjam` = `ku-` + `pinjam`, `bukankah` = `bukan` + `-kah`) without breaking the token.
/// Forms come from `Lexicons/tokenizer/clitics.tsv`; words that only look clitic (`sekolah`,
/// `punya`) from `clitic-exceptions.txt`. `-nya`, `-lah`, `-kah`, `-tah` and `-pun` are reported
/// when at least three letters remain; the short and ambiguous `-ku`, `-mu`, `ku-` and `kau-`
/// (`buku`, `ilmu`, `kuat`, `kaum`) only when what remains is a known root word.
public struct CliticAnalyzer: Sendable {
    /// One attached clitic.
    public struct Clitic: Sendable, Equatable, Codable {
        /// The form as listed (`-nya`, `ku-`).
        public var form: String
        /// `particle`, `possessive` or `pronoun`.
        public var kind: String
    }

    /// A word split into its host and clitics.
    public struct Analysis: Sendable, Equatable {
        public var host: String
        public var prefix: Clitic?
        public var suffixes: [Clitic]
    }

    let prefixes: [(form: String, bare: String, kind: String)]
    let suffixes: [(form: String, bare: String, kind: String)]
    let exceptions: Set<String>
    let roots: Set<String>
    let suffixBytes: [[UInt8]]
    let prefixBytes: [[UInt8]]

    /// Builds the analyser; `roots` (lowercase root words) enables the ambiguous short clitics.
    public init(lexicons: LexiconStore = .embedded, roots: Set<String> = []) throws(LexiconError) {
        self.roots = roots
        var prefixes: [(String, String, String)] = []
        var suffixes: [(String, String, String)] = []
        let file = try lexicons.file("tokenizer/clitics.tsv")
        for entry in file.entries {
            guard let position = entry[field: 1], let kind = entry[field: 2] else {
                throw LexiconError(path: file.path, line: entry.line, message: "needs form, position and kind")
            }
            let bare = entry.key.filter { $0 != "-" }
            if position == "prefix" { prefixes.append((entry.key, bare, kind)) } else { suffixes.append((entry.key, bare, kind)) }
        }
        // Longer forms first, so `-nya` is tried before a shorter form it ends with.
        self.prefixes = prefixes.sorted { $0.1.count > $1.1.count }
        self.suffixes = suffixes.sorted { $0.1.count > $1.1.count }
        self.exceptions = Set(try lexicons.file("tokenizer/clitic-exceptions.txt").keys)
        self.suffixBytes = self.suffixes.map { Array($0.bare.utf8) }
        self.prefixBytes = self.prefixes.map { Array($0.bare.utf8) }
    }

    /// The clitics of `word`, or nil when it has none. Capitalised words are names or sentence
    /// starts and are analysed in lowercase; hyphenated words are analysed on their last part.
    public func analyze(_ word: some StringProtocol) -> Analysis? {
        guard mayHaveClitic(word) else { return nil }
        let lower = word.lowercased()
        guard !exceptions.contains(lower), lower.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return nil }
        var host = Substring(lower)
        var found: [Clitic] = []
        // At most one particle after at most one possessive: `bukunyalah`.
        for _ in 0..<2 {
            guard let match = suffixes.first(where: { accepts(host.dropLast($0.bare.count), clitic: $0.bare) && host.hasSuffix($0.bare) }) else { break }
            if found.contains(where: { $0.kind == match.kind }) { break }
            found.insert(Clitic(form: match.form, kind: match.kind), at: 0)
            host = host.dropLast(match.bare.count)
            if exceptions.contains(String(host)) { break }
        }
        var prefix: Clitic? = nil
        if let match = prefixes.first(where: { host.hasPrefix($0.bare) && accepts(host.dropFirst($0.bare.count), clitic: $0.bare) }) {
            prefix = Clitic(form: match.form, kind: match.kind)
            host = host.dropFirst(match.bare.count)
        }
        if found.isEmpty && prefix == nil { return nil }
        return Analysis(host: String(host), prefix: prefix, suffixes: found)
    }

    /// An analyser whose known roots are every entry of the lexicon files under `roots/`
    /// (the stemmer's root list), so the short clitics are recognised too (`bukuku`, `kupinjam`).
    public static func withRoots(lexicons: LexiconStore = .embedded) throws(LexiconError) -> CliticAnalyzer {
        var roots: Set<String> = []
        for path in lexicons.paths where path.hasPrefix("roots/") {
            for key in try lexicons.file(path).keys { roots.insert(key.lowercased()) }
        }
        return try CliticAnalyzer(lexicons: lexicons, roots: roots)
    }

    /// A cheap test on the bytes: could any listed clitic begin or end this word?
    public func mayHaveClitic(_ word: some StringProtocol) -> Bool {
        var word = String(word)
        return word.withUTF8 { mayHaveClitic(utf8: $0) }
    }

    /// The same test on UTF-8 bytes, without allocating.
    public func mayHaveClitic(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        for suffix in suffixBytes where word.count > suffix.count {
            var matches = true
            for (offset, byte) in suffix.enumerated() where word[word.count - suffix.count + offset] | 0x20 != byte {
                matches = false
                break
            }
            if matches { return true }
        }
        guard !roots.isEmpty else { return false }
        return prefixBytes.contains { prefix in
            word.count > prefix.count && prefix.indices.allSatisfy { word[$0] | 0x20 == prefix[$0] }
        }
    }

    /// Whether `host` may stand before or after `clitic`.
    func accepts(_ host: Substring, clitic: String) -> Bool {
        if roots.contains(String(host)) { return true }
        let ambiguous = clitic.count <= 3 && clitic != "nya" && clitic != "lah" && clitic != "kah" && clitic != "tah" && clitic != "pun"
        return !ambiguous && host.count >= 3
    }
}
