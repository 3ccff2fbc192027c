import FoundationEssentials
import WartaTokenizer

/// Reading one amount: a number in digits, money or percent token, number words, ordinal or vague
/// word, then its scale word (`juta`) and a currency name after it (`dolar AS`).
extension FigureScanner {
    func amount(at index: Int) -> Amount? {
        guard free(index) else { return nil }
        let token = text.tokens[index]
        var result: Amount
        switch token.kind {
        case .number, .money, .percent:
            guard let number = DigitNumber.parse(text.bytes[token.byteStart..<token.byteEnd]) else { return nil }
            result = Amount(start: index, end: index + 1, raw: number.value)
            if token.kind == .money {
                result.currency = currencyOfSign(token)
                result.form = "sign"
                guard result.currency != nil else { return nil }
            }
            if token.kind == .percent { result.percent = true }
        case .ordinal:
            let bytes = text.bytes[token.byteStart..<token.byteEnd]
            guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")),
                  let number = DigitNumber.parse(bytes[(dash + 1)...]), number.plainInteger != nil else { return nil }
            var ordinal = Amount(start: index, end: index + 1, raw: number.value)
            ordinal.ordinal = true
            return ordinal
        case .word, .acronym, .abbreviation:
            if isMidSentenceCapital(index) && token.kind == .word { return nil }
            if let (code, end) = lexicon.currenciesBefore.match(text, at: index, limit: limit), free(end),
               text.kind(end) == .number, var inner = self.amount(at: end), inner.currency == nil {
                inner.start = index
                inner.currency = code
                inner.form = "code"
                return inner
            }
            if let (value, end) = lexicon.ordinals.match(text, at: index, limit: limit) {
                var ordinal = Amount(start: index, end: end, raw: Decimal(value))
                ordinal.ordinal = true
                ordinal.form = "words"
                return ordinal
            }
            if let (power, end) = lexicon.vague.match(text, at: index, limit: limit) {
                // `puluhan juta rupiah`: vague, but its scale and currency still follow.
                var vague = Amount(start: index, end: end, raw: nil)
                vague.vague = true
                vague.power = power
                vague.form = "words"
                result = vague
            } else {
                guard let (value, end) = lexicon.numberWords.parse(text, at: index, limit: limit) else { return nil }
                result = Amount(start: index, end: end, raw: value)
                result.words = true
                result.form = "words"
            }
        default:
            return nil
        }
        // Scale word: `juta`, and after money `M`/`T`.
        if free(result.end) && !result.percent {
            if let (power, end) = lexicon.scales.match(text, at: result.end, limit: limit) {
                result.power += power
                result.end = end
            } else if result.currency != nil, let (power, end) = lexicon.moneyScales.match(text, at: result.end, limit: limit) {
                result.power = power
                result.end = end
            }
        }
        // Currency name after the result: `2,09 miliar dolar AS`.
        if result.currency == nil && !result.percent && free(result.end),
           let (code, end) = lexicon.currenciesAfter.match(text, at: result.end, limit: limit) {
            result.currency = code
            result.end = end
            result.form = "name"
        }
        return result
    }

    /// The ISO code of a money token's sign (`Rp`, `Rp.`, `US$`).
    func currencyOfSign(_ token: Token) -> String? {
        var end = token.byteStart
        while end < token.byteEnd, !(text.bytes[end] >= 0x30 && text.bytes[end] <= 0x39) { end += 1 }
        var sign = String(decoding: text.bytes[token.byteStart..<end], as: UTF8.self)
        while sign.hasSuffix(" ") || sign.hasSuffix("\u{A0}") { sign.removeLast() }
        return lexicon.signs[sign] ?? lexicon.signs[sign.uppercased()]
    }
}
