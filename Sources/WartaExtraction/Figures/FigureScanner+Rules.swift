import FoundationEssentials
import WartaTokenizer

/// One figure from its first token: qualifier, unit before, amount, range, then percent word,
/// unit, classifier and counted noun (rules and examples in `FigureScanner`).
extension FigureScanner {
    func figure(at index: Int) -> FigureDraft? {
        var start = index
        var qualifier: (text: String, meaning: String)?
        if let (meaning, end) = lexicon.qualifiers.match(text, at: index, limit: limit), free(end) {
            qualifier = (text.text(from: index, through: end - 1), meaning)
            start = end
        }
        var unitBefore: String?
        var first: Amount
        if let (unit, end) = lexicon.unitsBefore.match(text, at: start, limit: limit), let amount = amount(at: end), !amount.words, amount.currency == nil {
            unitBefore = unit
            first = amount
            first.start = start
        } else if let amount = amount(at: start) {
            first = amount
        } else {
            return nil
        }
        let label = labelBefore(first)
        if label == .word { return skip(first.start, first.end) }
        // `2 sampai 3 minggu`: the first number belongs to the duration after it.
        if let afterWord = rangeWordEnd(at: first.end, opened: false), afterWord < limit, covered[afterWord] { return skip(first.start, first.end) }
        if first.ordinal {
            return FigureDraft(start: first.start, end: first.end, kind: "ordinal", value: first.raw, rule: first.form == "words" ? "ordinal.word" : "ordinal.hyphen")
        }

        // Range: `5-7 persen`, `Rp1.000-Rp10.000`, `antara 10 hingga 20 juta`, `antara 10 dan 20`.
        var second: Amount?
        if !first.vague, let afterWord = rangeWordEnd(at: first.end, opened: qualifier?.meaning == "range"), var other = amount(at: afterWord), !other.ordinal, !other.vague {
            if first.power == 0 && other.power > 0, let a = first.raw, let b = other.raw, a <= b { first.power = other.power }
            if first.currency == nil { first.currency = other.currency }
            if other.currency == nil { other.currency = first.currency }
            if first.percent || other.percent { first.percent = true; other.percent = true }
            if let a = first.value, let b = other.value, a < b, first.currency == other.currency {
                second = other
            } else if text.isChar(first.end, UInt8(ascii: "-")) && first.currency == nil && !first.percent {
                // `menang 2-1`: a score, not a range.
                return skip(first.start, other.end)
            }
        }
        let last = second ?? first
        var end = last.end
        var unit: String? = nil
        var classifier = false
        var dropsFinalStop = false
        let isMoney = last.currency != nil
        if last.percent { unit = "percent" }
        if !isMoney && unit == nil && unitBefore == nil && free(end) {
            if let (found, after) = lexicon.unitsExact.match(text, at: end, limit: limit) ?? lexicon.unitsFolded.match(text, at: end, limit: limit) {
                unit = found
                end = after
            } else if case let stem = text.stemKey(end, foldCase: false), stem != .none, let found = lexicon.unitsExact.value(for: stem) {
                // `10 km.` ending a sentence: the stop is not part of the figure.
                unit = found
                end += 1
                dropsFinalStop = true
            } else if !first.vague, let (found, after) = lexicon.classifiers.match(text, at: end, limit: limit) {
                unit = found
                end = after
                classifier = true
            }
        }
        // Compound units: `24,6 km per jam` km/h, `5,8 ton per hektare` ton/hectare.
        if let numerator = unit, !classifier, numerator != "percent", free(end), let (_, afterJoiner) = lexicon.unitJoiners.match(text, at: end, limit: limit),
           free(afterJoiner), let (denominator, after) = lexicon.unitsPer.match(text, at: afterJoiner, limit: limit) {
            unit = numerator + "/" + denominator
            end = after
        }
        if unitBefore != nil { unit = unitBefore }
        var counted = isMoney || (unit != nil && unit != "percent" && !classifier) ? nil : countedNoun(at: end)
        if unit == "percent", counted != nil, text.kind(end) == .word, startsWithVerbPrefix(end) { counted = nil }

        var draft = FigureDraft(start: first.start, end: end, kind: "number", value: first.value, valueMax: second?.value,
                                unit: isMoney ? last.currency : unit, counted: counted, rule: "number.digits")
        draft.dropsFinalStop = dropsFinalStop
        if let qualifier, qualifier.meaning != "range" {
            draft.approximate = true
            draft.qualifier = qualifier.text
        }
        if first.vague {
            draft.value = nil
            draft.approximate = true
        }
        switch true {
        case isMoney: (draft.kind, draft.rule) = ("money", "money." + (first.form == "name" || last.form == "name" ? "name-after" : first.form == "code" ? "code-before" : "sign-before"))
        case unit == "percent": (draft.kind, draft.rule) = ("percent", text.kind(last.start) == .percent ? "percent.sign" : "percent.word")
        case classifier: (draft.kind, draft.rule) = ("count", "count.classifier")
        case unit != nil: (draft.kind, draft.rule) = ("quantity", unitBefore != nil ? "quantity.unit-before" : "quantity.unit-after")
        case counted != nil: (draft.kind, draft.rule) = ("count", first.vague ? "count.vague" : "count.noun")
        case first.vague: (draft.kind, draft.rule) = ("number", "number.vague")
        case first.words && (first.raw ?? 1) < 1: draft.rule = "number.fraction"
        case first.words: return nil
        default: break
        }
        if second != nil { draft.rule = draft.kind + ".range" }
        // After a name or code (`Super 1000`, `JT 610`) a plain number is a label; `PDB 39,57 persen` is not.
        if label == .name && (draft.kind == "number" || draft.kind == "count") { return skip(first.start, first.end) }
        return draft
    }

    /// The index after a range word at `index` (`-`, `hingga`, `sampai`; `dan` after `antara`).
    func rangeWordEnd(at index: Int, opened: Bool) -> Int? {
        guard free(index) else { return nil }
        if let (_, end) = lexicon.rangeWords.match(text, at: index, limit: limit) { return end }
        if opened, text.keys[index] == lexicon.andKey { return index + 1 }
        return nil
    }

    /// A number that labels rather than measures: after a label word (`Pasal 5`, `ayat (2)`, `Kav. 52-53`,
    /// `nomor perkara 1234`), after a capitalised name or code (`Super 1000`, `Seksi 2`, `JT 610`), in parentheses
    /// alone (`(1)`), or glued to a slash (`K/Pid.Sus/2022`, `Perpres 12/2024`).
    func labelBefore(_ amount: Amount) -> Label {
        guard amount.form == "digits", !amount.ordinal, amount.start > 0 else { return .none }
        var before = amount.start - 1
        if text.touchesNext(before) && (text.isChar(before, UInt8(ascii: "/")) || text.isChar(before, UInt8(ascii: "."))) { return .word }
        // `Kav. 52-53`: the second number of a labelled pair (the first was skipped).
        if before > sentenceStart, text.isChar(before, UInt8(ascii: "-")), text.touchesNext(before), text.touchesNext(before - 1) { return .word }
        // `Perpres 12/2024`, `RT 02/RW 05`: a number glued to a slash after it is a code.
        if amount.end < limit, text.touchesNext(amount.end - 1), text.isChar(amount.end, UInt8(ascii: "/")) { return .word }
        if text.isChar(before, UInt8(ascii: "(")) {
            if text.isChar(amount.end, UInt8(ascii: ")")) { return .word }
            before -= 1
        }
        // `Kav. 52`: an abbreviated label written as a word and a stop (the splitter may have
        // ended a sentence there, so this looks back across it).
        if before > 0, text.isChar(before, UInt8(ascii: ".")), text.touchesNext(before - 1), lexicon.labels.match(text, at: before - 1, limit: text.count) != nil {
            return .word
        }
        guard before >= sentenceStart else { return .none }
        if lexicon.labels.match(text, at: before, limit: limit) != nil || lexicon.labels.value(for: text.stemKey(before, foldCase: true)) != nil { return .word }
        if before > sentenceStart, let (reach, _) = lexicon.labels.match(text, at: before - 1, limit: limit), reach >= 2, text.kind(before) == .word,
           !text.isCapitalized(before), lexicon.notCounted.match(text, at: before, limit: limit) == nil { return .word }
        let kind = text.kind(before)
        return (kind == .word && isMidSentenceCapital(before)) || kind == .identifier || kind == .acronym ? .name : .none
    }

    /// What stands before a number to make it a label: a label word (always), or a name or code
    /// (only when the number measures nothing).
    enum Label { case none, word, name }

    /// True when token `index` begins like a verb or adverb (`berlaku`, `dianggap`, `secara`).
    func startsWithVerbPrefix(_ index: Int) -> Bool {
        let token = text.tokens[index]
        let bytes = text.bytes[token.byteStart..<token.byteEnd]
        return lexicon.verbPrefixes.contains { prefix in
            bytes.count > prefix.count + 2 && zip(bytes, prefix).allSatisfy { ($0 | 0x20) == $1 }
        }
    }

    /// A stretch that holds no figure but must not be read again (a score, a label).
    func skip(_ start: Int, _ end: Int) -> FigureDraft {
        FigureDraft(start: start, end: end, kind: "", value: nil, rule: "")
    }

    /// The noun after a figure, when it is one: a lowercase word or an acronym that is not a
    /// function word, number word or another figure's start.
    func countedNoun(at index: Int) -> String? {
        guard free(index) else { return nil }
        let kind = text.kind(index)
        guard kind == .word || kind == .acronym else { return nil }
        if kind == .word && text.isCapitalized(index) { return nil }
        guard text.length(index) >= 2, lexicon.notCounted.match(text, at: index, limit: limit) == nil,
              !lexicon.numberWords.isNumberWord(text, index), lexicon.scales.match(text, at: index, limit: limit) == nil else { return nil }
        return text.text(index)
    }
}
