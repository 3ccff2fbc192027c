/// Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF, no truncated sequences) and says where the first problem is, or repairs it.
public enum UTF8Validator {
    /// What is wrong with a byte sequence, and at which byte offset.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public enum Reason: String, Sendable {
            case unexpectedContinuation = "unexpected continuation byte"
            case invalidLeadByte = "byte that never occurs in UTF-8"
            case truncated = "truncated multi-byte sequence"
            case overlong = "overlong encoding"
            case surrogate = "encoded UTF-16 surrogate"
            case outOfRange = "code point above U+10FFFF"
        }
        public let byteOffset: Int
        public let reason: Reason

        public init(byteOffset: Int, reason: Reason) {
            self.byteOffset = byteOffset
            self.reason = reason
        }
        public var description: String { "invalid UTF-8 at byte \(byteOffset): \(reason.rawValue)" }
    }

    /// The first problem in `bytes`, or nil when they are valid UTF-8.
    public static func firstFailure(in bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            switch sequenceLength(bytes, at: index) {
            case .success(let length): index += length
            case .failure(let failure): return failure
            }
        }
        return nil
    }

    /// Validates `bytes`, throwing `Failure` at the first problem.
    public static func validate(_ bytes: [UInt8]) throws(Failure) {
        let failure = bytes.withUnsafeBufferPointer { firstFailure(in: $0) }
        if let failure { throw failure }
    }

    /// Replaces each maximal invalid subpart with U+FFFD (as the Unicode Standard recommends);
    /// returns the repaired bytes and every problem found, at its offset in the original bytes.
    public static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], failures: [Failure]) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var failures: [Failure] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let lead = buffer[index]
                if lead < 0x80 { output.append(lead); index += 1; continue }
                switch sequenceLength(buffer, at: index) {
                case .success(let length):
                    output.append(contentsOf: buffer[index..<(index + length)])
                    index += length
                case .failure(let failure):
                    failures.append(failure)
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    // A truncated sequence is replaced as a whole; any other bad byte on its own.
                    index = failure.reason == .truncated ? failure.byteOffset : index + 1
                }
            }
        }
        return (output, failures)
    }

    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Result<Int, Failure> {
        let lead = bytes[index]
        let length: Int
        var lowerSecond: UInt8 = 0x80
        var upperSecond: UInt8 = 0xBF
        switch lead {
        case 0x80...0xBF: return .failure(Failure(byteOffset: index, reason: .unexpectedContinuation))
        case 0xC0, 0xC1: return .failure(Failure(byteOffset: index, reason: .overlong))
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerSecond = 0xA0
        case 0xED: length = 3; upperSecond = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; lowerSecond = 0x90
        case 0xF4: length = 4; upperSecond = 0x8F
        case 0xF1...0xF3: length = 4
        case 0xF5...0xFF: return .failure(Failure(byteOffset: index, reason: lead == 0xFF || lead == 0xFE ? .invalidLeadByte : .outOfRange))
        default: return .success(1)
        }
        for offset in 1..<length {
            let position = index + offset
            guard position < bytes.count else { return .failure(Failure(byteOffset: position, reason: .truncated)) }
            let byte = bytes[position]
            if offset == 1 && (byte < lowerSecond || byte > upperSecond) {
                if byte & 0xC0 == 0x80 {
                    let reason: Failure.Reason = lead == 0xED ? .surrogate : (lead == 0xF4 ? .outOfRange : .overlong)
                    return .failure(Failure(byteOffset: index, reason: reason))
                }
                return .failure(Failure(byteOffset: position, reason: .truncated))
            }
            if byte & 0xC0 != 0x80 { return .failure(Failure(byteOffset: position, reason: .truncated)) }
        }
        return .success(length)
    }
}
