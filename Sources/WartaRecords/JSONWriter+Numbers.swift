import FoundationEssentials
import WartaText

extension JSONWriter {
    /// An integer's digits, written without making a string.
    @inline(__always)
    func integer(_ value: Int) {
        if value >= 0, value < 100_000_000 { smallInteger(UInt64(value)) } else { anyInteger(value) }
    }

    /// Up to eight digits, gathered in one machine word (most significant digit in the lowest
    /// byte) and stored at once.
    private func smallInteger(_ value: UInt64) {
        var rest = value
        var word: UInt64 = 0
        var count = 0
        repeat {
            word = word << 8 | (0x30 + rest % 10)
            rest /= 10
            count += 1
        } while rest > 0
        append(word: word, count: count)
    }

    /// Any integer, through `DecimalDigits`.
    func anyInteger(_ value: Int) {
        var digits: [UInt8] = []
        DecimalDigits.append(value, to: &digits)
        digits.withUnsafeBufferPointer { append($0) }
    }

    /// A double as the `Codable` path writes it: whole numbers below 1e15 without a fraction,
    /// others as Swift prints them, non-finite values as `null`. (No record field is a double.)
    func double(_ value: Double) {
        guard value.isFinite else { raw("null"); return }
        if value == value.rounded(), abs(value) < 1e15 { number(String(Int(value))) } else { number(String(value)) }
    }

    /// A decimal exactly as `Decimal.description` writes it (`123460000000000`, `14.68`,
    /// `0.005`, `-3.5`), or `null` for NaN, without making a string when the significand fits
    /// in 64 bits.
    func decimal(_ value: Decimal) {
        if value.isNaN { raw("null"); return }
        guard let parts = DecimalParts(value) else { number(value.description); return }
        if parts.significand == 0 { raw("0"); return }
        if parts.negative { append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            // The significand's digits, least significant first.
            var count = 0
            var rest = parts.significand
            repeat {
                buffer[count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            let digits = buffer[..<count].reversed()
            if parts.exponent >= 0 {
                append(contentsOf: digits)
                append(repeating: UInt8(ascii: "0"), count: parts.exponent)
            } else if count > -parts.exponent {
                let whole = count + parts.exponent
                append(contentsOf: digits.prefix(whole))
                append(UInt8(ascii: "."))
                append(contentsOf: digits.dropFirst(whole))
            } else {
                raw("0.")
                append(repeating: UInt8(ascii: "0"), count: -parts.exponent - count)
                append(contentsOf: digits)
            }
        }
    }

    /// A date as the JSON string `"YYYY-MM-DD"` (its `description`).
    func date(_ date: CivilDate) {
        guard (0...9999).contains(date.year) else { quote(date.description); return }
        append(UInt8(ascii: "\""))
        fixedDigits(date.year, divisor: 1000)
        append(UInt8(ascii: "-"))
        fixedDigits(date.month, divisor: 10)
        append(UInt8(ascii: "-"))
        fixedDigits(date.day, divisor: 10)
        append(UInt8(ascii: "\""))
    }

    /// The digits of `value` from the place of `divisor` down, zero-padded.
    private func fixedDigits(_ value: Int, divisor: Int) {
        var divisor = divisor
        while divisor > 0 {
            append(0x30 + UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }
}

/// A finite decimal's sign, base-10 exponent and significand, read from `Decimal`'s storage
/// (`Decimal` has no public accessor for its integer significand) and checked against its public
/// `sign`, `exponent` and `significand`; nil when they disagree or the significand needs more than
/// 64 bits, and the caller falls back to `description`.
struct DecimalParts {
    var negative: Bool
    var exponent: Int
    var significand: UInt64

    init?(_ value: Decimal) {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        // Storage: exponent (Int8), length (high nibble: 16-bit words in use) and flags (0x08: negative), two reserved
        // bytes, then eight 16-bit words of significand, least significant first.
        let read: (Bool, Int, UInt64)? = withUnsafeBytes(of: value) { storage in
            let length = Int(storage[1] >> 4)
            guard length <= 4 else { return nil }
            var significand: UInt64 = 0
            var word = length - 1
            while word >= 0 {
                significand = significand << 16 | UInt64(storage.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self))
                word -= 1
            }
            // `description` writes a zero as `0` only when no words are in use; leave others to it.
            if length > 0, significand == 0 { return nil }
            return (storage[1] & 0x08 != 0, Int(Int8(bitPattern: storage[0])), significand)
        }
        guard let (negative, exponent, significand) = read,
              value.exponent == exponent, (value.sign == .minus) == negative, value.significand == Decimal(significand)
        else { return nil }
        (self.negative, self.exponent, self.significand) = (negative, exponent, significand)
    }
}
