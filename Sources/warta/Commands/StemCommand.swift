import ArgumentParser
import FoundationEssentials
import WartaLexicons
import WartaStemmer

/// `warta stem`: roots of Indonesian words, from arguments or standard input.
struct StemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Print the root of each word (KBBI convention).",
        discussion: """
        With WORD arguments, each argument is one word. Without, standard input is read line by line:
        a line holding one word is stemmed as that word; a longer line is running text, split into
        words, where a capitalised word that does not start a sentence is a name and is left alone.

        Output: word<TAB>root per line. --explain adds a third column with the analysis
        (prefixes, [root], suffixes, clitics, source, whether the root is in the dictionary, rule IDs).
        --format jsonl prints one JSON object per word instead.

        Examples:
          warta stem meluncurkan keberlangsungan produk-produk
          echo "Pemerintah Kota Bekasi meluncurkan aplikasi." | warta stem --explain
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, jsonl }

    @Argument(help: "Words to stem. Reads standard input when none are given.")
    var words: [String] = []

    @Flag(help: "Add the analysis: affixes, the rules that removed them, dictionary status.")
    var explain = false

    @Option(help: "Output format: tsv (word<TAB>root) or jsonl.")
    var format: Format = .tsv

    @Option(help: "A lexicon directory whose files replace the embedded ones of the same path (like the repository's Lexicons/).")
    var lexicons: String?

    func run() throws {
        let store: LexiconStore
        if let lexicons { store = try LexiconStore(overridingWith: lexicons) } else { store = .embedded }
        let stemmer = try Stemmer(lexicons: store)
        var output = OutputBuffer()
        if !words.isEmpty {
            for word in words { emit(word, root: nil, isName: false, stemmer: stemmer, into: &output) }
        } else {
            while let line = readLine() {
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if words.isEmpty { continue }
                if words.count == 1 {
                    emit(String(words[0]), root: nil, isName: false, stemmer: stemmer, into: &output)
                } else {
                    for token in stemmer.stemText(line) {
                        emit(String(token.text), root: token.root, isName: token.isName, stemmer: stemmer, into: &output)
                    }
                }
            }
        }
        output.flush()
    }

    private func emit(_ word: String, root: String?, isName: Bool, stemmer: Stemmer, into output: inout OutputBuffer) {
        var analysis: StemAnalysis?
        if explain {
            analysis = isName
                ? StemAnalysis(word: word, root: word, inDictionary: false, source: .name, rules: ["W-capitalised"])
                : stemmer.analyze(word)
        }
        let root = analysis?.root ?? root ?? stemmer.stem(word)
        switch format {
        case .tsv:
            output.append(word + "\t" + root)
            if let analysis { output.append("\t" + analysis.summary) }
            output.append("\n")
        case .jsonl:
            output.append(StemCommand.json(word: word, root: root, analysis: analysis) + "\n")
        }
    }

    static func json(word: String, root: String, analysis: StemAnalysis?) -> String {
        var fields = ["\"word\":\(quote(word))", "\"root\":\(quote(root))"]
        if let analysis {
            func affix(_ a: StemAnalysis.Affix) -> String {
                "{\"morpheme\":\(quote(a.morpheme)),\"surface\":\(quote(a.surface)),\"rule\":\(quote(a.rule))}"
            }
            fields.append("\"prefixes\":[\(analysis.prefixes.map(affix).joined(separator: ","))]")
            fields.append("\"suffixes\":[\(analysis.suffixes.map(affix).joined(separator: ","))]")
            fields.append("\"possessive\":\(analysis.possessive.map(affix) ?? "null")")
            fields.append("\"particle\":\(analysis.particle.map(affix) ?? "null")")
            fields.append("\"reduplication\":\(analysis.reduplication.map(quote) ?? "null")")
            fields.append("\"inDictionary\":\(analysis.inDictionary)")
            fields.append("\"source\":\(quote(analysis.source.rawValue))")
            fields.append("\"rules\":[\(analysis.rules.map(quote).joined(separator: ","))]")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func quote(_ text: String) -> String { JSONText.quoted(text) }
}

/// Collects output and writes it in large blocks (a print per line is slow for big inputs).
struct OutputBuffer {
    private var text = ""

    mutating func append(_ piece: String) {
        text += piece
        if text.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        print(text, terminator: "")
        text = ""
    }
}
