import WartaText
import WartaTokenizer

/// Clock times.
///
/// | rule | example |
/// | --- | --- |
/// | `time.clock` | `pukul 14.00 WIB` → `2020-07-09T14:00+07:00`, `09.30 WITA` (+08:00), `20.15 WIT` (+09:00), `pukul 10 pagi`, `pukul 15.45 waktu setempat` |
/// | `interval.clock-range` | `pukul 08.00-12.00 WIB`, `pukul 07.00 WIB hingga pukul 10.00 WIB` (joined in `DateScanner+Intervals.swift`) |
///
/// A clock time takes its day from the day named before it in the article (see `anchorClockTimes`);
/// `waktu setempat` takes the offset of the place abroad named last before it (see `localOffsets`).
extension DateScanner {
    /// Hours and minutes of a time token (`14.00`, `09:30`) or a bare hour after `pukul` (`10`).
    func clockValue(at index: Int, bareHour: Bool) -> (hour: Int, minute: Int)? {
        guard index < limit else { return nil }
        let token = text.tokens[index]
        if token.kind == .number && bareHour {
            guard let hour = text.plainInteger(index), hour <= 24, token.byteCount <= 2 else { return nil }
            return (hour, 0)
        }
        guard token.kind == .time else { return nil }
        var hour = 0, minute = 0, inMinutes = false
        for byte in text.bytes[token.byteStart..<token.byteEnd] {
            if byte >= 0x30 && byte <= 0x39 {
                if inMinutes { minute = minute * 10 + Int(byte - 0x30) } else { hour = hour * 10 + Int(byte - 0x30) }
            } else { inMinutes = true }
        }
        guard hour <= 24, minute < 60 else { return nil }
        return (hour, minute)
    }

    func clock(at index: Int) -> DateMatch? {
        var position = index
        let hasAnchorWord = lexicon.anchor(text, at: index, limit: limit)?.role == "clock"
        if hasAnchorWord { position += 1 }
        guard let value = clockValue(at: position, bareHour: hasAnchorWord) else { return nil }
        var hour = value.hour
        let minute = value.minute
        position += 1
        var second: (hour: Int, minute: Int)?
        if let (_, afterRange) = lexicon.rangeWords.match(text, at: position, limit: limit), let value = clockValue(at: afterRange, bareHour: false) {
            second = value
            position = afterRange + 1
        }
        var zone = ""
        var localTime = false
        if position < limit, let (offset, end) = lexicon.zones.match(text, at: position, limit: limit) {
            zone = offset
            position = end
        } else if let (role, end) = lexicon.anchor(text, at: position, limit: limit), role == "local-time" {
            position = end
            localTime = true
        } else if let (_, end) = lexicon.partsOfDay.match(text, at: position, limit: limit) {
            if let (hours, _) = lexicon.afternoonHours.match(text, at: position, limit: limit), hours.contains(hour) { hour += 12 }
            position = end
        } else if !hasAnchorWord {
            return nil
        }
        func format(_ h: Int, _ m: Int) -> String { "T\(Timex.pad(h, 2)):\(Timex.pad(m, 2))\(zone)" }
        var match = makeMatch(index, position, kind: "time", value: "", granularity: "minute", rule: "time.clock")
        match.localTime = localTime
        match.afterMidnight = hour < 6 && second == nil && index > sentenceStart && lexicon.rangeWords.match(text, at: index - 1, limit: limit) != nil
        match.clock = format(hour, minute)
        if let second {
            match.kind = "interval"
            match.rule = "interval.clock-range"
            match.clock = format(hour, minute) + "/" + format(second.hour, second.minute)
        }
        return match
    }

    /// Gives each clock time of the document its day: a day named in its own sentence (before it,
    /// then after it; the report's weekday counts: `terhitung pukul 09.00 WIT," kata X, Jumat`);
    /// else the latest day named before it in the article (`Minggu (21/11)`, `Kamis malam`,
    /// `2 April 2025`), not counting report weekdays, which date the report rather than the event, nor `sejak sore` (the article's day by default)
    /// (and so do `malam itu` and `hingga larut malam`);
    /// else the article's date. An end time before 06:00 (`hingga pukul 02.00 WIB`) after its day is the night after it.
    static func anchorClockTimes(_ matches: inout [DateMatch], published: CivilDate?) {
        var lastDay: CivilDate?
        for index in matches.indices {
            if let clock = matches[index].clock {
                let sentence = matches[index].sentence
                var day = matches[..<index].reversed().prefix { $0.sentence == sentence }.first { $0.day != nil }?.day
                let before = day != nil
                if day == nil { day = matches[(index + 1)...].prefix { $0.sentence == sentence }.first { $0.day != nil }?.day }
                if day == nil { day = lastDay }
                if matches[index].afterMidnight, day != nil, before || day == lastDay { day = day?.adding(days: 1) }
                if day == nil, let published {
                    day = published
                    matches[index].anchor = published
                }
                let dayText = day?.description ?? "XXXX-XX-XX"
                if day == nil { matches[index].resolved = false }
                matches[index].value = clock.split(separator: "/").map { dayText + $0 }.joined(separator: "/")
                matches[index].day = day
                matches[index].clock = nil
            } else if let day = matches[index].day, matches[index].rule != "date.weekday-report", matches[index].rule != "time.part-of-day-since" {
                lastDay = day
            }
        }
    }

    /// `pukul 15.45 waktu setempat` after `Makassar-Jeddah`: the offset of the latest place of
    /// `calendar/place-offsets.tsv` named before the time in the article (also inside hyphenated
    /// names); without one the time keeps no offset.
    func localOffsets(_ matches: inout [DateMatch]) {
        for index in matches.indices where matches[index].localTime {
            matches[index].localTime = false
            guard let offset = placeOffset(before: matches[index].start) else { continue }
            matches[index].value = matches[index].value.split(separator: "/").map { $0 + offset }.joined(separator: "/")
        }
    }

    func placeOffset(before index: Int) -> String? {
        var position = index - 1
        while position >= 0 {
            let token = text.tokens[position]
            if token.kind == .word, token.flags.contains(.capitalized) {
                if let (offset, _) = lexicon.placeOffsets.match(text, at: position, limit: text.count) { return offset }
                if token.flags.contains(.hyphenated) {
                    let parts = text.bytes[token.byteStart..<token.byteEnd].split(separator: UInt8(ascii: "-"))
                    for part in parts.reversed() {
                        let key = Array(part).withUnsafeBufferPointer { WordKey($0, foldCase: false) }
                        if let key, let offset = lexicon.placeOffsets.value(for: key) { return offset }
                    }
                }
            }
            position -= 1
        }
        return nil
    }
}
