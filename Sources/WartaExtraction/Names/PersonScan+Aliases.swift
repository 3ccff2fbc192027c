import WartaText
import WartaTokenizer

/// Other names for a person of the article: a name after an alias cue (`Immanuel Ebenezer alias
/// Noel`, `Saifullah Yusuf atau Gus Ipul`, `yang akrab disapa Gus Jazil`), a short form that opens one
/// of the person's name words (`Afif` for Mochammad Afifuddin), a nickname written before a cue and a
/// name the article already gave (`Udin, sapaan Syarifuddin`: both name Muhammad Syarifuddin), and a kinship or religious title kept
/// inside a nickname (`Gus Ipul`, not `Mas Kaesang`). Rules `person.alias` and `person.short-name`
/// (see `PersonExtractor`). Everything here runs when a mention is recorded, never per token.
extension PersonScan {
    /// After a mention of `person` ending at `end`: an alias cue, then another name for them, which is
    /// recorded as a mention (`person.alias`) and as words naming them later.
    mutating func aliasAfter(_ end: Int, person: Int) {
        var cursor = end
        if cursor < words.count, words.isChar(cursor, ",") { cursor += 1 }
        // `yang akrab disapa`, `yang biasa dipanggil`: up to three lower-case words before the cue.
        var skipped = 0
        while cursor < words.count, skipped < 3, words.kinds[cursor] == .word, !words.capitalized[cursor],
              words.value(cursor, lexicon.aliasCues) == nil {
            cursor += 1
            skipped += 1
        }
        guard cursor + 1 < words.count, let any = words.value(cursor, lexicon.aliasCues), skipped == 0 || any,
              words.sentenceOf[cursor] == words.sentenceOf[end - 1] else { return }
        let start = cursor + 1
        guard !covered[start], words.capitalized[start] else { return }
        var run: Range<Int>?
        if words.has(start, lexicon.nicknameTitles), start + 1 < words.count, words.kinds[start + 1] == .word, words.capitalized[start + 1],
           !covered[start + 1] {
            // `atau Gus Ipul`: the title and the nickname.
            run = start..<start + 2
        } else if words.kinds[start] == .acronym, initialsMatch(start, person: person) {
            // `atau AHY`: the person's initials.
            run = start..<start + 1
            initialsNamed.set(words.text[start], person)
        } else if any, words.kinds[start] == .word, organisationStarting(at: start) == nil {
            var stop = start + 1
            if stop < words.count, words.kinds[stop] == .word, words.capitalized[stop], !covered[stop] { stop += 1 }
            run = start..<stop
        }
        guard let run else { return }
        // `Udin, sapaan Syarifuddin,`: the name after the cue already names another person of the
        // article, so the one-word mention before the cue is that person's nickname, not a new person.
        if run.count == 1, people[person].names.count == 1, words.kinds[run.lowerBound] == .word,
           let other = people.indices.first(where: { $0 != person && people[$0].names.contains(words.folded[run.lowerBound]) }) {
            for index in found.indices where found[index].person == person {
                found[index].person = other
                found[index].role = people[other].role
                found[index].organisation = people[other].organisation
            }
            for word in people[person].names where !people[other].names.contains(word) && !people[other].aliases.contains(word) {
                people[other].aliases.append(word)
                addPerson(other, toWord: word)
            }
            found.append(Found(tokens: run, role: people[other].role, organisation: people[other].organisation, rule: "person.alias", person: other))
            for token in run { covered[token] = true }
            return
        }
        let nameWords = run.filter { words.kinds[$0] == .word && !words.has($0, lexicon.nicknameTitles) }.map { words.folded[$0] }
        // `Hendi, sapaan Hendrar Prihadi`: a full name after the cue names the person; the one word before is their nickname.
        if run.count >= 2, nameWords.count >= 2, people[person].names.count == 1, !people[person].names.contains(where: nameWords.contains),
           !words.has(run.lowerBound, lexicon.nicknameTitles) {
            for word in people[person].names where !people[person].aliases.contains(word) { people[person].aliases.append(word) }
            people[person].names = nameWords
            people[person].canonical = places.text(run)
            people[person].nickname = false
            index(person: person)
        }
        for word in nameWords where !people[person].names.contains(word) && !people[person].aliases.contains(word) {
            people[person].aliases.append(word)
            addPerson(person, toWord: word)
        }
        found.append(Found(tokens: run, role: people[person].role, organisation: people[person].organisation, rule: "person.alias", person: person))
        for token in run { covered[token] = true }
    }

    /// `... Thomas Trikasih Lembong ... Hakim menghukum pria yang akrab disapa Tom Lembong itu`: a name
    /// after a person noun, a relative pronoun, up to two words and an alias cue (`pria yang akrab
    /// disapa`, `pelatih yang akrab disapa Teco`, `Pemain yang dijuluki Megatron`) names the person
    /// last named before it, within the two sentences before; the mentions of the name join that
    /// person (rule `person.alias` for the one after the cue). Runs once after the scan, on the
    /// mentions found; `nicknameAfterNoun(at:)` reads a name no other rule found.
    mutating func nicknamesAfterNouns() {
        guard people.count >= 2 else { return }
        for item in found.indices {
            let first = found[item].tokens.lowerBound
            let nickname = found[item].person
            guard found[item].bytes == nil, found[item].rule != "person.alias",
                  let person = nounNicknameOwner(before: first, except: nickname) else { continue }
            for index in found.indices where found[index].person == nickname {
                found[index].person = person
                found[index].role = people[person].role
                found[index].organisation = people[person].organisation
            }
            found[item].rule = "person.alias"
            for word in people[nickname].names where !people[person].names.contains(word) && !people[person].aliases.contains(word) {
                people[person].aliases.append(word)
                addPerson(person, toWord: word)
            }
        }
    }

    /// A one- or two-word nickname no rule has read, after a person noun and an alias cue (`pelatih
    /// yang akrab disapa Teco itu`): recorded for the person last named (`person.alias`). Where the
    /// scan goes on, or nil. Asked at a capitalised word after a lower-case one.
    mutating func nicknameAfterNoun(at start: Int) -> Int? {
        guard start >= 3, !words.capitalized[start - 1], words.value(start - 1, lexicon.aliasCues) == true,
              let run = candidateRun(from: start), run.count <= 2, let person = nounNicknameOwner(before: start, except: -1) else { return nil }
        found.append(Found(tokens: run, role: people[person].role, organisation: people[person].organisation, rule: "person.alias", person: person))
        for token in run {
            covered[token] = true
            let word = words.folded[token]
            if !people[person].names.contains(word), !people[person].aliases.contains(word) {
                people[person].aliases.append(word)
                addPerson(person, toWord: word)
            }
        }
        return run.upperBound
    }

    /// The person a name at `first` is another name for when an alias cue ends right before it and a
    /// person noun and a relative pronoun come before the cue: the last person (not `except`) named
    /// before the noun, within the two sentences before.
    func nounNicknameOwner(before first: Int, except: Int) -> Int? {
        guard first >= 3, words.value(first - 1, lexicon.aliasCues) == true else { return nil }
        var relative = first - 2
        while relative > first - 4, relative > 0, !words.has(relative, lexicon.relatives), words.kinds[relative] == .word,
              !words.capitalized[relative] { relative -= 1 }
        let noun = relative - 1
        guard noun >= 0, words.has(relative, lexicon.relatives),
              words.has(noun, lexicon.personNouns) || words.mayStart(noun, lexicon.descriptors.startTag)
                && lexicon.descriptors.longest(in: words, from: noun, limit: relative) != nil else { return nil }
        // (`pelatih yang akrab disapa Teco`: the person last named whose role holds the noun, before the last person named.)
        let nounWord = words.folded[noun]
        var target: Found?
        var withRole: Found?
        for other in found where other.bytes == nil && other.person != except && other.tokens.upperBound <= noun {
            if target == nil || other.tokens.upperBound > target!.tokens.upperBound { target = other }
            if let role = people[other.person].role, role.lowercased().split(separator: " ").contains(where: { $0 == nounWord }),
               withRole == nil || other.tokens.upperBound > withRole!.tokens.upperBound { withRole = other }
        }
        if let withRole { return withRole.person }
        guard let target, words.sentenceOf[target.tokens.lowerBound] + 2 >= words.sentenceOf[first] else { return nil }
        return target.person
    }

    /// `BCL, sapaan Bunga, mengatakan`: initials before an alias cue and a name word stand for the
    /// capitalised run earlier in the article whose words they spell and which holds that word
    /// (`Bunga Citra Lestari`), which is a person even when no name list knows its words. Records
    /// the run (`person.spelled-initials`), the initials and the name word (`person.alias`); returns
    /// where the scan goes on. Asked only at an acronym followed by a comma and an alias cue.
    mutating func spelledInitials(at index: Int) -> Int? {
        guard index + 3 < words.count, !covered[index], words.isChar(index + 1, ","), words.value(index + 2, lexicon.aliasCues) == true,
              words.kinds[index + 3] == .word, words.capitalized[index + 3], !covered[index + 3] else { return nil }
        let letters = Array(words.folded[index].utf8)
        guard letters.count >= 2, letters.count <= 4 else { return nil }
        let word = words.folded[index + 3]
        var start = index - letters.count
        var run: Range<Int>?
        while start >= 0, index - start < 4000 {
            let candidate = start..<start + letters.count
            if candidate.allSatisfy({ words.kinds[$0] == .word && words.capitalized[$0] }),
               zip(candidate, letters).allSatisfy({ words.folded[$0].utf8.first == $1 }),
               candidate.contains(where: { words.folded[$0] == word }),
               start == 0 || !(words.capitalized[start - 1] && words.kinds[start - 1] == .word) || opensSentence(start),
               candidate.upperBound >= words.count || !(words.capitalized[candidate.upperBound] && words.kinds[candidate.upperBound] == .word) {
                run = candidate
                break
            }
            start -= 1
        }
        guard let run, !run.contains(where: { covered[$0] && found.last(where: { $0.tokens.contains(run.lowerBound) }) == nil }) else { return nil }
        let person: Int
        if let existing = found.last(where: { $0.tokens.contains(run.lowerBound) && $0.bytes == nil }) {
            person = existing.person
        } else {
            add(run, role: nil, organisation: nil, rule: "person.spelled-initials")
            person = found[found.count - 1].person
        }
        for token in [index, index + 3] {
            found.append(Found(tokens: token..<token + 1, role: people[person].role, organisation: people[person].organisation, rule: "person.alias", person: person))
            covered[token] = true
        }
        initialsNamed.set(words.text[index], person)
        return index + 4
    }

    /// True when acronym token `index` spells the first letters of the person's name words (`AHY`).
    func initialsMatch(_ index: Int, person: Int) -> Bool {
        let letters = Array(words.folded[index].utf8)
        let names = people[person].names
        guard letters.count == names.count, letters.count >= 2 else { return false }
        return zip(letters, names).allSatisfy { $0 == $1.utf8.first }
    }

    /// `Afif` for Mochammad Afifuddin: the one person of the article with a name word that a
    /// one-word mention of four or more letters opens (two or more letters shorter), if any.
    mutating func prefixOwner(of word: String) -> Int? {
        let length = word.utf8.count
        guard length >= 4 else { return nil }
        var owner: Int?
        for (index, person) in people.enumerated() {
            // (Bytes: `hasPrefix` on `String` compares Unicode scalars.)
            guard person.names.contains(where: { $0.utf8.count >= length + 2 && $0.utf8.starts(with: word.utf8) }) else { continue }
            if owner != nil { return nil }
            owner = index
        }
        if let owner {
            people[owner].aliases.append(word)
            addPerson(owner, toWord: word)
        }
        return owner
    }

    /// `Gus Ipul`: a nickname title right before a mention of a person's alias belongs to the mention
    /// (before one of their name words, `Mas Kaesang`, it stays outside).
    func withNicknameTitle(_ name: Range<Int>, person: Int) -> Range<Int> {
        let first = name.lowerBound
        guard first > 0, !covered[first - 1], words.has(first - 1, lexicon.nicknameTitles), words.capitalized[first - 1],
              words.kinds[first] == .word, !people[person].names.contains(words.folded[first]),
              people[person].aliases.contains(words.folded[first]) else { return name }
        return first - 1..<name.upperBound
    }
}
