import WartaLexicons
import WartaText

/// The parts of a news article around its body: the dateline (`Jakarta (ANTARA) - `), related-
/// article lines (`Baca juga: ...`) and trailing credits (`Pewarta: ...`). Everything else is body.
public struct ArticleLayout: Sendable, Equatable {
    /// A dateline's byte ranges: the whole (through the dash), the place and the agency.
    public struct DatelineRanges: Sendable, Equatable {
        public var whole: Range<Int>
        public var place: Range<Int>
        public var agency: Range<Int>
    }

    /// A credit line: its label (`Pewarta`) and the byte range of the name(s).
    public struct CreditRange: Sendable, Equatable {
        public var role: String
        public var name: Range<Int>
    }

    public var dateline: DatelineRanges?
    /// Body paragraphs (one per line), the dateline cut off the first.
    public var body: [Range<Int>]
    /// The linked titles of related-article lines.
    public var related: [Range<Int>]
    /// Related-article lines as a whole (label included), where no story mention may be found.
    public var relatedLines: [Range<Int>]
    public var credits: [CreditRange]
}

/// Finds an article's layout. Labels and agencies come from `Lexicons/article/`.
public struct ArticleLayoutReader: Sendable {
    let relatedLabels: [String]
    let creditLabels: [String]
    let agencies: Set<String>

    public init(lexicons: LexiconStore = .embedded) throws(LexiconError) {
        relatedLabels = try lexicons.file("article/related-labels.txt").keys.map { $0.lowercased() }
        creditLabels = try lexicons.file("article/credit-labels.txt").keys.map { $0.lowercased() }
        agencies = Set(try lexicons.file("article/news-agencies.txt").keys.map { $0.lowercased() })
    }

    static let lineEnds = ByteFinder([0x0A, 0x0D])

    public func read(_ source: SourceText) -> ArticleLayout {
        // Lines end at LF, CRLF or a lone CR (old Mac files and some scrapers write CR only).
        var lines: [Range<Int>] = []
        var start = 0
        source.bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while true {
                index = Self.lineEnds.first(in: bytes, from: index, to: bytes.count)
                guard index < bytes.count else { break }
                lines.append(start..<index)
                if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
            }
            if start < bytes.count { lines.append(start..<bytes.count) }
        }
        var layout = ArticleLayout(dateline: nil, body: [], related: [], relatedLines: [], credits: [])
        // Credits: trailing lines with a credit label (blank lines between them allowed).
        var lastBody = lines.count
        while lastBody > 0 {
            let line = lines[lastBody - 1]
            if isBlank(source, line) { lastBody -= 1; continue }
            let credits = credits(source, line)
            guard !credits.isEmpty else { break }
            layout.credits += credits.reversed()  // collected last first, reversed below (inserting at 0 was quadratic)
            lastBody -= 1
        }
        layout.credits.reverse()
        var sawFirst = false
        for line in lines[0..<lastBody] where !isBlank(source, line) {
            if let title = relatedTitle(source, line) {
                layout.related.append(title)
                layout.relatedLines.append(line)
                continue
            }
            var paragraph = line
            if !sawFirst {
                sawFirst = true
                if let dateline = dateline(source, line) {
                    layout.dateline = dateline
                    paragraph = dateline.whole.upperBound..<line.upperBound
                }
            }
            layout.body.append(paragraph)
        }
        return layout
    }

    func isBlank(_ source: SourceText, _ line: Range<Int>) -> Bool {
        source.bytes.withUnsafeBufferPointer { bytes in
            var index = line.lowerBound
            while index < line.upperBound {
                let (scalar, length) = ByteClass.scalar(in: bytes, at: index)
                if !ByteClass.isSpaceOrInvisible(scalar) { return false }
                index += length
            }
            return true
        }
    }

    /// `Label: rest` where the label is one of `labels` (ASCII, lowercase); returns the label as
    /// written and the byte range of `rest`.
    func labelled(_ source: SourceText, _ line: Range<Int>, _ labels: [String]) -> (String, Range<Int>)? {
        let bytes = source.bytes
        let limit = min(line.upperBound, line.lowerBound + 24)
        guard let colon = (line.lowerBound..<limit).first(where: { bytes[$0] == 0x3A }) else { return nil }
        var labelEnd = colon
        while labelEnd > line.lowerBound && bytes[labelEnd - 1] == 0x20 { labelEnd -= 1 }
        var labelStart = line.lowerBound
        while labelStart < labelEnd && bytes[labelStart] == 0x20 { labelStart += 1 }
        let label = source.text(bytes: labelStart..<labelEnd)
        guard labels.contains(label.lowercased()) else { return nil }
        var restStart = colon + 1
        while restStart < line.upperBound, ByteClass.isASCIISpace(bytes[restStart]) { restStart += 1 }
        var restEnd = line.upperBound
        while restEnd > restStart, ByteClass.isASCIISpace(bytes[restEnd - 1]) { restEnd -= 1 }
        return (label, restStart..<restEnd)
    }

    func relatedTitle(_ source: SourceText, _ line: Range<Int>) -> Range<Int>? {
        labelled(source, line, relatedLabels)?.1
    }

    /// The credits of one line: `Pewarta: A`, or several joined by a slash or bar
    /// (`Rep: A/ Red: B`, `Pewarta: A | Editor: B`), each a label of `article/credit-labels.txt`.
    func credits(_ source: SourceText, _ line: Range<Int>) -> [ArticleLayout.CreditRange] {
        guard let first = credit(source, line) else { return [] }
        guard first.role != "Copyright" else { return [first] }
        let bytes = source.bytes
        var credits: [ArticleLayout.CreditRange] = []
        var current = first
        var index = current.name.lowerBound
        while index < current.name.upperBound {
            let byte = bytes[index]
            if byte == 0x2F || byte == 0x7C, let next = labelled(source, (index + 1)..<current.name.upperBound, creditLabels) {
                var end = index
                while end > current.name.lowerBound, ByteClass.isASCIISpace(bytes[end - 1]) { end -= 1 }
                credits.append(.init(role: current.role, name: current.name.lowerBound..<end))
                current = .init(role: next.0, name: next.1)
                index = next.1.lowerBound
                continue
            }
            index += 1
        }
        credits.append(current)
        return credits
    }

    func credit(_ source: SourceText, _ line: Range<Int>) -> ArticleLayout.CreditRange? {
        if let (label, rest) = labelled(source, line, creditLabels) { return .init(role: label, name: rest) }
        let head = source.text(bytes: line.lowerBound..<min(line.upperBound, line.lowerBound + 9))
        if head.lowercased().hasPrefix("copyright") || head.hasPrefix("©") {
            return .init(role: "Copyright", name: line)
        }
        return nil
    }

    /// `Place[, Region] (AGENCY) - ` or `PLACE, Agency.com - ` at the start of `line`.
    func dateline(_ source: SourceText, _ line: Range<Int>) -> ArticleLayout.DatelineRanges? {
        let bytes = source.bytes
        // A byte-order mark (U+FEFF) left at the start of a file or a scraped field is not text.
        var line = line
        while line.count >= 3 && bytes[line.lowerBound] == 0xEF && bytes[line.lowerBound + 1] == 0xBB && bytes[line.lowerBound + 2] == 0xBF {
            line = (line.lowerBound + 3)..<line.upperBound
        }
        let limit = min(line.upperBound, line.lowerBound + 160)
        // Find the dash that ends the dateline: `-`, `–` or `—` with spaces around.
        var index = line.lowerBound
        while index < limit {
            let byte = bytes[index]
            var dashLength = 0
            if byte == 0x2D { dashLength = index + 1 < line.upperBound && bytes[index + 1] == 0x2D ? 2 : 1 }
            else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { dashLength = 3 }
            if dashLength > 0, index > line.lowerBound, bytes[index - 1] == 0x20 {
                let head = line.lowerBound..<(index - 1)
                if let ranges = datelineHead(source, head) {
                    // A place alone (`Jakarta - `) only before a capital: `Joko Widodo - yang` is a dash in a sentence.
                    if ranges.agency.isEmpty {
                        var next = index + dashLength
                        while next < line.upperBound && bytes[next] == 0x20 { next += 1 }
                        guard next < line.upperBound, !(bytes[next] >= 0x61 && bytes[next] <= 0x7A) else { return nil }
                    }
                    return .init(whole: line.lowerBound..<(index + dashLength), place: ranges.place, agency: ranges.agency)
                }
                return nil
            }
            if byte == 0x2E && index + 1 < limit && bytes[index + 1] == 0x20 { return nil }  // a sentence ended first
            index += 1
        }
        return nil
    }

    /// The place and agency of a dateline's head (before its dash), in the forms outlets print:
    /// `Jakarta (ANTARA)`, `JAKARTA, KOMPAS.com`, `Jakarta, CNN Indonesia`, `TEMPO.CO, Jakarta`,
    /// `tirto.id` (a known outlet alone: empty place) and `Jakarta` (detik's place alone: one or
    /// two capitalised words, empty agency).
    func datelineHead(_ source: SourceText, _ head: Range<Int>) -> (place: Range<Int>, agency: Range<Int>)? {
        let bytes = source.bytes
        guard !head.isEmpty else { return nil }
        var placeEnd: Int
        var agency: Range<Int>
        var placeStart = head.lowerBound
        if agencies.contains(source.text(bytes: head).lowercased()) {
            return (head.lowerBound..<head.lowerBound, head)
        }
        if let comma = head.firstIndex(where: { bytes[$0] == 0x2C }),
           agencies.contains(source.text(bytes: head.lowerBound..<comma).lowercased()) {
            // `TEMPO.CO, Jakarta`: the outlet first.
            agency = head.lowerBound..<comma
            placeStart = comma + 1
            while placeStart < head.upperBound && bytes[placeStart] == 0x20 { placeStart += 1 }
            placeEnd = head.upperBound
        } else if !head.contains(where: { bytes[$0] == 0x2C || bytes[$0] == 0x28 }) {
            // `Jakarta -`: a place alone, one or two capitalised words of letters.
            let words = source.text(bytes: head).split(separator: " ")
            guard (1...2).contains(words.count),
                  words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) else { return nil }
            return (head, head.upperBound..<head.upperBound)
        } else if bytes[head.upperBound - 1] == 0x29 {
            // `Place (AGENCY)`
            guard let open = head.lastIndex(where: { bytes[$0] == 0x28 }), open > head.lowerBound + 1, bytes[open - 1] == 0x20 else { return nil }
            agency = (open + 1)..<(head.upperBound - 1)
            placeEnd = open - 1
            guard !agency.isEmpty, ByteClass.isUpper(bytes[agency.lowerBound]) else { return nil }
        } else {
            // `PLACE, Agency`
            guard let comma = head.lastIndex(where: { bytes[$0] == 0x2C }) else { return nil }
            var agencyStart = comma + 1
            while agencyStart < head.upperBound && bytes[agencyStart] == 0x20 { agencyStart += 1 }
            agency = agencyStart..<head.upperBound
            guard agencies.contains(source.text(bytes: agency).lowercased()) else { return nil }
            placeEnd = comma
        }
        while placeEnd > placeStart && bytes[placeEnd - 1] == 0x20 { placeEnd -= 1 }
        let place = placeStart..<placeEnd
        let placeText = source.text(bytes: place)
        let words = placeText.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...6).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return (place, agency)
    }
}

extension StringProtocol {
    func trimmingCharacters() -> Substring {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return Substring(slice)
    }
}
