/// How a word was taken apart: its root, each affix with its spelling and the rule that removed
/// it, and where the decision came from. For researchers who study morphology; `Stemmer.stem`
/// returns only the root.
public struct StemAnalysis: Sendable, Hashable, Codable {
    /// One removed affix: the morpheme (`meN`), how it was spelt in the word (`meny`) and the
    /// rule ID of the affix table row that removed it (`CS-18a`).
    public struct Affix: Sendable, Hashable, Codable {
        public let morpheme: String
        public let surface: String
        public let rule: String
    }

    /// Where the root came from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// Chosen among generated analyses.
        case analysis
        /// The exceptions file (`stemmer/exceptions.tsv`) names this word or its stem.
        case exception
        /// A protected name (`stemmer/names.txt`) or a capitalised word in running text.
        case name
        /// No analysis reached a known root: the word minus clitics.
        case unknown
        /// Not a word the stemmer handles (digits, symbols, acronyms).
        case untouched
    }

    public let word: String
    public let root: String
    /// Prefixes and proclitics, outermost first.
    public let prefixes: [Affix]
    /// Derivational and loanword suffixes, innermost first.
    public let suffixes: [Affix]
    /// Possessive clitic (`-ku`, `-mu`, `-nya`).
    public let possessive: Affix?
    /// Particle (`-lah`, `-kah`, `-tah`, `-pun`).
    public let particle: Affix?
    /// `full`, `partial`, `rhyming`, `affixed` or nil.
    public let reduplication: String?
    /// True when the root is in the root lexicon.
    public let inDictionary: Bool
    public let source: Source
    /// Rule IDs in the order they apply from the outside in (suffixes, then prefixes).
    public let rules: [String]
    /// The winning analysis's score (higher is more plausible); 0 when no scoring took place.
    public let score: Float

    public init(
        word: String, root: String, prefixes: [Affix] = [], suffixes: [Affix] = [], possessive: Affix? = nil,
        particle: Affix? = nil, reduplication: String? = nil, inDictionary: Bool, source: Source,
        rules: [String] = [], score: Float = 0
    ) {
        self.word = word
        self.root = root
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.possessive = possessive
        self.particle = particle
        self.reduplication = reduplication
        self.inDictionary = inDictionary
        self.source = source
        self.rules = rules
        self.score = score
    }

    /// A one-line human-readable form: `meN(mem)+per+[timbang]+kan  CS-12 CS-23 NA-S3`.
    public var summary: String {
        var parts: [String] = prefixes.map { $0.morpheme == $0.surface ? $0.morpheme : "\($0.morpheme)(\($0.surface))" }
        parts.append("[\(root)]")
        parts += suffixes.map(\.morpheme)
        if let possessive { parts.append(possessive.morpheme) }
        if let particle { parts.append(particle.morpheme) }
        var text = parts.joined(separator: "+")
        if let reduplication { text += " redup=\(reduplication)" }
        text += " source=\(source.rawValue) dict=\(inDictionary ? "yes" : "no")"
        if !rules.isEmpty { text += " rules=" + rules.joined(separator: ",") }
        return text
    }
}
