import WartaText

/// Byte- and scalar-level tests the tokenizer applies to UTF-8 text.
enum ByteClass {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B
    }
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    /// Decodes the scalar starting at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        UTF8Scalar.decode(bytes, at: index)
    }

    /// True for white space and for invisible characters (zero-width spaces, BOM, soft hyphen),
    /// which separate tokens but are never tokens themselves.
    @inline(__always)
    static func isSpaceOrInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIISpace(UInt8(scalar.value)) }
        return isNonASCIISpaceOrInvisible(scalar)
    }

    @inline(never)
    static func isNonASCIISpaceOrInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        guard let folded = MatchingFold.fold(scalar) else { return true }
        return folded == " "
    }

    /// How a segment starting with a non-ASCII scalar is classified. Kept out of line: Unicode
    /// property lookups make the caller's frame costly even when only ASCII passes through.
    @inline(never)
    static func classifyNonASCII(_ scalar: Unicode.Scalar) -> Segment.Class {
        if isSpaceOrInvisible(scalar) { return .space }
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.generalCategory == .decimalNumber { return .number }
        return .other
    }

    @inline(never)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

}
