import WartaRecords
import WartaText
import WartaTokenizer

/// Speakers written as a role or description instead of a name (`hakim menyatakan ...`,
/// `Winger muda itu mengaku ...`, `"...," kata hakim.`): the person they refer to is the last one
/// named before them whose role holds the role noun. The rules are listed in `QuoteExtractor`'s table.
extension QuoteScan {
    /// The last person named outside quotes, ending before token `limit`, described by the role
    /// words of a description starting at `head` (`hakim`; `Ketua Umum Partai Gerindra` in `Ketua
    /// Umum Partai Gerindra itu`; the place after `asal` is no role word): every one is a word of the
    /// person's role, or of the lower-case words written right before the name (`dibacakan hakim
    /// tunggal Made Sudarsana`). `end` closes the description.
    func personByRole(head: Int, end: Int, before limit: Int) -> PersonAt? {
        guard head < words.count, words.kinds[head] == .word else { return nil }
        var nouns = [words.folded[head]]
        var index = head + 1
        while index < end, !words.has(index, lexicon.placePrepositions), !words.has(index, lexicon.demonstratives) {
            if words.capitalized[index], words.kinds[index] == .word || words.kinds[index] == .acronym { nouns.append(words.folded[index]) }
            index += 1
        }
        for candidate in personIndex.starting(in: 0..<limit).reversed() {
            let person = persons[candidate]
            guard person.tokens.upperBound <= limit, !inQuote[person.tokens.lowerBound] else { continue }
            let role = person.mention.role?.lowercased().split(separator: " ") ?? []
            let before = descriptionWords(before: person.tokens.lowerBound)
            if nouns.allSatisfy({ noun in role.contains { $0 == noun } || before.contains { words.folded[$0] == noun } }) { return person }
        }
        return nil
    }

    /// The lower-case words written right before a name (`hakim tunggal` in `dibacakan hakim
    /// tunggal Made Sudarsana`, `Penyidik` opening a sentence), up to three, stopping at a verb, an
    /// adjunct or a preposition.
    func descriptionWords(before start: Int) -> Range<Int> {
        var first = start
        // (The sentence's first word is capitalised: `Penyidik Bambang Sutrisno memeriksa ...`.)
        while first > 0, start - first < 3, words.kinds[first - 1] == .word,
              !words.capitalized[first - 1] || first == 1 || words.sentenceOf[first - 2] != words.sentenceOf[first - 1],
              !inQuote[first - 1], !words.has(first - 1, lexicon.subjectAdjuncts), !words.has(first - 1, lexicon.placePrepositions),
              !endsDescription(first - 1) { first -= 1 }
        return first..<start
    }

    /// `Dalam pertimbangannya, hakim menyatakan ...`, `Hakim juga menilai ...`: a role noun alone as
    /// the subject of a speech verb (only adverbs between). The role noun's token.
    func roleSubject(before verb: Int, in sentence: Range<Int>) -> Int? {
        var head = verb - 1
        while head > sentence.lowerBound, verb - head <= 2, words.kinds[head] == .word, !words.capitalized[head],
              words.has(head, lexicon.subjectAdjuncts) { head -= 1 }
        guard head >= sentence.lowerBound, words.kinds[head] == .word, subjectStart[head], !inQuote[head],
              words.has(head, lexicon.personHeads), personIndex.first(startingAt: head) == nil else { return nil }
        // The role noun opens the subject: the sentence's start or an opening phrase's comma before it.
        guard head == sentence.lowerBound || words.isChar(head - 1, ",") else { return nil }
        return head
    }

    /// `Kantor Perdana Menteri Israel Benjamin Netanyahu menyatakan ...`: the capitalised words
    /// opening the subject before the person start with a body's head (`Kantor`, `Komite`) that is
    /// no title, so the subject is the body and its stance is no reported statement.
    func institutionOpens(before found: PersonAt, in sentence: Range<Int>) -> Bool {
        var first = found.tokens.lowerBound
        while first > sentence.lowerBound, found.tokens.lowerBound - first < 12, !words.isChar(first - 1, ","),
              words.capitalized[first - 1] && words.kinds[first - 1] != .punctuation || joinsName(first - 1) { first -= 1 }
        guard first < found.tokens.lowerBound, first == sentence.lowerBound || words.isChar(first - 1, ",") else { return false }
        return words.kinds[first] == .word && words.has(first, lexicon.institutionHeads)
    }
}
