/// One word of running text and its root.
public struct StemmedToken: Sendable, Hashable {
    /// The word as written.
    public let text: Substring
    /// Its root; the word itself when it was left alone.
    public let root: String
    /// True when the word was left alone as a name or acronym (capitalised, not sentence-initial).
    public let isName: Bool
}

extension Stemmer {
    /// Splits running text into words and stems each. A capitalised word that does not start a
    /// sentence is a name and is left alone (`Bekasi`, `Jokowi`), as is an all-capital acronym;
    /// a sentence-initial capitalised word is stemmed unless it is a protected name.
    /// Words are runs of letters with inner hyphens (`produk-produk`); digits, punctuation and
    /// spaces are skipped. Use the tokenizer for anything more careful.
    public func stemText(_ text: String) -> [StemmedToken] {
        var result: [StemmedToken] = []
        var sentenceStart = true
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character.isLetter else {
                if character == "." || character == "!" || character == "?" || character == "\n" { sentenceStart = true }
                else if character.isNumber { sentenceStart = false }
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex {
                if text[end].isLetter { end = text.index(after: end); continue }
                let next = text.index(after: end)
                if text[end] == "-", next < text.endIndex, text[next].isLetter { end = next; continue }
                break
            }
            let word = text[index..<end]
            let capitalised = word.first?.isUppercase == true
            let acronym = word.count >= 2 && word.allSatisfy { !$0.isLowercase }
            if acronym || (capitalised && !sentenceStart) {
                result.append(StemmedToken(text: word, root: String(word), isName: true))
            } else {
                result.append(StemmedToken(text: word, root: stem(word), isName: false))
            }
            sentenceStart = false
            index = end
        }
        return result
    }
}
