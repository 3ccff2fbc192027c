import WartaText

/// Rows of a CSV or TSV file (RFC 4180), streamed: only the current row is in memory.
///
/// Fields are separated by `delimiter` (`,` or TAB); a field that starts with `"` is quoted and
/// may hold delimiters, line breaks (LF or CRLF, kept as written) and doubled quotes (`""`). Rows
/// end with LF or CRLF; a UTF-8 byte order mark at the start is dropped; blank lines are skipped.
/// A `"` inside an unquoted field is kept as text (lenient, as spreadsheets write it).
///
/// The first row is the header. A row that cannot be read is reported as `.malformed` with the
/// line it starts on, and reading goes on:
/// - a different number of fields than the header: the row is skipped;
/// - a closing quote followed by something other than a delimiter or line end, a quote never
///   closed before the end of the file, or a row longer than `maxRowBytes` (an unclosed quote
///   swallowing the file): the row's first line is dropped and reading starts again on the next
///   line, so one stray quote costs one row, not the rest of the file;
/// - invalid UTF-8 in a field: the row is skipped, unless `lossy`, which replaces the bytes with
///   U+FFFD and marks the row `repaired`.
public final class DelimitedReader {
    public let delimiter: UInt8
    public let lossy: Bool
    public let maxRowBytes: Int
    /// The header's field names, once the first row is read.
    public private(set) var header: [String]? = nil

    private let input: ByteReader
    private var replay: [UInt8] = []
    private var replayIndex = 0
    private var line = 1
    private var started = false

    public init(_ source: any ByteSource, delimiter: UInt8, lossy: Bool = false, maxRowBytes: Int = 64 << 20) {
        input = ByteReader(source)
        self.delimiter = delimiter
        self.lossy = lossy
        self.maxRowBytes = maxRowBytes
    }

    /// A row and the line it starts on (1-based, counting physical lines of the file).
    public struct Row: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
        /// Invalid UTF-8 was replaced with U+FFFD (only with `lossy`).
        public var repaired: Bool
    }

    public enum Item: Sendable, Equatable {
        case row(Row)
        case malformed(line: Int, message: String)
    }

    /// The next data row (the header is read first and kept in `header`), or nil at the end.
    public func next() throws(InputFormatError) -> Item? {
        while true {
            guard let item = try nextRecord() else { return nil }
            guard case .row(let row) = item else { return item }
            if header == nil {
                header = row.fields.map { $0.trimmingSpaces }
                continue
            }
            if row.fields.count != header!.count {
                return .malformed(line: row.line, message: "the row has \(row.fields.count) field(s), the header \(header!.count)")
            }
            return item
        }
    }

    @inline(__always)
    private func nextByte() throws(InputFormatError) -> UInt8? {
        if replayIndex < replay.count {
            let byte = replay[replayIndex]
            replayIndex += 1
            if replayIndex == replay.count {
                replay.removeAll()
                replayIndex = 0
            }
            return byte
        }
        return try input.next()
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    /// One physical record: fields split, not yet checked against the header.
    private func nextRecord() throws(InputFormatError) -> Item? {
        if !started {
            started = true
            if try input.peek() == 0xEF {
                let bom = try input.read(count: 3)
                if bom != [0xEF, 0xBB, 0xBF] { replay = bom }
            }
        }
        while true {
            let startLine = line
            var raw: [UInt8] = []
            var fields: [[UInt8]] = []
            var field: [UInt8] = []
            var state = State.fieldStart
            var failure: String? = nil
            var ended = false
            while failure == nil, !ended {
                guard let byte = try nextByte() else {
                    if state == .quoted {
                        failure = "a quoted field opened on line \(startLine) is never closed"
                    } else if raw.isEmpty {
                        return nil
                    }
                    break
                }
                raw.append(byte)
                if byte == 0x0A { line += 1 }
                if raw.count > maxRowBytes {
                    failure = "a row longer than \(maxRowBytes) bytes (an unclosed quote?)"
                    break
                }
                switch state {
                case .fieldStart, .unquoted:
                    if byte == delimiter {
                        fields.append(field); field.removeAll(keepingCapacity: true); state = .fieldStart
                    } else if byte == 0x0A {
                        if field.last == 0x0D { field.removeLast() }
                        ended = true
                    } else if byte == 0x22 && state == .fieldStart {
                        state = .quoted
                    } else {
                        field.append(byte); state = .unquoted
                    }
                case .quoted:
                    if byte == 0x22 { state = .afterQuote } else { field.append(byte) }
                case .afterQuote:
                    if byte == 0x22 {
                        field.append(byte); state = .quoted
                    } else if byte == delimiter {
                        fields.append(field); field.removeAll(keepingCapacity: true); state = .fieldStart
                    } else if byte == 0x0A {
                        ended = true
                    } else if byte == 0x0D, try nextByteIsLineFeed() {
                        raw.append(0x0A); line += 1; ended = true
                    } else {
                        failure = "text after the closing quote of a field on line \(line) (a quote inside a quoted field must be doubled)"
                    }
                }
            }
            if let failure {
                recover(raw: raw)
                return .malformed(line: startLine, message: failure)
            }
            fields.append(field)
            if fields.count == 1 && fields[0].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return decoded(fields, line: startLine)
        }
    }

    private func nextByteIsLineFeed() throws(InputFormatError) -> Bool {
        if replayIndex < replay.count { return replay[replayIndex] == 0x0A ? (try nextByte()) != nil : false }
        guard try input.peek() == 0x0A else { return false }
        _ = try input.next()
        return true
    }

    /// After a malformed row: read again from the line after the row's first line (the bytes
    /// already taken are replayed); when the row was one line, skip to its end.
    private func recover(raw: [UInt8]) {
        let rest = replayIndex < replay.count ? Array(replay[replayIndex...]) : []
        if let newline = raw.firstIndex(of: 0x0A) {
            let linesReplayed = raw[(newline + 1)...].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            line -= linesReplayed
            replay = Array(raw[(newline + 1)...]) + rest
            replayIndex = 0
        } else {
            replay = rest
            replayIndex = 0
            while let byte = try? nextByte() {
                if byte == 0x0A { line += 1; break }
            }
        }
    }

    private func decoded(_ fields: [[UInt8]], line: Int) -> Item {
        var strings: [String] = []
        strings.reserveCapacity(fields.count)
        var repaired = false
        for (index, field) in fields.enumerated() {
            if let failure = field.withUnsafeBufferPointer({ UTF8Validator.firstFailure(in: $0) }) {
                guard lossy else {
                    return .malformed(line: line, message: "field \(index + 1): \(failure) (use --lossy to replace invalid bytes with U+FFFD)")
                }
                repaired = true
                strings.append(String(decoding: UTF8Validator.repair(field).bytes, as: UTF8.self))
            } else {
                strings.append(String(decoding: field, as: UTF8.self))
            }
        }
        return .row(Row(fields: strings, line: line, repaired: repaired))
    }
}
