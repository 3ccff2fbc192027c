import Testing
import Warta
import _WartaTestSupport

/// Properties of tokens, sentences and layout over generated scraped-news text (see
/// `TextGenerator`). A failure names the seed; `TextGenerator(seed:)` rebuilds the text.
@Suite("Segmentation properties over generated text")
struct SegmentationPropertyTests {
    static let analyzer = try! Analyzer()
    static let samples = TextGenerator.samples(count: 300, maxPieces: 120)

    @Test("tokens are non-empty, in order, inside the input, on character boundaries, and slice back to their text")
    func tokens() throws {
        for (seed, text) in Self.samples {
            let source = SourceText(text)
            let tokens = try Self.analyzer.tokenizer.tokenize(source)
            var problems = SpanInvariants.orderedRanges(tokens.map(\.byteRange), in: source.bytes, name: "token")
            let inside = tokens.filter { $0.byteEnd <= source.byteCount }
            problems += SpanInvariants.check(inside.map { source.span(bytes: $0.byteRange) }, source: source, name: "token")
            for (index, token) in inside.enumerated() {
                if let first = source.text(bytes: token.byteRange).unicodeScalars.first, first.properties.isWhitespace {
                    problems.append("token[\(index)] starts with white space")
                }
            }
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5)) in \(text.debugDescription)")
        }
    }

    /// Marks are left out: a lone combining mark after a space joins the space's ICU segment.
    @Test("every letter and digit of the input is inside a token")
    func tokensCoverWords() throws {
        for (seed, text) in Self.samples {
            let source = SourceText(text)
            let tokens = try Self.analyzer.tokenizer.tokenize(source)
            var covered = [Bool](repeating: false, count: source.byteCount)
            for token in tokens where token.byteEnd <= source.byteCount { for byte in token.byteRange { covered[byte] = true } }
            var offset = 0
            var missed: [String] = []
            for scalar in text.unicodeScalars {
                let category = scalar.properties.generalCategory
                let isMark = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
                if (scalar.properties.isAlphabetic || category == .decimalNumber) && !isMark && !covered[offset] {
                    missed.append("\(scalar.escaped(asASCII: true))@\(offset)")
                }
                offset += UTF8.width(scalar)
            }
            #expect(missed.isEmpty, "seed \(seed): \(missed.prefix(5)) in \(text.debugDescription)")
        }
    }

    @Test("sentences tile the body paragraphs")
    func sentencesTile() throws {
        for (seed, text) in Self.samples {
            let source = SourceText(text)
            let document = try Self.analyzer.segment(source)
            let problems = SpanInvariants.sentencesTile(document.sentences, body: document.layout.body, source: source)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5)) in \(text.debugDescription)")
        }
    }

    @Test("layout ranges are in the input and body paragraphs are in order, one per line")
    func layout() throws {
        for (seed, text) in Self.samples {
            let source = SourceText(text)
            let layout = Self.analyzer.layoutReader.read(source)
            var problems = SpanInvariants.orderedRanges(layout.body.filter { !$0.isEmpty }, in: source.bytes, name: "body")
            problems += SpanInvariants.orderedRanges(layout.relatedLines, in: source.bytes, name: "related line")
            problems += SpanInvariants.orderedRanges(layout.credits.map(\.name).filter { !$0.isEmpty }, in: source.bytes, name: "credit")
            for paragraph in layout.body where source.bytes[paragraph].contains(0x0A) {
                problems.append("body paragraph \(paragraph) contains a line feed")
            }
            if let dateline = layout.dateline {
                problems += SpanInvariants.orderedRanges([dateline.place, dateline.agency], in: source.bytes, name: "dateline part")
                if !(dateline.whole.lowerBound <= dateline.place.lowerBound && dateline.agency.upperBound <= dateline.whole.upperBound) {
                    problems.append("dateline parts outside the dateline")
                }
            }
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5)) in \(text.debugDescription)")
        }
    }

    @Test("the same input always gives the same tokens and sentences")
    func deterministic() throws {
        for (seed, text) in Self.samples.prefix(100) {
            let first = try Self.analyzer.segment(SourceText(text))
            let second = try Self.analyzer.segment(SourceText(text))
            #expect(first.tokens == second.tokens && first.sentences == second.sentences, "seed \(seed)")
        }
    }

    @Test("tokenizing a paragraph alone gives the same tokens as inside the document, shifted")
    func paragraphIndependence() throws {
        for (seed, text) in Self.samples.prefix(100) {
            let source = SourceText(text)
            let document = try Self.analyzer.segment(source)
            var alone: [Token] = []
            for paragraph in document.layout.body {
                let piece = SourceText(validatedBytes: Array(source.bytes[paragraph]))
                alone += try Self.analyzer.tokenizer.tokenize(piece).map {
                    Token(kind: $0.kind, flags: $0.flags, byteStart: $0.byteStart + paragraph.lowerBound, byteEnd: $0.byteEnd + paragraph.lowerBound)
                }
            }
            #expect(alone == document.tokens, "seed \(seed)")
        }
    }
}
