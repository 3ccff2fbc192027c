import Testing
import WartaText
import WartaTokenizer
import _WartaTestSupport

/// The table-driven tokenizer cases of `Corpus/segmentation/tokens.tsv`.
@Suite("Tokenizer cases")
struct TokenCaseTests {
    static let tokenizer = try! Tokenizer()
    static let cases = CaseTable.load("Corpus/segmentation/tokens.tsv", minimumFields: 3)

    /// `TEXT` or `TEXT:kind` (the kind after the last colon, when it names a kind).
    static func expected(_ field: String) -> [(text: String, kind: TokenKind?)] {
        field.split(separator: " | ", omittingEmptySubsequences: false).map { piece in
            let item = String(piece)
            if let colon = item.lastIndex(of: ":"), colon != item.startIndex,
               let kind = TokenKind(rawValue: String(item[item.index(after: colon)...])) {
                return (String(item[..<colon]), kind)
            }
            return (item, nil)
        }
    }

    @Test("at least 300 cases")
    func enough() {
        #expect(Self.cases.count >= 300)
    }

    @Test("each case gives exactly the expected tokens and kinds", arguments: cases)
    func tokens(_ line: CaseLine) throws {
        let input = line.fields[1]
        let source = SourceText(input)
        let tokens = try Self.tokenizer.tokenize(source)
        let texts = tokens.map { source.text(bytes: $0.byteRange) }
        let expected = Self.expected(line.fields[2])
        #expect(texts == expected.map(\.text), "\(line) [\(line.fields[0])] \(input)")
        guard texts == expected.map(\.text) else { return }
        for (token, want) in zip(tokens, expected) {
            if let kind = want.kind {
                #expect(token.kind == kind, "\(line): '\(want.text)' is \(token.kind.rawValue), expected \(kind.rawValue)")
            }
        }
    }
}

@Suite("Tokenizer invariants")
struct TokenInvariantTests {
    static let tokenizer = try! Tokenizer()

    static let texts = TokenCaseTests.cases.map { $0.fields[1] } + [
        "", " ", "\n\n", "\u{FEFF}Jakarta (ANTARA) - Harga naik.", "a\u{0}b", String(repeating: "\"", count: 500),
        String(repeating: "1", count: 5000), String(repeating: "1.", count: 500), "kupu-kupu-kupu-kupu-kupu",
        "ا ب ت \u{202E}abc", "😀👍🏽👨‍👩‍👧", "e\u{0301}\u{0301}\u{0301}", "Rp", "Rp ", "#", "@", "https://", "www.",
    ]

    @Test("spans slice back, ascend, never overlap and never hold white space")
    func invariants() throws {
        for text in Self.texts {
            let source = SourceText(text)
            var previousEnd = 0
            for token in try Self.tokenizer.tokenize(source) {
                #expect(token.byteStart >= previousEnd && token.byteEnd > token.byteStart, "\(text.debugDescription)")
                previousEnd = token.byteEnd
                let span = source.span(bytes: token.byteRange)
                let scalars = Array(text.unicodeScalars)[span.start..<span.end]
                #expect(String(String.UnicodeScalarView(scalars)) == span.text)
                #expect(!span.text.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
            }
        }
    }

    @Test("streaming over one long text gives the same tokens as small pieces")
    func streamingAgrees() throws {
        let pieces = TokenCaseTests.cases.map { $0.fields[1] }
        let joined = pieces.joined(separator: "\n")
        let whole = try Self.tokenizer.tokenize(SourceText(joined))
        var expected: [String] = []
        for piece in pieces { expected += try Self.tokenizer.tokenize(SourceText(piece)).map { SourceText(piece).text(bytes: $0.byteRange) } }
        #expect(whole.map { SourceText(joined).text(bytes: $0.byteRange) } == expected)
    }

    @Test("one tokenizer shared by many tasks gives the same answers")
    func concurrent() async throws {
        let text = TokenCaseTests.cases.map { $0.fields[1] }.joined(separator: " ")
        let reference = try Self.tokenizer.tokenize(SourceText(text))
        try await withThrowingTaskGroup(of: [Token].self) { group in
            for _ in 0..<16 { group.addTask { try Self.tokenizer.tokenize(SourceText(text)) } }
            for try await tokens in group { #expect(tokens == reference) }
        }
    }
}
