/// Writes integers as ASCII decimal digits straight into a byte buffer, without making a string:
/// the JSON writer and the CLI's line output write millions of offsets.
public enum DecimalDigits {
    @inlinable
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        var rest = value.magnitude
        var digits = 1
        var scan = rest / 10
        while scan > 0 { digits += 1; scan /= 10 }
        let base = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(0x30), count: digits))
        var position = base + digits - 1
        while position >= base {
            bytes[position] = 0x30 + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
    }
}
