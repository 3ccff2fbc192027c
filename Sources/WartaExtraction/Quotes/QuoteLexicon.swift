import WartaLexicons

/// What the quote extractor knows, read from `Lexicons/quotes/` once.
public struct QuoteLexicon: Sendable {
    /// Cues written after a quote, before the speaker (`kata`, `ujar`), folded.
    let cues: Set<String>
    /// Clitic cues whose `-nya` is the speaker (`katanya`).
    let clitics: Set<String>
    /// Verbs written after the speaker (`mengatakan`), before direct or reported words.
    let verbs: Set<String>
    let pronouns: Set<String>
    /// Words before quote marks that make the quoted words a title or theme (`tema`).
    let titleCues: Set<String>

    public init(lexicons: LexiconStore = .embedded) throws {
        var cues: Set<String> = []
        var clitics: Set<String> = []
        var verbs: Set<String> = []
        for entry in try lexicons.file("quotes/speech-verbs.tsv").entries {
            cues.insert(entry.key)
            for form in (entry[field: 1] ?? "").split(separator: "|") where form != "-" { clitics.insert(String(form)) }
            for form in (entry[field: 2] ?? "").split(separator: "|") where form != "-" { verbs.insert(String(form)) }
        }
        for key in try lexicons.file("quotes/indirect-verbs.txt").keys { verbs.insert(key) }
        self.cues = cues
        self.clitics = clitics
        self.verbs = verbs
        pronouns = Set(try lexicons.file("quotes/pronouns.txt").keys)
        titleCues = Set(try lexicons.file("quotes/title-cues.txt").keys)
    }
}
