import FoundationEssentials

/// A number written in digits, Indonesian style: `.` groups thousands and `,` marks the decimals
/// (`599.300`, `14,68`, `1.250.000,50`). A dot not followed by exactly three digits is read as a
/// decimal point (`2.5`), since Indonesian thousands groups always have three.
struct DigitNumber: Sendable, Equatable {
    /// The digits as an integer, before the decimal shift.
    var significand: UInt64
    /// How many of the digits are decimals.
    var decimals: Int
    /// Number of digits before the decimal mark.
    var integerDigits: Int
    /// True when written with a thousands separator.
    var grouped: Bool

    /// The exact value.
    var value: Decimal { DigitNumber.decimal(significand, decimals: decimals) }

    /// A plain integer without separators or decimals (`2020`), else nil.
    var plainInteger: Int? { !grouped && decimals == 0 && integerDigits <= 9 ? Int(significand) : nil }

    /// `significand` × 10^-`decimals`, exactly.
    static func decimal(_ significand: UInt64, decimals: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -decimals, significand: Decimal(significand))
    }

    /// Parses the digits in `bytes`, skipping a leading currency sign and a trailing `%`; nil when
    /// the bytes are not one number (`16-31`, `13/7`) or have more than 19 digits.
    static func parse(_ bytes: ArraySlice<UInt8>) -> DigitNumber? {
        var start = bytes.startIndex
        while start < bytes.endIndex && !(bytes[start] >= 0x30 && bytes[start] <= 0x39) { start += 1 }
        var end = bytes.endIndex
        while end > start && !(bytes[end - 1] >= 0x30 && bytes[end - 1] <= 0x39) { end -= 1 }
        guard start < end else { return nil }
        // A trailing `-an` (`1990-an`) or other letters make it something else.
        if end < bytes.endIndex && bytes[end] != 0x25 && bytes[end] != 0x20 && bytes[end] != 0xC2 { return nil }
        var significand: UInt64 = 0
        var digits = 0
        var decimals = 0
        var integerDigits = 0
        var grouped = false
        var afterComma = false
        var groupLength = 0
        var sawDotDecimal = false
        var index = start
        while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x30...0x39:
                guard digits < 19 else { return nil }
                significand = significand * 10 + UInt64(byte - 0x30)
                digits += 1
                groupLength += 1
                if afterComma || sawDotDecimal { decimals += 1 } else { integerDigits += 1 }
            case 0x2E: // .
                guard !afterComma, !sawDotDecimal, groupLength > 0 else { return nil }
                // Count the digits up to the next mark: exactly three means a thousands group.
                var run = 0
                var probe = index + 1
                while probe < end, bytes[probe] >= 0x30 && bytes[probe] <= 0x39 { run += 1; probe += 1 }
                if run == 3 { grouped = true } else if !grouped { sawDotDecimal = true } else { return nil }
                groupLength = 0
            case 0x2C: // ,
                guard !afterComma, !sawDotDecimal, groupLength > 0 else { return nil }
                afterComma = true
                groupLength = 0
            default:
                return nil
            }
            index += 1
        }
        return DigitNumber(significand: significand, decimals: decimals, integerDigits: integerDigits, grouped: grouped)
    }
}

extension Decimal {
    /// `self` × 10^`power`, exactly.
    func scaled(byPowerOfTen power: Int) -> Decimal {
        guard power != 0 else { return self }
        var result = self
        result *= Decimal(sign: .plus, exponent: power, significand: 1)
        return result
    }
}
