import WartaLexicons

/// What the quote extractor knows, read from `Lexicons/quotes/` once.
public final class QuoteLexicon: Sendable {
    /// Cues written after a quote, before the speaker (`kata`, `ujar`), folded.
    let cues: Set<String>
    /// Clitic cues whose `-nya` is the speaker (`katanya`).
    let clitics: Set<String>
    /// Verbs written after the speaker (`mengatakan`), before direct or reported words.
    let verbs: Set<String>
    /// The verb forms of speech-verbs.tsv only (`menyebutkan`, not `memastikan`): enough on their
    /// own to mark reported speech after `dan` (`... menyambut baik rencana itu dan menyebutkan ...`).
    let speechVerbs: Set<String>
    let pronouns: Set<String>
    /// Words before quote marks that make the quoted words a title or theme (`tema`).
    let titleCues: Set<String>
    /// `menurut`: opens reported speech with the speaker before a comma.
    let sources: Set<String>
    /// `bahwa`: opens the reported clause.
    let complementizers: Set<String>
    /// `dan`, `serta`: join a second verb to the sentence's subject.
    let coordinators: Set<String>
    /// Marks that end a sentence and are not part of reported words (`.`, `!`, `?`).
    let finalMarks: Set<String>
    /// `sebagai`: `Ia menyebut kebijakan itu sebagai "jalan tengah"` names something, it reports nothing.
    let naming: Set<String>
    /// Every folded word the quote scan looks up.
    let vocabulary: Set<String>

    public init(lexicons: LexiconStore = .embedded) throws {
        var cues: Set<String> = []
        var clitics: Set<String> = []
        var verbs: Set<String> = []
        for entry in try lexicons.file("quotes/speech-verbs.tsv").entries {
            cues.insert(entry.key)
            for form in (entry[field: 1] ?? "").split(separator: "|") where form != "-" { clitics.insert(String(form)) }
            for form in (entry[field: 2] ?? "").split(separator: "|") where form != "-" { verbs.insert(String(form)) }
        }
        speechVerbs = verbs
        for key in try lexicons.file("quotes/indirect-verbs.txt").keys { verbs.insert(key) }
        self.cues = cues
        self.clitics = clitics
        self.verbs = verbs
        pronouns = Set(try lexicons.file("quotes/pronouns.txt").keys)
        titleCues = Set(try lexicons.file("quotes/title-cues.txt").keys)
        var sources: Set<String> = []
        var complementizers: Set<String> = []
        var coordinators: Set<String> = []
        var finalMarks: Set<String> = []
        var naming: Set<String> = []
        let roles = try lexicons.file("quotes/function-words.tsv")
        for entry in roles.entries {
            switch entry[field: 1] {
            case "source": sources.insert(entry.key)
            case "complementizer": complementizers.insert(entry.key)
            case "coordinator": coordinators.insert(entry.key)
            case "final": finalMarks.insert(entry.key)
            case "naming": naming.insert(entry.key)
            default: throw LexiconError(path: roles.path, line: entry.line, message: "unknown role (source, complementizer, coordinator, final, naming)")
            }
        }
        self.sources = sources
        self.complementizers = complementizers
        self.coordinators = coordinators
        self.finalMarks = finalMarks
        self.naming = naming
        var vocabulary: Set<String> = []
        for set in [cues, clitics, verbs, pronouns, titleCues, sources, complementizers, coordinators, finalMarks, naming] {
            for word in set { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        }
        self.vocabulary = vocabulary
    }
}
