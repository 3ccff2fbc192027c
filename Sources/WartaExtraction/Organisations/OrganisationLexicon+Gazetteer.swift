import WartaLexicons
import WartaText
import WartaTokenizer

/// Reading the gazetteer files: `gazetteer.tsv`, `companies.tsv`, `bodies.tsv`, `international.tsv` and
/// `parties.tsv` (one format; a foreign party's canonical is the fullest name form written, as for clubs),
/// `clubs.tsv` (short forms, nicknames, forms valid after the club) and `tickers.tsv` (stock codes).
extension OrganisationLexicon {
    /// Every body's names, the phrase tables of their aliases, and what points at them.
    struct Gazetteer {
        let names: [Name]
        let byID: [String: [Int]]
        let aliases: PhraseTrie<Alias>
        /// Ministry names as they follow `Menteri`.
        let roleAliases: PhraseTrie<Alias>
        let clubAgain: PhraseTrie<String>
        let tickers: PhraseTrie<String>
        /// One-word names and aliases written in lower case in the files (`kumparan`).
        let lowercaseNames: [String]
    }

    static func gazetteer(_ lexicons: LexiconStore, _ split: PhraseSplitter) throws -> Gazetteer {
        var names: [Name] = []
        var byID: [String: [Int]] = [:]
        var aliases = PhraseTrie<Alias>()
        var roleAliases = PhraseTrie<Alias>()
        // Full names first, so an alias never shadows a body's own full name.
        var pending: [(String, Alias)] = []
        var lowercaseNames: [String] = []
        for path in ["organisations/gazetteer.tsv", "organisations/companies.tsv", "organisations/bodies.tsv",
                     "organisations/international.tsv", "organisations/parties.tsv"] {
            let file = try lexicons.file(path)
            let written = path.hasSuffix("parties.tsv")
            for entry in file.entries {
                guard let id = entry[field: 1], let kind = entry[field: 2] else {
                    throw LexiconError(path: file.path, line: entry.line, message: "expected canonical, id, kind")
                }
                let list = (entry[field: 3] ?? "").split(separator: "|").map { String($0) }
                let acronym = list.first { Self.isCapitals($0) && !$0.contains(" ") }
                var periods: [(from: CivilDate?, to: CivilDate?)] = []
                var field = 4
                repeat {
                    periods.append((entry[field: field].flatMap { CivilDate(iso: $0) }, entry[field: field + 1].flatMap { CivilDate(iso: $0) }))
                    field += 2
                } while entry[field: field] != nil || entry[field: field + 1] != nil
                let name = Name(canonical: entry.key, id: id, kind: kind, acronym: acronym, periods: periods, written: written)
                byID[id, default: []].append(names.count)
                names.append(name)
                // (`WAFA`, `PAS`: a canonical written in capitals matches only capitalised text, not the name `Wafa`.)
                aliases.insert(split.words(entry.key), Alias(id: id, capitalsOnly: Self.isCapitals(entry.key) && !entry.key.contains(" "), acronym: nil))
                // `PT Perusahaan Perdagangan Indonesia` for `PT Perusahaan Perdagangan Indonesia (Persero)`:
                // a company's name is often written without its legal form.
                if let bare = Self.withoutLegalForm(entry.key), !list.contains(bare) {
                    pending.append((bare, Alias(id: id, capitalsOnly: false, acronym: nil)))
                }
                for alias in list {
                    let capitals = Self.isCapitals(alias) && !alias.contains(" ")
                    pending.append((alias, Alias(id: id, capitalsOnly: capitals, acronym: capitals ? alias : nil)))
                }
                lowercaseNames += ([entry.key] + list).filter(Self.isLowercaseWord)
                if kind == "ministry" {
                    for full in [entry.key] + list {
                        for prefix in ["Kementerian ", "Kemenko "] where full.hasPrefix(prefix) {
                            let rest = String(full.dropFirst(prefix.count))
                            let words = split.words(prefix == "Kemenko " ? "Koordinator " + rest : rest)
                            roleAliases.insert(words, Alias(id: id, capitalsOnly: false, acronym: nil))
                            if prefix == "Kemenko " { roleAliases.insert(split.words(rest), Alias(id: id, capitalsOnly: false, acronym: nil)) }
                        }
                    }
                }
            }
        }
        // Clubs: short forms are aliases, nicknames aliases marked as such, city forms only after the club.
        var clubAgain = PhraseTrie<String>()
        let clubFile = try lexicons.file("organisations/clubs.tsv")
        for entry in clubFile.entries {
            guard let id = entry[field: 1] else { throw LexiconError(path: clubFile.path, line: entry.line, message: "expected canonical, id") }
            let list = (entry[field: 2] ?? "").split(separator: "|").map { String($0) }
            let acronym = list.first { Self.isCapitals($0) && !$0.contains(" ") }
            byID[id, default: []].append(names.count)
            names.append(Name(canonical: entry.key, id: id, kind: "other", acronym: acronym, periods: [(nil, nil)], written: true))
            aliases.insert(split.words(entry.key), Alias(id: id, capitalsOnly: false, acronym: nil))
            for alias in list {
                let capitals = Self.isCapitals(alias) && !alias.contains(" ")
                pending.append((alias, Alias(id: id, capitalsOnly: capitals, acronym: capitals ? alias : nil)))
            }
            for nickname in (entry[field: 3] ?? "").split(separator: "|") {
                pending.append((String(nickname), Alias(id: id, capitalsOnly: false, acronym: nil, nickname: true)))
            }
            for form in (entry[field: 4] ?? "").split(separator: "|") { clubAgain.insert(split.words(String(form)), id) }
        }
        for (alias, value) in pending {
            aliases.insert(split.words(alias), value)
            if names[byID[value.id]![0]].kind == "ministry" { roleAliases.insert(split.words(alias), value) }
        }
        var tickers = PhraseTrie<String>()
        let tickerFile = try lexicons.file("organisations/tickers.tsv")
        for entry in tickerFile.entries {
            guard let id = entry[field: 1], byID[id] != nil else {
                throw LexiconError(path: tickerFile.path, line: entry.line, message: "expected a code and a known gazetteer id")
            }
            tickers.insert(split.words(entry.key), id)
        }
        return Gazetteer(names: names, byID: byID, aliases: aliases, roleAliases: roleAliases, clubAgain: clubAgain, tickers: tickers,
                         lowercaseNames: lowercaseNames)
    }

    /// `PT Bank Mandiri` for `PT Bank Mandiri (Persero) Tbk`: a `PT` company's name without `(Persero)`
    /// and `Tbk`, nil when it has neither (or is no `PT` name).
    static func withoutLegalForm(_ name: String) -> String? {
        guard name.hasPrefix("PT ") else { return nil }
        var bare = name
        if bare.hasSuffix(" Tbk") { bare.removeLast(4) }
        if bare.hasSuffix(" (Persero)") { bare.removeLast(10) }
        return bare == name || bare.split(separator: " ").count < 2 ? nil : bare
    }

    /// `kumparan`: one word of ASCII small letters (a brand written in lower case).
    static func isLowercaseWord(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
}
