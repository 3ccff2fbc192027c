import WartaLexicons

/// The words the figure rules read, loaded once from `Lexicons/figures/` (and the currency signs
/// of `Lexicons/tokenizer/currency-symbols.tsv`).
final class FigureLexicon: Sendable {
    /// Scale words folded (`juta`) and, for single capitals after money, exact (`M`, `T`): power of ten.
    let scales: PhraseTable<Int>
    let moneyScales: PhraseTable<Int>
    /// Currency names after an amount (`dolar AS`) and codes before one (`USD 1,5 juta`).
    let currenciesAfter: PhraseTable<String>
    let currenciesBefore: PhraseTable<String>
    /// Currency signs glued to numbers (`Rp`, `US$`) → ISO code.
    let signs: [String: String]
    /// Units after a number: exact case (`MW`, `m`), and lowercase words of three letters or more folded (`Kilometer`).
    let unitsExact: PhraseTable<String>
    let unitsFolded: PhraseTable<String>
    let unitsBefore: PhraseTable<String>
    /// Denominators after `per` or `/` (`jam` h, `hektare`), and the joiners themselves.
    let unitsPer: PhraseTable<String>
    let unitJoiners: PhraseTable<String>
    let numberWords: NumberWords
    let ordinals: PhraseTable<Int>
    /// Vague quantities → order of magnitude.
    let vague: PhraseTable<Int>
    /// Qualifiers → meaning (`approx`, `more-than`, `range` for `antara`).
    let qualifiers: PhraseTable<String>
    let setPhrases: PhraseTable<String>
    let notCounted: PhraseTable<Bool>
    let classifiers: PhraseTable<String>
    let rangeWords: PhraseTable<String>
    /// Words that make the number after them a label (`Pasal 5`, `Liga 1`).
    let labels: PhraseTable<Int>
    /// Beginnings of verbs and adverbs (`ber`, `di`), as bytes.
    let verbPrefixes: [[UInt8]]
    /// The key of the word that closes an `antara ... dan ...` range, from `range-words.tsv`.
    let andKey: WordKey
    /// `atau`, which pairs two figures counting the same noun (`9,4 juta atau 14,68 persen UMKM`).
    let orKey: WordKey
    /// Every word that can start a figure or a phrase the rules look at, for one lookup per word.
    let triggers: KeySet

    init(lexicons: LexiconStore) throws(LexiconError) {
        scales = try PhraseTable(lexicons, "figures/scale-words.tsv") { entry in
            entry[field: 2] == "money" ? nil : entry[field: 1].flatMap { Int($0) }
        }
        moneyScales = try PhraseTable(lexicons, "figures/scale-words.tsv", foldCase: false) { entry in
            entry[field: 2] == "money" ? entry[field: 1].flatMap { Int($0) } : nil
        }
        currenciesAfter = try PhraseTable(lexicons, "figures/currencies.tsv") { entry in
            entry[field: 2] == "before" ? nil : entry[field: 1]
        }
        currenciesBefore = try PhraseTable(lexicons, "figures/currencies.tsv", foldCase: false) { entry in
            entry[field: 2] == "after" ? nil : entry[field: 1]
        }
        var signs: [String: String] = [:]
        for entry in try lexicons.file("tokenizer/currency-symbols.tsv").entries {
            if let code = entry[field: 1] { signs[entry.key] = code }
        }
        self.signs = signs
        unitsExact = try PhraseTable(lexicons, "figures/units.tsv", foldCase: false) { entry in
            entry[field: 2] == "after" ? entry[field: 1] : nil
        }
        unitsFolded = try PhraseTable(lexicons, "figures/units.tsv") { entry in
            entry[field: 2] == "after" && entry.key.count >= 3 && entry.key == entry.key.lowercased() ? entry[field: 1] : nil
        }
        unitsBefore = try PhraseTable(lexicons, "figures/units.tsv") { entry in
            entry[field: 2] == "before" ? entry[field: 1] : nil
        }
        unitsPer = try PhraseTable(lexicons, "figures/units.tsv") { entry in
            entry[field: 2] == "per" || entry[field: 2] == "after" ? entry[field: 1] : nil
        }
        unitJoiners = try PhraseTable(lexicons, "figures/units.tsv") { entry in entry[field: 2] == "joiner" ? entry[field: 1] : nil }
        numberWords = try NumberWords(lexicons: lexicons)
        ordinals = try PhraseTable(lexicons, "figures/ordinal-words.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        vague = try PhraseTable(lexicons, "figures/vague-quantities.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        qualifiers = try PhraseTable(lexicons, "figures/qualifiers.tsv") { $0[field: 1] }
        setPhrases = try PhraseTable(lexicons, "figures/set-phrases.tsv") { $0[field: 1] ?? "" }
        notCounted = try PhraseTable(lexicons, "figures/not-counted.txt") { _ in true }
        classifiers = try PhraseTable(lexicons, "figures/classifiers.tsv") { $0[field: 1] }
        rangeWords = try PhraseTable(lexicons, "figures/range-words.tsv") { $0[field: 1] == "range" ? "range" : nil }
        andKey = try lexicons.file("figures/range-words.tsv").entries.first { $0[field: 1] == "range-after-antara" }
            .flatMap { WordKey($0.key, foldCase: true) } ?? .none
        orKey = try lexicons.file("figures/range-words.tsv").entries.first { $0[field: 1] == "pair" }
            .flatMap { WordKey($0.key, foldCase: true) } ?? .none
        labels = try PhraseTable(lexicons, "figures/number-labels.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        verbPrefixes = try lexicons.file("figures/verb-prefixes.txt").keys.map { Array($0.utf8) }
        var triggers = KeySet()
        for table in [currenciesBefore.firstKeys, unitsBefore.firstKeys, numberWords.words.firstKeys, ordinals.firstKeys,
                      vague.firstKeys, qualifiers.firstKeys, setPhrases.firstKeys] {
            triggers.formUnion(table)
        }
        // Codes before amounts are matched exactly; add their folded keys so the trigger test finds them.
        for key in try lexicons.file("figures/currencies.tsv").keys {
            if let folded = WordKey(key.split(separator: " ")[0], foldCase: true) { triggers.formUnion([folded]) }
        }
        self.triggers = triggers
    }
}
