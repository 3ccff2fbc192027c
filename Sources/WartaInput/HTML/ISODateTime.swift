import WartaText

/// Reads the date-times pages put in their metadata: ISO 8601 and its common variants
/// (`2020-07-16T18:23:00+07:00`, `2020-07-16T11:23:00.000Z`, `2020-07-16 18:23:00`, `2020-07-16`,
/// `2020/07/16 18:23`), keeping the local date and the zone as written.
enum ISODateTime {
    static func parse(_ raw: String, source: String) -> PublishedTime? {
        let text = raw.trimmingASCIISpaces()
        let scalars = Array(text.utf8)
        guard scalars.count >= 10, let year = number(scalars, 0, 4), year >= 1900, year <= 2200,
              scalars[4] == UInt8(ascii: "-") || scalars[4] == UInt8(ascii: "/"), scalars[7] == scalars[4],
              let month = number(scalars, 5, 2), let day = number(scalars, 8, 2),
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        var iso = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        var offset: Int? = nil
        var index = 10
        if index < scalars.count, scalars[index] == UInt8(ascii: "T") || scalars[index] == 0x20,
           scalars.count >= index + 6, let hour = number(scalars, index + 1, 2), scalars[index + 3] == UInt8(ascii: ":"),
           let minute = number(scalars, index + 4, 2), hour < 24, minute < 60 {
            index += 6
            var second = 0
            if index + 3 <= scalars.count, scalars[index] == UInt8(ascii: ":"), let value = number(scalars, index + 1, 2), value < 61 {
                second = value
                index += 3
            }
            if index < scalars.count, scalars[index] == UInt8(ascii: ".") || scalars[index] == UInt8(ascii: ",") {
                index += 1
                while index < scalars.count, (0x30...0x39).contains(scalars[index]) { index += 1 }
            }
            while index < scalars.count, scalars[index] == 0x20 { index += 1 }
            iso += "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
            if index < scalars.count {
                let rest = text.utf8.dropFirst(index)
                if rest.first == UInt8(ascii: "Z") {
                    offset = 0
                } else {
                    offset = offsetMinutes(Substring(rest))
                }
            }
            if let offset { iso += format(offset: offset) }
        }
        return PublishedTime(text: text, date: date, iso: iso, utcOffsetMinutes: offset, source: source)
    }

    /// `+07:00`, `+0700`, `-03:30`, `+07` as minutes east of UTC.
    static func offsetMinutes(_ text: Substring) -> Int? {
        let bytes = Array(text.utf8)
        guard let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = bytes.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let values = digits.map { Int($0) - 0x30 }
        let hours = values[0] * 10 + values[1]
        let minutes = digits.count == 4 ? values[2] * 10 + values[3] : 0
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    }

    /// `+07:00` for 420.
    static func format(offset: Int) -> String {
        let magnitude = abs(offset)
        return (offset < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
