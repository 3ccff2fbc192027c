import FoundationEssentials
import WartaRecords
import WartaTokenizer

/// Runs the figure rules over one sentence's tokens, skipping tokens inside dates.
///
/// | rule | example |
/// | --- | --- |
/// | `money.sign-before` | `Rp123,46 triliun`, `Rp 500 juta`, `US$1,5 juta`, `Rp5 T` |
/// | `money.code-before` | `USD 1,5 juta`, `IDR 500 juta` |
/// | `money.name-after` | `2,09 miliar dolar AS`, `500 ribu rupiah`, `1,35 juta dolar AS` |
/// | `percent.sign` / `percent.word` | `14,68%`, `14,68 persen`, `lima persen` |
/// | `quantity.unit-after` / `quantity.unit-before` | `4 ton`, `67,8 juta ton`, `24,17 kilometer`, `magnitudo 6,2` |
/// | `count.noun` | `64 juta UMKM`, `599.300 UMKM`, `dua puluh lima orang` |
/// | `count.classifier` | `1.500 unit mesin`, `tiga ekor sapi` |
/// | `count.vague` | `puluhan warga`, `ratusan rumah` (value null, approximate) |
/// | `count.or-pair` | `9,4 juta atau 14,68 persen UMKM`: the first figure counts the second's noun |
/// | `number.digits` | `nilai ... mencapai 356` |
/// | `number.fraction` / `number.vague` | `hampir setengah dari pasien`, `lebih dari separuh`; `ribuan` alone |
/// | `ordinal.hyphen` / `ordinal.word` | `ke-32`, `ketiga` |
/// | `*.range` | `5-7 persen`, `Rp1.000-Rp10.000`, `antara 10 hingga 20 juta`, `30 hingga 150 sentimeter` |
///
/// Not figures: years, dates and clock times (the date extractor has them; the ordinal of an
/// anniversary, `HUT ke-75`, stays one), identifiers
/// (`COVID-19`, `G20`: their own token kind), set phrases (`salah satu`, `roda dua`), scores
/// (`menang 2-1`), and number words with nothing counted after them.
struct FigureScanner {
    let text: TokenText
    let lexicon: FigureLexicon
    let covered: [Bool]
    let sentenceStart: Int
    let limit: Int

    func scan(_ range: Range<Int>, into figures: inout [(start: Int, end: Int, figure: FigureDraft)]) {
        var index = range.lowerBound
        while index < range.upperBound {
            if covered[index] { index += 1; continue }
            let kind = text.kind(index)
            if kind == .word || kind == .acronym || kind == .abbreviation {
                guard lexicon.triggers.contains(text.keys[index], hash: text.keyHashes[index]) else { index += 1; continue }
                if let (_, end) = lexicon.setPhrases.match(text, at: index, limit: limit) { index = end; continue }
            } else if kind != .number && kind != .money && kind != .percent && kind != .ordinal {
                index += 1
                continue
            }
            if let draft = figure(at: index) {
                figures.append((draft.start, draft.end, draft))
                index = draft.end
            } else {
                index += 1
            }
        }
    }

    /// True when token `index` may be read by the rules: inside the sentence and not in a date.
    func free(_ index: Int) -> Bool { index < limit && !covered[index] }

    /// True for a capitalised word in mid-sentence (a name: `Tiga Serangkai`, `Seksi 2`); a word
    /// opening the sentence or a quotation (`"Sebanyak 1.240 ...`) is not.
    func isMidSentenceCapital(_ index: Int) -> Bool {
        guard text.isCapitalized(index) else { return false }
        var previous = index - 1
        while previous >= sentenceStart, text.kind(previous) == .punctuation {
            let byte = text.firstByte(previous)
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ":") || byte == 0xE2 { return false }
            previous -= 1
        }
        return previous >= sentenceStart
    }
}

/// A figure before it becomes a record.
struct FigureDraft {
    var start: Int
    var end: Int
    var kind: String
    var value: Decimal?
    var valueMax: Decimal? = nil
    var unit: String? = nil
    var counted: String? = nil
    var approximate = false
    var qualifier: String? = nil
    var rule: String
    /// True when the last token's final full stop is not part of the figure (`10 km.`).
    var dropsFinalStop = false
}
