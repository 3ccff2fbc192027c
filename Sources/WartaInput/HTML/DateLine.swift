import WartaText

/// Reads a date line as Indonesian news pages print it near the headline:
/// `Kamis, 16 Juli 2020 18:23 WIB`, `Kamis, 16 Jul 2020 | 18:23 WIB`, `16/07/2020, 18:23 WIB`,
/// `16 Juli 2020, 18.23 WITA`. Month names and zones come from `Lexicons/calendar/`; a time
/// without a zone keeps no offset.
struct DateLine {
    let months: [String: Int]
    let zones: [String: Int]

    func parse(_ line: String, source: String) -> PublishedTime? {
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "\u{A0}" })
        guard tokens.count <= 16 else { return nil }
        var index = 0
        while index < tokens.count {
            if let (date, used) = date(tokens, at: index) {
                var iso = ISODateTime.pad(date.year, 4) + "-" + ISODateTime.pad(date.month, 2) + "-" + ISODateTime.pad(date.day, 2)
                var offset: Int? = nil
                var next = index + used
                if next < tokens.count, tokens[next].lowercased() == "pukul" || tokens[next] == "-" { next += 1 }
                if next < tokens.count, let (hour, minute) = clock(tokens[next]) {
                    iso += "T" + ISODateTime.pad(hour, 2) + ":" + ISODateTime.pad(minute, 2) + ":00"
                    if next + 1 < tokens.count, let zone = zones[tokens[next + 1].uppercased()] {
                        offset = zone
                        iso += ISODateTime.format(offset: zone)
                    }
                }
                let text = line.trimmingASCIISpaces()
                return PublishedTime(text: text, date: date, iso: iso, utcOffsetMinutes: offset, source: source)
            }
            index += 1
        }
        return nil
    }

    /// `16 Juli 2020` (three tokens) or `16/07/2020` (one).
    private func date(_ tokens: [Substring], at index: Int) -> (CivilDate, Int)? {
        let first = tokens[index]
        let parts = first.split(separator: "/")
        if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), parts[2].count == 4, let year = Int(parts[2]),
           let date = CivilDate(year: year, month: month, day: day) {
            return (date, 1)
        }
        guard index + 2 < tokens.count, first.count <= 2, let day = Int(first) else { return nil }
        var monthName = tokens[index + 1].lowercased()
        if monthName.hasSuffix(".") { monthName.removeLast() }
        guard let month = months[monthName], tokens[index + 2].count == 4, let year = Int(tokens[index + 2]),
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        return (date, 3)
    }

    /// `18:23`, `18.23`, `18:23:05`.
    private func clock(_ token: Substring) -> (Int, Int)? {
        let parts = token.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        return (hour, minute)
    }
}
