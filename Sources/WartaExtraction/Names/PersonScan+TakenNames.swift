import WartaText
import WartaTokenizer

/// Names taken with an office: a regnal number after a name (`Leo XIV`, `Charles III`, `Yohanes
/// Paulus II`), which belongs to the name and tells two bearers apart, and the name a person takes
/// after a cue (`Kardinal Robert Francis Prevost terpilih dan memilih nama Paus Leo XIV`), which
/// names that person (rule `person.taken-name`, see `PersonExtractor`). Everything here runs on a
/// run a person rule has found, never per token.
extension PersonScan {
    /// True when token `index` is a regnal number (`II` to `XXXIX`, capitals `I`, `V`, `X` only, two
    /// letters or more) right after a name word of a capitalised run.
    @inline(__always)
    func regnalNumber(_ index: Int) -> Bool {
        guard index > 0, index < words.count, words.kinds[index] == .acronym, words.kinds[index - 1] == .word,
              words.capitalized[index - 1], words.sentenceOf[index] == words.sentenceOf[index - 1] else { return false }
        let bytes = words.text[index].utf8
        guard bytes.count >= 2, bytes.count <= 6 else { return false }
        return bytes.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
    }

    /// `run` and the regnal number right after it, when its last word is a name word or no ordinary
    /// word (`Leo XIV`, `Pius XIII`; not `Komisi XI`).
    @inline(__always)
    func withRegnalNumber(_ run: Range<Int>) -> Range<Int> {
        let end = run.upperBound
        guard end < words.count, words.kinds[end] == .acronym, regnalNumber(end),
              words.has(end - 1, lexicon.names.nameWords) || !isOrdinary(end - 1) else { return run }
        return run.lowerBound..<end + 1
    }

    /// True when token `index` counts as a word of a person's name: a word, or a regnal number.
    @inline(__always)
    func isNameToken(_ index: Int) -> Bool {
        words.kinds[index] == .word || words.kinds[index] == .acronym && regnalNumber(index)
    }

    /// The person a name at `start` (or its title at `start`) was taken by: the last person named in
    /// the same sentence, when a taken-name cue (`memilih nama`, `bergelar`) ends right before `start`.
    func takenNameOwner(before start: Int) -> Int? {
        guard start >= 1, let last = found.last, last.bytes == nil, last.tokens.upperBound <= start,
              words.sentenceOf[last.tokens.lowerBound] == words.sentenceOf[start] else { return nil }
        let cues = lexicon.takenNameCues
        for back in 1...min(3, start) where cues.longest(in: words, from: start - back, limit: start)?.end == start {
            return last.person
        }
        return nil
    }
}
