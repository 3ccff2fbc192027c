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
    /// Verbs that report only with a comma, colon or `bahwa` after them (`menyampaikan`).
    let clauseVerbs: WordSet
    /// Lower-case words that may stand between a speaker and the verb (`juga`, `di`, `siaran`).
    let subjectAdjuncts: WordSet
    /// Verbs asking someone to act (`mengajak`, `mengingatkan`), also clause verbs: the clause
    /// after their object is the request, so only a comma, colon or `bahwa` makes them report.
    let directiveVerbs: WordSet
    /// Auxiliaries, negation and copulas (`akan`, `tidak`, `merupakan`): after a clause verb they
    /// show that a clause follows, not an object.
    let clauseMarkers: WordSet
    /// `menurutnya`: `menurut` and the speaker's `-nya` in one word.
    let sourcePronouns: WordSet
    /// `yang`, `selaku`: open a modifier between a speaker and the verb.
    let relatives: WordSet
    /// `ini`, `itu`: close a description of the last speaker (`Politikus PKS ini menilai ...`).
    let demonstratives: WordSet
    /// `agar`, `supaya`: a request (`mengingatkan warga agar ...`), not a clause after a clause verb.
    let purposes: WordSet
    /// `demikian`, `hal` (`hal itu`): before a passive speech verb, point back to what was said.
    let anaphors: WordSet
    /// `oleh`: before the speaker after a passive verb.
    let agentMarkers: WordSet
    /// Passive speech verbs (`dikatakan`, `disampaikan`): `Hal itu disampaikan X`.
    let passiveVerbs: WordSet
    /// First words of titles, ranks and role nouns (`politikus`, `ketua`, `ajun`), folded, and the
    /// nouns of `quotes/person-nouns.txt` (`pria`, `mantan`): a description opening with one names a person.
    let personHeads: WordSet
    /// Nouns that open a speech verb's object rather than a reported clause (`terima kasih`,
    /// `nama`, `medali`), from `quotes/object-nouns.txt`: single words and two-word phrases joined
    /// by a space, folded. `objectNounStarts` holds their first words (asked first, per token).
    let objectNouns: WordSet
    let objectNounStarts: WordSet
    /// `seorang`, `sejumlah`, `para`: may open an unnamed subject before its person noun
    /// (`Sejumlah pedagang di pasar itu mengaku ...`).
    let quantifiers: WordSet
    /// `sebelumnya`, `kemudian`: end a time phrase pointing back to the story's events
    /// (`Sehari sebelumnya, kata X, ...`), which is no first part of what was said.
    let timeAnaphors: WordSet
    /// `di`, `asal`, `kawasan` (`people/place-prepositions.txt`): the capitalised words after one
    /// name a place, not a person, in an unnamed subject.
    let placePrepositions: WordSet
    /// First words of bodies' names (`kantor`, `komite`, `kementerian`) that are no title of the
    /// person named after them: a subject opening with one is the body (`Kantor Perdana Menteri
    /// Israel Benjamin Netanyahu menyatakan`), folded.
    let institutionHeads: WordSet
    /// Every folded word the quote scan looks up.
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
        let directiveVerbs = WordSet(try lexicons.file("quotes/directive-verbs.txt").keys)
        self.directiveVerbs = directiveVerbs
        let clauseVerbs = WordSet(try lexicons.file("quotes/clause-verbs.txt").keys).union(directiveVerbs)
        for key in clauseVerbs { verbs.insert(key) }
        self.clauseVerbs = clauseVerbs.tagged(.clauseVerbs)
        clauseMarkers = WordSet(try lexicons.file("quotes/clause-markers.txt").keys)
        let subjectAdjuncts = WordSet(try lexicons.file("quotes/subject-adjuncts.txt").keys)
        self.subjectAdjuncts = subjectAdjuncts.tagged(.subjectAdjuncts)
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
        var sourcePronouns: WordSet = []
        var relatives: WordSet = []
        var demonstratives: WordSet = []
        var purposes: WordSet = []
        var anaphors: WordSet = []
        var agentMarkers: WordSet = []
        var quantifiers: WordSet = []
        var timeAnaphors: WordSet = []
        var objectNounWords: WordSet = []
        let roles = try lexicons.file("quotes/function-words.tsv")
        for entry in roles.entries {
            switch entry[field: 1] {
            case "source": sources.insert(entry.key)
            case "complementizer": complementizers.insert(entry.key)
            case "coordinator": coordinators.insert(entry.key)
            case "final": finalMarks.insert(entry.key)
            case "naming": naming.insert(entry.key)
            case "source-pronoun": sourcePronouns.insert(entry.key)
            case "relative": relatives.insert(entry.key)
            case "demonstrative": demonstratives.insert(entry.key)
            case "purpose": purposes.insert(entry.key)
            case "anaphor": anaphors.insert(entry.key)
            case "agent": agentMarkers.insert(entry.key)
            case "quantifier": quantifiers.insert(entry.key)
            case "time-anaphor": timeAnaphors.insert(entry.key)
            default: throw LexiconError(path: roles.path, line: entry.line,
                                        message: "unknown role (source, complementizer, coordinator, final, naming, source-pronoun, relative, demonstrative, purpose, anaphor, agent, quantifier, time-anaphor)")
            }
        }
        self.sources = sources.tagged(.sources)
        self.complementizers = complementizers.tagged(.complementizers)
        self.coordinators = coordinators.tagged(.coordinators)
        self.finalMarks = finalMarks
        self.naming = naming.tagged(.naming)
        self.sourcePronouns = sourcePronouns
        self.relatives = relatives
        self.demonstratives = demonstratives
        self.purposes = purposes
        self.anaphors = anaphors
        self.agentMarkers = agentMarkers
        self.quantifiers = quantifiers
        self.timeAnaphors = timeAnaphors
        placePrepositions = WordSet(try lexicons.file("people/place-prepositions.txt").keys)
        var objectNouns: WordSet = []
        var objectNounStarts: WordSet = []
        for key in try lexicons.file("quotes/object-nouns.txt").keys {
            let parts = key.split(separator: " ").map { DocumentWords.fold(String($0), ascii: false) }
            guard let first = parts.first else { continue }
            objectNouns.insert(parts.prefix(2).joined(separator: " "))
            objectNounStarts.insert(first)
            for part in parts { objectNounWords.insert(part) }
        }
        self.objectNouns = objectNouns
        self.objectNounStarts = objectNounStarts
        passiveVerbs = WordSet(try lexicons.file("quotes/passive-verbs.txt").keys)
        var personHeads: WordSet = []
        for path in ["people/titles.tsv", "people/ranks.txt", "people/descriptors.txt"] {
            for key in try lexicons.file(path).keys {
                if let first = key.split(separator: " ").first { personHeads.insert(DocumentWords.fold(String(first), ascii: false)) }
            }
        }
        for key in try lexicons.file("quotes/person-nouns.txt").keys { personHeads.insert(key) }
        self.personHeads = personHeads
        var institutionHeads = WordSet(try lexicons.file("quotes/institution-heads.txt").keys)
        for path in ["organisations/pattern-heads.tsv", "organisations/building-heads.txt"] {
            for key in try lexicons.file(path).keys {
                guard let first = key.split(separator: " ").first else { continue }
                let folded = DocumentWords.fold(String(first), ascii: false)
                if !personHeads.contains(folded) { institutionHeads.insert(folded) }
            }
        }
        self.institutionHeads = institutionHeads
        var vocabulary: WordSet = []
        for set in [cues, clitics, verbs, pronouns, titleCues, sources, complementizers, coordinators, finalMarks, naming, clauseVerbs, subjectAdjuncts,
                    sourcePronouns, relatives, demonstratives, personHeads, clauseMarkers, directiveVerbs, purposes, anaphors, agentMarkers, passiveVerbs,
                    quantifiers, timeAnaphors, objectNounWords, placePrepositions, institutionHeads] {
            for word in set { vocabulary.insert(DocumentWords.fold(word, ascii: false)) }
        }
        self.vocabulary = vocabulary
    }

    /// The sets whose membership `DocumentWords` records per token (see `WordTag`).
    var taggedSets: [WordSet] { [speechVerbs, cues, verbs, pronouns, titleCues, sources, complementizers, coordinators, naming, clauseVerbs, subjectAdjuncts] }
}
