import WartaLexicons

/// The word lists the HTML reader uses, loaded once: class/id hints and box titles
/// (`Lexicons/html/`), credit and related-line labels (`Lexicons/article/`), month names and
/// time zones (`Lexicons/calendar/`) for Indonesian date lines.
struct HTMLLexicon: Sendable {
    /// Hint words matched anywhere inside a class/id value (lowercase ASCII bytes).
    var boilerplateParts: [[UInt8]] = []
    var contentParts: [[UInt8]] = []
    /// Hint words matched as whole words of a class/id value.
    var boilerplateWords: Set<String> = []
    var contentWords: Set<String> = []
    /// Box titles, lowercase.
    var boxTitles: Set<String> = []
    /// Credit labels (`pewarta`, `editor`) and related-line labels (`baca juga`), lowercase.
    var creditLabels: Set<String> = []
    var relatedLabels: [String] = []
    /// The related-line labels as lowercase bytes, for splitting lines out of paragraphs.
    var relatedLabelBytes: [[UInt8]] = []
    /// Credit labels whose names are authors (`pewarta`, `penulis`).
    var authorRoles: Set<String> = []
    /// Words opening a byline (`oleh`, `by`), lowercase.
    var bylinePrefixes: Set<String> = []
    /// Month names and abbreviations (lowercase) to month numbers.
    var months: [String: Int] = [:]
    /// Zone abbreviations (uppercase, `WIB`) to minutes east of UTC.
    var zones: [String: Int] = [:]

    init(lexicons: LexiconStore) throws(LexiconError) {
        let hints = try lexicons.file("html/class-hints.tsv")
        for entry in hints.entries {
            guard let kind = entry[field: 1], let match = entry[field: 2],
                  kind == "boilerplate" || kind == "content", match == "part" || match == "word" else {
                throw LexiconError(path: hints.path, line: entry.line, message: "expected hint<TAB>boilerplate|content<TAB>part|word")
            }
            let word = entry.key.lowercased()
            switch (kind, match) {
            case ("boilerplate", "part"): boilerplateParts.append(Array(word.utf8))
            case ("boilerplate", _): boilerplateWords.insert(word)
            case (_, "part"): contentParts.append(Array(word.utf8))
            default: contentWords.insert(word)
            }
        }
        boxTitles = Set(try lexicons.file("html/box-titles.txt").keys.map { $0.lowercased() })
        creditLabels = Set(try lexicons.file("article/credit-labels.txt").keys.map { $0.lowercased() })
        creditLabels.remove("copyright")
        bylinePrefixes = Set(try lexicons.file("html/byline-prefixes.txt").keys.map { $0.lowercased() })
        authorRoles = Set(try lexicons.file("html/author-roles.txt").keys.map { $0.lowercased() })
        relatedLabels = try lexicons.file("article/related-labels.txt").keys.map { $0.lowercased() }
        relatedLabelBytes = relatedLabels.map { Array($0.utf8) }
        let monthFile = try lexicons.file("calendar/months.tsv")
        for entry in monthFile.entries {
            guard let number = entry[field: 1].flatMap({ Int($0) }) else {
                throw LexiconError(path: monthFile.path, line: entry.line, message: "expected a month number")
            }
            months[entry.key.lowercased()] = number
        }
        let zoneFile = try lexicons.file("calendar/time-zones.tsv")
        for entry in zoneFile.entries {
            guard let offset = entry[field: 1], let minutes = ISODateTime.offsetMinutes(offset[...]) else {
                throw LexiconError(path: zoneFile.path, line: entry.line, message: "expected a UTC offset like +07:00")
            }
            zones[entry.key.uppercased()] = minutes
        }
    }
}
