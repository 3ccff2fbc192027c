import WartaText
import WartaTokenizer

/// Bare names typed by what stands around them rather than by a lexicon: a family name opening an
/// East Asian name (`Hwang Sun-hong`), a name listed with a person (`Jude Bellingham dan Rodrygo`),
/// a name with a person's station in apposition (`Sulastri, pemilik warung ...`) or an age
/// (`Rudi (45)`). Rules: see `PersonExtractor`. Each test runs on a capitalised run `named(at:)`
/// has already found, never per token.
extension PersonScan {
    /// True when every word of `run` could be in a name: a name word (given name, public figure's
    /// word, family name, particle) or no ordinary Indonesian word (the root list, not every lexicon:
    /// an organisation's alias such as `Hon Hai` must not make `Hai` of `Nguyen Quang Hai` a non-name);
    /// no word is affixed Indonesian or a word never in a name.
    func onlyNameWords(_ run: Range<Int>) -> Bool {
        run.allSatisfy { index in
            guard words.kinds[index] == .word else { return words.kinds[index] == .initial }
            if words.has(index, lexicon.names.notNames) { return false }
            return (words.has(index, lexicon.names.nameWords) || words.has(index, lexicon.familyNames)
                || words.has(index, lexicon.names.particles) || !isOrdinary(index)) && !isDerived(index)
        }
    }

    /// `Hwang Sun-hong`, `Min Aung Hlaing`, `Nguyen Quang Hai`: a family name, a word that is no
    /// ordinary word, then words none of them affixed Indonesian or never in a name (East Asian
    /// syllables such as `Hai` are often Indonesian roots too).
    func familyName(_ run: Range<Int>) -> Bool {
        guard run.count >= 2, words.has(run.lowerBound, lexicon.familyNames), words.kinds[run.lowerBound + 1] == .word,
              !isOrdinary(run.lowerBound + 1) else { return false }
        return (run.lowerBound + 1..<run.upperBound).allSatisfy { index in
            words.kinds[index] == .word && !words.has(index, lexicon.names.notNames) && !isDerived(index)
        }
    }

    /// The rule naming `run` a person by the words around it, or nil. The context is asked first;
    /// the words (and the stemmer) only when it points to a person.
    func personContext(_ run: Range<Int>) -> String? {
        let start = run.lowerBound
        let after = run.upperBound
        guard run.count <= 3 else { return nil }
        var rule: String?
        // `Jude Bellingham dan Rodrygo`, `Budi, Andi, dan Candra`: after a person and a comma or `dan`.
        // (`Nasution, Apt., M.Si.`: after a comma the list must go on, and no word holds a full stop.)
        if start >= 2, let last = found.last, last.tokens.upperBound == start - 1, last.bytes == nil,
           words.has(start - 1, lexicon.organisations.connectors)
            || words.isChar(start - 1, ",") && after < words.count && (words.isChar(after, ",") || words.has(after, lexicon.organisations.connectors)),
           !run.contains(where: { words.text[$0].utf8.contains(0x2E) }) {
            rule = "person.listed"
        } else if after + 1 < words.count, words.isChar(after, ","), words.has(after + 1, lexicon.apposedNouns),
                  !(start > 0 && words.has(start - 1, lexicon.placePrepositions)) {
            // `Sulastri, pemilik warung di Depok, ...`: a person's station in apposition.
            rule = "person.apposed"
        } else if after + 2 < words.count, words.isChar(after, "("), words.kinds[after + 1] == .number, words.isChar(after + 2, ")"),
                  words.text[after + 1].utf8.count <= 2 {
            // `Rudi (45)`: an age in brackets.
            rule = "person.apposed"
        }
        guard let rule, onlyNameWords(run), !isOrdinary(start) || words.has(start, lexicon.names.givenNames) else { return nil }
        return rule
    }
}
