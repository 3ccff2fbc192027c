import FoundationEssentials
import WartaLexicons

/// Numbers written as words (`dua puluh lima` 25, `seratus` 100, `tiga ratus lima puluh` 350,
/// `dua belas` 12, `satu setengah` 1.5, `sepertiga`), read from `figures/number-words.tsv`.
/// Scale words after them (`juta`) are the figure rules' business.
struct NumberWords: Sendable {
    enum Role: String, Sendable { case digit, teenMarker = "teen-marker", multiplier, whole, fraction }
    struct Word: Sendable {
        var value: Decimal
        var role: Role
    }

    let words: PhraseTable<Word>

    init(lexicons: LexiconStore) throws(LexiconError) {
        words = try PhraseTable(lexicons, "figures/number-words.tsv") { entry in
            guard let text = entry[field: 1], let value = Decimal(string: text),
                  let role = entry[field: 2].flatMap(Role.init(rawValue:)) else { return nil }
            return Word(value: value, role: role)
        }
    }

    /// True when token `index` is a number word.
    func isNumberWord(_ text: TokenText, _ index: Int) -> Bool { words.startsPhrase(text, at: index) }

    /// The number spelled from token `index` on (before `limit`): its value and the index after
    /// its last word. Reads one group below a thousand: [digit `ratus` | `seratus`]
    /// [digit `puluh` | `sepuluh` | `sebelas` | digit `belas`] [digit] [`setengah`].
    func parse(_ text: TokenText, at index: Int, limit: Int) -> (value: Decimal, end: Int)? {
        // Most tokens are no number word: answer before setting up the `Decimal` sum.
        guard index < limit, words.startsPhrase(text, at: index) else { return nil }
        var position = index
        var total = Decimal(0)
        var consumed = false
        // Stage 0 hundreds, 1 tens, 2 units, 3 done.
        var stage = 0
        while position < limit, let (word, end) = words.match(text, at: position, limit: limit) {
            switch word.role {
            case .digit:
                guard stage <= 2 else { return finish() }
                // digit followed by a multiplier or `belas`
                if let (next, nextEnd) = words.match(text, at: end, limit: limit) {
                    if next.role == .multiplier {
                        let stageOfMultiplier = next.value == 100 ? 0 : 1
                        guard stage <= stageOfMultiplier else { return finish() }
                        total += word.value * next.value
                        position = nextEnd
                        stage = stageOfMultiplier + 1
                        consumed = true
                        continue
                    }
                    if next.role == .teenMarker {
                        guard stage <= 1 else { return finish() }
                        total += word.value + 10
                        position = nextEnd
                        stage = 3
                        consumed = true
                        continue
                    }
                }
                total += word.value
                position = end
                stage = 3
                consumed = true
                // `satu setengah` 1.5
                if let (next, nextEnd) = words.match(text, at: position, limit: limit), next.role == .fraction, next.value == Decimal(string: "0.5") {
                    total += next.value
                    position = nextEnd
                }
                return finish()
            case .whole:
                if word.value >= 1000 {
                    guard !consumed else { return finish() }
                    return (word.value, end)
                }
                if word.value == 100 {
                    guard stage == 0 else { return finish() }
                    stage = 1
                } else {
                    guard stage <= 1 else { return finish() }
                    stage = 3
                }
                total += word.value
                position = end
                consumed = true
            case .fraction:
                guard !consumed else { return finish() }
                return (word.value, end)
            case .multiplier, .teenMarker:
                return finish()
            }
        }
        return finish()

        func finish() -> (value: Decimal, end: Int)? { consumed ? (total, position) : nil }
    }
}
