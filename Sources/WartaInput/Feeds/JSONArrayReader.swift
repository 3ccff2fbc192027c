/// The elements of a JSON array (`[{...}, {...}]`), streamed: each element's bytes are handed
/// out on their own, so a multi-gigabyte array is read in the memory of its largest element.
///
/// The reader only follows strings, escapes and bracket depth to find where each top-level
/// element ends; the element itself is decoded by the caller, so an invalid element is an error
/// for that element alone. A file holding one object instead of an array gives that object as
/// its only element. The structure itself being broken (no `[`, a missing comma, the file
/// ending inside the array) ends the reading with an error naming the line.
public final class JSONArrayReader {
    private let input: ByteReader
    private var line = 1
    private var state = Phase.start
    private var count = 0
    public let maxElementBytes: Int

    private enum Phase { case start, inArray, afterElement, single, done }

    /// An element: its bytes, its position in the array (1-based) and the line it starts on.
    public struct Element: Sendable {
        public var bytes: [UInt8]
        public var index: Int
        public var line: Int
    }

    public init(_ source: any ByteSource, maxElementBytes: Int = 256 << 20) {
        input = ByteReader(source)
        self.maxElementBytes = maxElementBytes
    }

    /// The next element, nil after the last; throws when the array's structure is broken.
    public func next() throws(InputFormatError) -> Element? {
        while true {
            switch state {
            case .done:
                return nil
            case .start:
                try skipSpace(allowBOM: true)
                guard let first = try input.peek() else { state = .done; return nil }
                if first == UInt8(ascii: "[") {
                    _ = try input.next()
                    state = .inArray
                } else if first == UInt8(ascii: "{") {
                    state = .single
                } else {
                    state = .done
                    throw InputFormatError("line \(line): a JSON file must hold an array of objects ([{...}, ...]) or one object")
                }
            case .single:
                state = .done
                let element = try readElement()
                try skipSpace()
                if try input.peek() != nil { throw InputFormatError("line \(line): text after the JSON object") }
                return element
            case .inArray, .afterElement:
                try skipSpace()
                guard let byte = try input.peek() else {
                    state = .done
                    throw InputFormatError("line \(line): the file ends before the JSON array is closed with ]")
                }
                if byte == UInt8(ascii: "]") {
                    _ = try input.next()
                    state = .done
                    try skipSpace()
                    if try input.peek() != nil { throw InputFormatError("line \(line): text after the JSON array's closing ]") }
                    return nil
                }
                if state == .afterElement {
                    guard byte == UInt8(ascii: ",") else {
                        state = .done
                        throw InputFormatError("line \(line): expected , or ] after element \(count) of the JSON array")
                    }
                    _ = try input.next()
                    try skipSpace()
                }
                state = .afterElement
                return try readElement()
            }
        }
    }

    private func skipSpace(allowBOM: Bool = false) throws(InputFormatError) {
        if allowBOM, try input.peek() == 0xEF { try input.skip(count: 3) }
        while let byte = try input.peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            if byte == 0x0A { line += 1 }
            _ = try input.next()
        }
    }

    /// One value up to the comma or bracket that ends it (not consumed).
    private func readElement() throws(InputFormatError) -> Element {
        count += 1
        let startLine = line
        var bytes: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        while let byte = try input.peek() {
            if !inString && depth == 0 && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")) && !bytes.isEmpty { break }
            _ = try input.next()
            bytes.append(byte)
            if byte == 0x0A { line += 1 }
            if bytes.count > maxElementBytes {
                state = .done
                throw InputFormatError("line \(startLine): element \(count) of the JSON array is longer than \(maxElementBytes) bytes")
            }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth < 0 {
                    state = .done
                    throw InputFormatError("line \(line): unbalanced \(Character(UnicodeScalar(byte))) in element \(count) of the JSON array")
                }
            default: break
            }
            if depth == 0 && !inString && (byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")) { break }
        }
        if inString || depth > 0 {
            state = .done
            throw InputFormatError("line \(startLine): element \(count) of the JSON array is cut short by the end of the file")
        }
        return Element(bytes: bytes, index: count, line: startLine)
    }
}
