import WartaLexicons

/// What the quote extractor knows, read from `Lexicons/quotes/` once.
public final class QuoteLexicon: Sendable {
    /// Cues written after a quote, before the speaker (`kata`, `ujar`), folded.
    let cues: WordSet
    /// Clitic cues whose `-nya` is the speaker (`katanya`).
    let clitics: WordSet
    /// Verbs written after the speaker (`mengatakan`), before direct or reported words.
    let verbs: WordSet
    /// The verb forms of speech-verbs.tsv only (`menyebutkan`, not `memastikan`): enough on their
    /// own to mark reported speech after `dan` (`... menyambut baik rencana itu dan menyebutkan ...`).
    let speechVerbs: WordSet
    let pronouns: WordSet
    /// Words before quote marks that make the quoted words a title or theme (`tema`).
    let titleCues: WordSet
    /// `menurut`: opens reported speech with the speaker before a comma.
    let sources: WordSet
    /// `bahwa`: opens the reported clause.
    let complementizers: WordSet
    /// `dan`, `serta`: join a second verb to the sentence's subject.
    let coordinators: WordSet
    /// Marks that end a sentence and are not part of reported words (`.`, `!`, `?`).
    let finalMarks: WordSet
    /// `sebagai`: `Ia menyebut kebijakan itu sebagai "jalan tengah"` names something, it reports nothing.
    let naming: WordSet
    /// Every folded word the quote scan looks up.
    /// Words between a subject and its verb (`sebelumnya`, `juga`), clause openers after a name
    /// (`yang`, `selaku`), and demonstratives closing a described subject (`ini`, `itu`).
    let interjacent: WordSet
    let appositions: WordSet
    let demonstratives: WordSet
    let vocabulary: WordSet

    public init(lexicons: LexiconStore = .embedded) throws {
        var cues: WordSet = []
        var clitics: WordSet = []
        var verbs: WordSet = []
        for entry in try lexicons.file("quotes/speech-verbs.tsv").entries {
            cues.insert(entry.key)
            for form in (entry[field: 1] ?? "").split(separator: "|") where form != "-" { clitics.insert(String(form)) }
            for form in (entry[field: 2] ?? "").split(separator: "|") where form != "-" { verbs.insert(String(form)) }
        }
        speechVerbs = verbs.tagged(.speechVerbs)
        for key in try lexicons.file("quotes/indirect-verbs.txt").keys { verbs.insert(key) }
        self.cues = cues.tagged(.quoteCues)
        self.clitics = clitics
        self.verbs = verbs.tagged(.quoteVerbs)
        pronouns = WordSet(try lexicons.file("quotes/pronouns.txt").keys).tagged(.pronouns)
        titleCues = WordSet(try lexicons.file("quotes/title-cues.txt").keys).tagged(.titleCues)
        var sources: WordSet = []
        var complementizers: WordSet = []
        var coordinators: WordSet = []
        var finalMarks: WordSet = []
        var naming: WordSet = []
        var interjacent: WordSet = []
        var appositions: WordSet = []
        var demonstratives: WordSet = []
        let roles = try lexicons.file("quotes/function-words.tsv")
        for entry in roles.entries {
            switch entry[field: 1] {
            case "source": sources.insert(entry.key)
            case "complementizer": complementizers.insert(entry.key)
            case "coordinator": coordinators.insert(entry.key)
            case "final": finalMarks.insert(entry.key)
            case "naming": naming.insert(entry.key)
            case "interjacent": interjacent.insert(entry.key)
            case "apposition": appositions.insert(entry.key)
            case "demonstrative": demonstratives.insert(entry.key)
            default: throw LexiconError(path: roles.path, line: entry.line,
                                        message: "unknown role (source, complementizer, coordinator, final, naming, interjacent, apposition, demonstrative)")
            }
        }
        self.sources = sources.tagged(.sources)
        self.complementizers = complementizers.tagged(.complementizers)
        self.coordinators = coordinators.tagged(.coordinators)
        self.finalMarks = finalMarks
        self.naming = naming.tagged(.naming)
        self.interjacent = interjacent
        self.appositions = appositions
        self.demonstratives = demonstratives
        var vocabulary: WordSet = []
        for set in [cues, clitics, verbs, pronouns, titleCues, sources, complementizers, coordinators, finalMarks, naming, interjacent, appositions, demonstratives] {
            for word in set { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        }
        self.vocabulary = vocabulary
    }

    /// The sets whose membership `DocumentWords` records per token (see `WordTag`).
    var taggedSets: [WordSet] { [speechVerbs, cues, verbs, pronouns, titleCues, sources, complementizers, coordinators, naming] }
}
