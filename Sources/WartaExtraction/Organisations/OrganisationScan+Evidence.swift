import WartaText
import WartaTokenizer

/// Bodies no list knows, typed from evidence any article carries: the shape of the name, an
/// alias given with `atau`, and the article's own earlier naming. Rules (see the table in
/// `OrganisationScan`):
///
/// | rule | example |
/// | --- | --- |
/// | `org.shaped-name` | `eFishery`, `inDrive`, `42XFund`: a word opening with a small letter or a digit and holding a capital followed by small letters is a company's or app's name (products such as `iPhone` are listed in `not-organisations.txt`) |
/// | `org.or-alias` | `PT Multidaya Teknologi Nusantara atau eFishery`: a name written after `atau` right after a body, that no rule reads as another body, is that body's other name, here and later in the article |
///
/// The words before a company's or club's tail (`Visinema` of `Visinema Studios`, see
/// `name-suffixes.tsv`), when not an ordinary word or a place, name the same body alone later
/// (`org.named-again`).
extension OrganisationScan {
    /// True for `eFishery`, `inDrive`, `42XFund`: ASCII letters and digits, a small letter or digit
    /// first, and a capital later followed by a small letter; four characters at least.
    static func isShapedName(_ text: String) -> Bool {
        var count = 0
        var sawCapital = false
        var smallAfterCapital = false
        for byte in text.utf8 {
            count += 1
            let small = byte >= 0x61 && byte <= 0x7A, capital = byte >= 0x41 && byte <= 0x5A, digit = byte >= 0x30 && byte <= 0x39
            if count == 1 {
                guard small || digit else { return false }
                continue
            }
            if capital { sawCapital = true } else if small { if sawCapital { smallAfterCapital = true } } else if !digit { return false }
        }
        return count >= 4 && smallAfterCapital
    }

    /// A token starting small with a capital inside (`eFishery`): cheap, from the hashes the
    /// document already holds (an ASCII token's exact and folded hashes differ only when it has a capital).
    @inline(__always)
    func mayBeShaped(_ index: Int) -> Bool {
        !words.capitalized[index] && words.textHashes[index] != words.foldedHashes[index]
            && (words.kinds[index] == .word || words.kinds[index] == .identifier)
    }

    /// `eFishery` at `index` (a token `mayBeShaped`): a known name, a name the article gave a
    /// body, else a company by its shape.
    func shapedName(at index: Int) -> OrganisationMatch? {
        if let known = lexicon.aliases.longest(in: words, from: index, limit: index + 1) {
            let name = lexicon.name(of: known.value.id, on: document.published)
            return OrganisationMatch(tokens: index..<index + 1, canonical: name.canonical, id: name.id, kind: name.kind,
                                     acronym: known.value.acronym ?? name.acronym, rule: "org.gazetteer-alias")
        }
        if !articleNames.isEmpty, let named = articleNames.longestAnyWord(in: words, from: index, limit: index + 1) {
            return OrganisationMatch(tokens: index..<named.end, canonical: named.value.canonical, id: named.value.id, kind: named.value.kind,
                                     acronym: nil, rule: "org.named-again")
        }
        guard Self.isShapedName(words.text[index]), !words.hasText(index, lexicon.terms) else { return nil }
        let canonical = words.text[index]
        return OrganisationMatch(tokens: index..<index + 1, canonical: canonical, id: Self.slug(canonical), kind: "company",
                                 acronym: nil, rule: "org.shaped-name")
    }

    /// `PT Multidaya Teknologi Nusantara atau eFishery`: the name after `atau` right after `body`,
    /// when no rule reads another body there and it is no place, person or title. Learnt for the
    /// rest of the article.
    mutating func orAlias(after body: OrganisationMatch) -> OrganisationMatch? {
        let start = body.tokens.upperBound + 1
        guard start < words.count, words.folded[start - 1] == "atau", words.sentenceOf[start] == words.sentenceOf[start - 1] else { return nil }
        var end = start
        if mayBeShaped(start), Self.isShapedName(words.text[start]) {
            end = start + 1
        } else {
            while end < words.count, end - start < 3, isNameToken(end), words.kinds[end] != .identifier { end += 1 }
        }
        guard end > start, end >= words.count || !isNameToken(end),
              !words.has(start, lexicon.roleWords), !words.has(start, lexicon.nameLexicon.givenNames),
              words.value(start, lexicon.regionLevels) == nil, knownPlace(from: start) == nil,
              lexicon.nameLexicon.figures.longest(in: words, from: start, limit: end) == nil,
              !words.hasText(start, lexicon.terms), words.capitalized[start] ? match(at: start) == nil : shapedName(at: start).map({ $0.rule == "org.shaped-name" }) ?? true
        else { return nil }
        let alias = ArticleAlias(canonical: body.canonical, id: body.id, kind: body.kind)
        learnName(start..<end, alias)
        return OrganisationMatch(tokens: start..<end, canonical: body.canonical, id: body.id, kind: body.kind,
                                 acronym: nil, rule: "org.or-alias")
    }

    /// `Visinema Studios`: learns `Visinema` alone as a name of the body, unless the words before
    /// the tail are ordinary words or a place (`Samudra Sekuritas`, `Indonesia Capital`).
    mutating func learnTail(of body: OrganisationMatch) {
        let lower = body.tokens.lowerBound
        var tail = lower + 1
        while tail < body.tokens.upperBound, lexicon.nameSuffixes.longest(in: words, from: tail, limit: body.tokens.upperBound) == nil { tail += 1 }
        guard tail < body.tokens.upperBound, tail - lower <= 2, knownPlace(from: lower) == nil,
              (lower..<tail).contains(where: { !lexicon.nameLexicon.stemmer.isRoot(words.folded[$0]) && !words.known[$0] }) else { return }
        learnName(lower..<tail, ArticleAlias(canonical: body.canonical, id: body.id, kind: body.kind))
    }

    /// `PT Sinar Arunika Lestari`: learns `Sinar Arunika Lestari` (without the company head and
    /// `Tbk`) as a name of the body for the rest of the article, when it is two words or more, or
    /// one word that is not an ordinary word.
    mutating func learnBareCompany(_ body: OrganisationMatch) {
        let lower = body.tokens.lowerBound
        guard let head = lexicon.heads.longest(in: words, from: lower, limit: lower + 1), head.value.complement == .company else { return }
        var end = body.tokens.upperBound
        if end - 1 > head.end, words.has(end - 1, lexicon.companyForms) { end -= 1 }
        if end - 3 > head.end, words.isChar(end - 1, ")"), words.isChar(end - 3, "(") { end -= 3 }
        guard end > head.end, end - head.end >= 2 || !words.known[head.end] && !lexicon.nameLexicon.stemmer.isRoot(words.folded[head.end]) else { return }
        learnName(head.end..<end, ArticleAlias(canonical: body.canonical, id: body.id, kind: body.kind))
    }

    /// True when a person's name or title starts at `index` (`Pendiri Visinema Angga ...`), or
    /// when the name before it holds an acronym (`Kepala BP Haji Mochamad ...`): a name the
    /// article gave a body is then found again although a capitalised word follows.
    @inline(__always)
    func personFollows(_ index: Int, short: Bool) -> Bool {
        short || words.has(index, lexicon.nameLexicon.givenNames) || words.has(index, lexicon.roleWords)
    }

    /// The end of a competition's name starting at `index` (`AFC Champions League Two`), if one does.
    @inline(__always)
    func competitionEnd(at index: Int) -> Int? {
        lexicon.competitions.longest(in: words, from: index, limit: words.count)?.end
    }

    /// True when at least half of the words after the head of the name at `tokens` (four letters
    /// or more) are words of `canonical`: `Kementerian Komunikasi Digital` and `Kementerian
    /// Komunikasi dan Digital` name one body, `Partai Kekuatan Rakyat` and `Partai Persatuan
    /// Pembangunan` two.
    func sharesWords(_ tokens: Range<Int>, _ canonical: String) -> Bool {
        let known = Set(canonical.lowercased().split(separator: " ").map(String.init))
        var content = 0
        var shared = 0
        for index in tokens.dropFirst() where words.kinds[index] == .word && words.folded[index].utf8.count >= 4 {
            content += 1
            if known.contains(words.folded[index]) { shared += 1 }
        }
        return content == 0 || shared * 2 >= content
    }

    /// True when a short form written in mixed case (`Formappi`, `P2G`, `Garda`) is built from the
    /// words of a name in order: each word used gives its first letter and then some of its letters,
    /// the first word is used, others may be skipped (`dan`), a digit repeats the letter before it.
    static func builds(_ short: String, from names: [String]) -> Bool {
        var letters: [UInt8] = []
        for byte in short.utf8 {
            if byte >= 0x30 && byte <= 0x39, let last = letters.last {
                if byte > 0x31 { for _ in 0..<Int(byte - 0x31) { letters.append(last) } }
                continue
            }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard lower >= 0x61 && lower <= 0x7A else { return false }
            letters.append(lower)
        }
        guard !letters.isEmpty, letters.count <= 12, names.count <= 10 else { return false }
        let words = names.map { Array($0.utf8) }
        func fits(_ letter: Int, _ word: Int, _ used: Int) -> Bool {
            if letter == letters.count { return used >= 2 }
            guard word < words.count else { return false }
            if word > 0, fits(letter, word + 1, used) { return true }
            let bytes = words[word]
            guard let first = bytes.first, first == letters[letter] else { return false }
            var position = 1
            var next = letter + 1
            if fits(next, word + 1, used + 1) { return true }
            while next < letters.count {
                while position < bytes.count, bytes[position] != letters[next] { position += 1 }
                guard position < bytes.count else { return false }
                position += 1
                next += 1
                if fits(next, word + 1, used + 1) { return true }
            }
            return false
        }
        return fits(0, 0, 0)
    }
}
