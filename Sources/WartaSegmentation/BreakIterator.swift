import CWartaICU

/// An ICU break iterator reading UTF-8 in place (through `UText`), reporting boundaries as UTF-8
/// byte offsets together with ICU's *rule status*: the tag of the rule that made the boundary.
///
/// For word breaks ICU tags the segment that *ends* at the boundary: 0–99 for segments that are
/// not words (spaces and punctuation alike, so look at the text to tell them apart), 100–199
/// numbers, 200–299 letters, 300–399 kana, 400–499 ideographs. For sentence breaks: 0–99 a
/// sentence ended by a terminator (`.`, `?`, `!`), 100–199 one ended by a paragraph separator.
///
/// A break iterator is single-threaded: make one per task (`clone()` is cheaper than `init`).
/// It is the only Swift type in Warta that talks to ICU.
public final class BreakIterator {
    /// Which boundaries to find.
    public enum Kind: Sendable {
        case word
        case sentence

        var icuValue: Int32 { self == .word ? WARTA_BREAK_WORD : WARTA_BREAK_SENTENCE }
    }

    /// Rule-status ranges for word segments.
    public enum WordStatus {
        public static let none: Range<Int32> = 0..<100
        public static let number: Range<Int32> = 100..<200
        public static let letter: Range<Int32> = 200..<300
    }

    /// Sentence boundaries ended by a paragraph separator carry statuses from this range.
    public static let sentenceSeparatorStatus: Range<Int32> = 100..<200

    public let kind: Kind
    private let handle: OpaquePointer
    /// Where each batch of boundaries and statuses is written (reused: an iterator is single-threaded).
    private let offsets = UnsafeMutableBufferPointer<Int64>.allocate(capacity: BreakIterator.batchSize)
    private let statuses = UnsafeMutableBufferPointer<Int32>.allocate(capacity: BreakIterator.batchSize)
    /// Where boundaries found line by line (`asciiRules`) gather into batches.
    private let pending = UnsafeMutableBufferPointer<Int64>.allocate(capacity: BreakIterator.batchSize)

    /// How many boundaries one call into ICU fetches.
    public static let batchSize = 1024

    /// Opens an ICU break iterator for Indonesian (`id`; ICU has no Indonesian-specific rules,
    /// so this is the root rules, which Warta's own layers refine).
    public init(_ kind: Kind, locale: String = "id") throws(ICUError) {
        var error: Int32 = 0
        guard let handle = warta_breaker_open(kind.icuValue, locale, &error) else {
            throw ICUError(code: error, operation: "ubrk_open")
        }
        self.kind = kind
        self.handle = handle
    }

    private init(kind: Kind, handle: OpaquePointer) {
        self.kind = kind
        self.handle = handle
    }

    /// An independent iterator with the same rules.
    public func clone() throws(ICUError) -> BreakIterator {
        var error: Int32 = 0
        guard let copy = warta_breaker_clone(handle, &error) else {
            throw ICUError(code: error, operation: "ubrk_clone")
        }
        return BreakIterator(kind: kind, handle: copy)
    }

    deinit {
        warta_breaker_close(handle)
        offsets.deallocate()
        statuses.deallocate()
        pending.deallocate()
    }

    /// Calls `body` with batches of boundaries (byte offsets after `bytes.baseAddress`, and
    /// statuses, empty unless `statuses` is true) in order, excluding the boundary at 0. `bytes`
    /// is read in place.
    ///
    /// With `asciiRules` (boundaries without statuses), pure-ASCII sentence text is split by
    /// `ASCIISentenceBreaks`, and word text is taken a line at a time
    /// (a word boundary always follows a line feed, so no segment spans two lines): the
    /// boundaries of a pure-ASCII line come from `ASCIIWordBreaks`, the same as ICU's several
    /// times faster, and only other lines go to ICU.
    public func forEachBatch(
        in bytes: UnsafeBufferPointer<UInt8>,
        statuses wantStatuses: Bool = true,
        asciiRules: Bool = false,
        _ body: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Int32>) throws -> Void
    ) throws {
        guard asciiRules, !wantStatuses, bytes.count > 0 else {
            return try icuBatches(in: bytes, statuses: wantStatuses, body)
        }
        // Boundaries are handed over in batches of exactly `batchSize`, as ICU alone would: a
        // tokenizer's rules may depend on where its batches end.
        let noStatuses = UnsafeBufferPointer(rebasing: statuses[0..<0])
        let pending = self.pending
        var written = 0
        func emit(_ offset: Int64) throws {
            pending[written] = offset
            written += 1
            if written == Self.batchSize {
                try body(UnsafeBufferPointer(pending), noStatuses)
                written = 0
            }
        }
        if kind == .sentence {
            // Sentence rules look further (SB8), so only a wholly ASCII text is taken without ICU.
            guard ASCIISentenceBreaks.isConsistentWithICU, ASCIIWordBreaks.nonASCII.first(in: bytes, from: 0, to: bytes.count) == bytes.count else {
                return try icuBatches(in: bytes, statuses: false, body)
            }
            var start = 0
            while start < bytes.count {
                start = ASCIISentenceBreaks.sentenceEnd(bytes, from: start)
                try emit(Int64(start))
            }
        } else {
            guard ASCIIWordBreaks.isConsistentWithICU else { return try icuBatches(in: bytes, statuses: false, body) }
            try wordBoundaries(in: bytes, emit)
        }
        if written > 0 { try body(UnsafeBufferPointer(rebasing: pending[0..<written]), noStatuses) }
    }

    /// Word boundaries a line at a time: `ASCIIWordBreaks` for pure-ASCII lines, ICU for others.
    private func wordBoundaries(in bytes: UnsafeBufferPointer<UInt8>, _ emit: (Int64) throws -> Void) throws {
        var lineStart = 0
        while lineStart < bytes.count {
            // One pass finds the line's end or its first non-ASCII byte, whichever comes first.
            let stop = ASCIIWordBreaks.lineFeedOrNonASCII.first(in: bytes, from: lineStart, to: bytes.count)
            let ascii = stop == bytes.count || bytes[stop] == 0x0A
            let lineFeed = ascii ? stop : ASCIIWordBreaks.lineFeed.first(in: bytes, from: stop, to: bytes.count)
            let lineEnd = lineFeed < bytes.count ? lineFeed + 1 : bytes.count
            if ascii {
                let line = UnsafeBufferPointer(rebasing: bytes[0..<lineEnd])
                let table = ASCIIWordBreaks.classTable
                var start = lineStart
                while start < lineEnd {
                    start = ASCIIWordBreaks.segmentEnd(line, from: start, table: table)
                    try emit(Int64(start))
                }
            } else {
                let base = Int64(lineStart)
                try icuBatches(in: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), statuses: false) { found, _ in
                    for offset in found { try emit(offset + base) }
                }
            }
            lineStart = lineEnd
        }
    }

    /// `forEachBatch` through ICU alone.
    private func icuBatches(
        in bytes: UnsafeBufferPointer<UInt8>,
        statuses wantStatuses: Bool,
        _ body: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Int32>) throws -> Void
    ) throws {
        let status = warta_breaker_set_utf8(handle, bytes.baseAddress, Int64(bytes.count))
        if status > 0 { throw ICUError(code: status, operation: "utext_openUTF8") }
        guard bytes.count > 0 else { return }
        let size = Self.batchSize
        // The iterator keeps pointing at `bytes` after this returns, but nothing reads them again:
        // the next call sets new text first (ICU does not read the old text when it does).
        let offsets = self.offsets, statuses = self.statuses
        while true {
            let count = Int(warta_breaker_next_batch(handle, offsets.baseAddress, wantStatuses ? statuses.baseAddress : nil, Int32(size)))
            if count == 0 { break }
            try body(
                UnsafeBufferPointer(rebasing: offsets[0..<count]),
                UnsafeBufferPointer(rebasing: statuses[0..<(wantStatuses ? count : 0)])
            )
            if count < size { break }
        }
    }

    /// All boundaries of `bytes` as (offset, status) pairs; convenient for small inputs and tests.
    public func boundaries(in bytes: [UInt8]) throws -> [(offset: Int, status: Int32)] {
        var result: [(offset: Int, status: Int32)] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try forEachBatch(in: buffer) { offsets, statuses in
                for index in offsets.indices { result.append((Int(offsets[index]), statuses[index])) }
            }
        }
        return result
    }

    /// All boundary offsets of `bytes` (no statuses); `asciiRules` as in `forEachBatch`.
    public func offsets(in bytes: [UInt8], asciiRules: Bool) throws -> [Int] {
        var result: [Int] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try forEachBatch(in: buffer, statuses: false, asciiRules: asciiRules) { offsets, _ in
                for offset in offsets { result.append(Int(offset)) }
            }
        }
        return result
    }
}
