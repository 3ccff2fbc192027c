import WartaText
import WartaTokenizer

/// Two people joined by a hyphen inside one token: an election ticket (`Pramono Anung-Rano Karno`,
/// `pasangan Anies-Muhaimin`), a doubles pair. Rule `person.ticket` (see `PersonExtractor`).
extension PersonScan {
    /// Finds every ticket before the other rules run, so that no rule reads the joined token as one name.
    /// Evidence: a ticket noun before the names (`pasangan`, `paslon`, `duet`), or both halves naming
    /// people (a public figure or one of its short forms, a given name).
    mutating func tickets() {
        let figures = lexicon.names.figures
        var index = 0
        while index < words.count {
            defer { index += 1 }
            // Most tokens have no hyphen: ask the tokenizer's flag before reading the text.
            guard words.kinds[index] == .word, words.capitalized[index], !covered[index], document.tokens[index].flags.contains(.hyphenated),
                  words.text[index].utf8.contains(0x2D) else { continue }
            let bytes = Array(words.text[index].utf8)
            guard let dash = bytes.firstIndex(of: 0x2D), dash >= 2, dash + 2 < bytes.count,
                  bytes[dash + 1] >= 0x41 && bytes[dash + 1] <= 0x5A, !bytes[(dash + 1)...].contains(0x2D) else { continue }
            let sentence = words.sentenceOf[index]
            // The capitalised words before and after the joined token.
            var start = index
            while start > 0, index - start < 3, !covered[start - 1], words.kinds[start - 1] == .word, words.capitalized[start - 1],
                  words.sentenceOf[start - 1] == sentence, !opensSentence(start - 1) || words.has(start - 1, lexicon.names.givenNames)
                    || figures.longest(in: words, from: start - 1, limit: index) != nil {
                start -= 1
            }
            var end = index + 1
            while end < words.count, end - index <= 3, !covered[end], words.capitalized[end], words.sentenceOf[end] == sentence,
                  words.kinds[end] == .word || words.kinds[end] == .acronym && words.text[end].utf8.count <= 3 {
                end += 1
            }
            let leftPart = String(decoding: bytes[..<dash], as: UTF8.self)
            let rightPart = String(decoding: bytes[(dash + 1)...], as: UTF8.self)
            let leftWords = words.folded[start..<index].map { $0 } + [DocumentWords.fold(leftPart, ascii: false)]
            let rightWords = [DocumentWords.fold(rightPart, ascii: false)] + words.folded[index + 1..<end].map { $0 }
            let leftFigure = figure(named: leftWords)
            let rightFigure = figure(named: rightWords)
            let cue = start > 0 && words.has(start - 1, lexicon.ticketCues)
            // `tim hukum Danny-Azhar` after `Danny Pomanto-Azhar Arsyad`: a half naming a person of the article is a name.
            let leftName = leftFigure != nil || lexicon.names.givenNames.contains(leftWords[0]) || leftWords.count == 1 && namesPerson(leftWords[0])
            let rightName = rightFigure != nil || lexicon.names.givenNames.contains(rightWords[0]) || rightWords.count == 1 && namesPerson(rightWords[0])
            // `Kamala Harris-Tim Walz`: one half a person's, the other two or more capitalised words.
            // (`Pierre-Olivier Gourinchas` is one name: both halves need two words then.)
            // (`Pierre-Olivier Gourinchas`: one given word before the hyphen and a full name after it is one name.)
            let twoWords = leftWords.count >= 2 && rightWords.count >= 2
            let compound = leftWords.count == 1 && rightWords.count >= 2 && leftFigure == nil && rightFigure == nil
            guard cue || leftName && rightName && !compound || twoWords && (leftName || rightName),
                  !afterNamedHead(start), lexicon.namedAfterHeads.longest(in: words, from: start, limit: index) == nil else { continue }
            let token = document.tokens[index]
            let leftBytes = document.tokens[start].byteStart..<token.byteStart + dash
            let rightBytes = token.byteStart + dash + 1..<document.tokens[end - 1].byteEnd
            let leftText = (start < index ? places.text(start..<index) + " " : "") + leftPart
            let rightText = rightPart + (end > index + 1 ? " " + places.text(index + 1..<end) : "")
            // (`Danny-Azhar` after `Danny Pomanto-Azhar Arsyad`: the person the article already named, before a figure's full name.)
            let leftKnown = leftWords.count == 1 ? known(words: leftWords).map { people[$0].names } : nil
            let rightKnown = rightWords.count == 1 ? known(words: rightWords).map { people[$0].names } : nil
            add(start..<index + 1, role: nil, organisation: nil, rule: "person.ticket", linkWords: leftKnown ?? leftFigure ?? leftWords,
                bytes: leftBytes, written: leftText, short: leftFigure.map { $0 != leftWords } ?? false)
            add(index..<end, role: nil, organisation: nil, rule: "person.ticket", linkWords: rightKnown ?? rightFigure ?? rightWords,
                bytes: rightBytes, written: rightText, short: rightFigure.map { $0 != rightWords } ?? false)
            index = end - 1
        }
    }

    /// True when `word` (folded) is a name word of a person the article has already named.
    func namesPerson(_ word: String) -> Bool {
        !people.isEmpty && peopleWithWord.value(word, hash: WordHash.of(word)) != nil
    }

    /// The full name words of the public figure `nameWords` names in full or by a short form, if any.
    func figure(named nameWords: [String]) -> [String]? {
        let hashes = nameWords.map { WordHash.of($0) }
        guard let found = lexicon.names.figures.longest(in: nameWords, hashes: hashes, from: 0, limit: nameWords.count),
              found.end == nameWords.count else { return nil }
        return lexicon.names.fullNameWords[found.value.index]
    }
}
