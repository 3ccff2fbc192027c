import Testing
import WartaRecords
import WartaText
import WartaLexicons
import WartaTokenizer
import Warta
import _WartaTestSupport
@testable import WartaExtraction

/// The extractors' fast lookup structures must answer exactly what the plain code they replaced
/// answered: hash tables against `Set`/`Dictionary`, the per-token hashes against hashing the
/// folded text, and the quote scan's person and quote indexes against linear scans. Inputs are
/// generated from a fixed seed, so a failure repeats.
@Suite("Lookup tables")
struct LookupTableTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var x = state
            x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
            x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
            return x ^ (x >> 31)
        }
    }

    static let alphabet: [String] = ["a", "b", "k", "n", "A", "K", "Z", "é", "É", "-", ".", "1", "ñ", "ß", "😀"]

    static func word(_ random: inout Generator, maxLength: Int = 30) -> String {
        (0..<Int.random(in: 0...maxLength, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
    }

    @Test("lexicon phrases split at spaces give the words the tokenizer gives")
    func phraseSplitting() throws {
        let split = PhraseSplitter(tokenizer: try Tokenizer(lexicons: .embedded))
        var fast = 0
        // Every field of every embedded lexicon line, whole and by `|`, and a few made-up phrases.
        var phrases = ["Badan Pusat Statistik", "PT", "a", "Ab  cd", " Ab", "Ab ", "Rp", "Kabupaten Muara Sakti", "dll", "H Ali"]
        for path in LexiconStore.embedded.paths {
            for entry in try LexiconStore.embedded.file(path).entries {
                for field in entry.fields {
                    phrases.append(field)
                    phrases += field.split(separator: "|").map(String.init)
                }
            }
        }
        for phrase in phrases where PhraseSplitter.letterWords(phrase) != nil {
            fast += 1
            #expect(split.words(phrase) == split.tokenizedWords(phrase), "\(phrase)")
        }
        #expect(fast > 3_000)
        #expect(PhraseSplitter.letterWords("Ab  cd") == nil && PhraseSplitter.letterWords("Dinas-Sosial") == nil && PhraseSplitter.letterWords("") == nil)
    }

    @Test("WordSet and WordMap answer as Set and Dictionary do")
    func tablesMatchStandardLibrary() {
        var random = Generator(state: 7)
        var set = WordSet()
        var map = WordMap<Int>()
        var expectedSet = Set<String>()
        var expectedMap: [String: Int] = [:]
        for round in 0..<3_000 {
            let word = Self.word(&random, maxLength: 6)
            set.insert(word)
            map.set(word, round)
            expectedSet.insert(word)
            expectedMap[word] = round
        }
        #expect(set.count == expectedSet.count)
        #expect(Set(set) == expectedSet)
        for _ in 0..<6_000 {
            let word = Self.word(&random, maxLength: 6)
            #expect(set.contains(word, hash: WordHash.of(word)) == expectedSet.contains(word), "\(word)")
            #expect(map.value(word, hash: WordHash.of(word)) == expectedMap[word], "\(word)")
        }
        var rest = set
        rest.subtract(WordSet(expectedSet.prefix(100)))
        #expect(Set(rest) == expectedSet.subtracting(expectedSet.prefix(100)))
    }

    @Test("a token's key hash is the hash of its ASCII-folded bytes, so both lookups agree")
    func keyHashesAgree() {
        var random = Generator(state: 11)
        for _ in 0..<5_000 {
            let bytes = Array(Self.word(&random).utf8)
            let folded = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let foldedHash = folded.withUnsafeBufferPointer { WordHash.of($0, foldASCII: false) }
            #expect(bytes.withUnsafeBufferPointer { WordHash.of($0, foldASCII: true) } == foldedHash)
            guard bytes.count <= 24 else { continue }
            let key = bytes.withUnsafeBufferPointer { WordKey($0, foldCase: true) }!
            let foldedKey = folded.withUnsafeBufferPointer { WordKey($0, foldCase: false) }!
            #expect(key == foldedKey, "\(bytes)")
            #expect(key.hash64 == foldedHash, "\(bytes)")
        }
    }

    @Test("a token's tag bits answer `has` as probing the set does, on every bundled article; every tag is registered")
    func tagBitsAgree() throws {
        let tokenizer = try Tokenizer()
        let organisations = try OrganisationLexicon(lexicons: .embedded, tokenizer: tokenizer)
        let persons = try PersonLexicon(lexicons: .embedded, tokenizer: tokenizer, organisations: organisations)
        let quotes = try QuoteLexicon(lexicons: .embedded)
        let tagged = organisations.taggedSets + persons.taggedSets + quotes.taggedSets
        let vocabulary = ExtractionVocabulary([organisations.vocabulary, persons.vocabulary, quotes.vocabulary], tagged: tagged)
        #expect(vocabulary.registered == WordTag.allCases.reduce(0) { $0 | $1.bit }, "a WordTag no set carries")
        let analyzer = try Analyzer()
        let paths = Repository.files(in: "Corpus/articles", suffix: ".txt")
        #expect(paths.count >= 40)
        var hits = 0
        for path in paths {
            let document = try analyzer.segment(SourceText(Repository.read(path)))
            let words = DocumentWords(document, vocabulary: vocabulary)
            for set in tagged {
                for index in 0..<words.count {
                    let probed = words.known[index] && set.contains(words.folded[index], hash: words.foldedHashes[index])
                    #expect(words.has(index, set) == probed, "\(path) token \(index) \(words.text[index])")
                    if probed { hits += 1 }
                }
            }
        }
        #expect(hits > 1_000)  // the sets do occur: the comparison is not between two empty answers
    }

    @Test("a trie whose first words are tagged finds what reading it at every known token finds, on every bundled article")
    func trieStartTagsAgree() throws {
        let tokenizer = try Tokenizer()
        let organisations = try OrganisationLexicon(lexicons: .embedded, tokenizer: tokenizer)
        let persons = try PersonLexicon(lexicons: .embedded, tokenizer: tokenizer, organisations: organisations)
        let quotes = try QuoteLexicon(lexicons: .embedded)
        let vocabulary = ExtractionVocabulary([organisations.vocabulary, persons.vocabulary, quotes.vocabulary],
                                              tagged: organisations.taggedSets + persons.taggedSets + quotes.taggedSets)
        let analyzer = try Analyzer()
        var starts = 0
        func agree<V>(_ trie: PhraseTrie<V>, _ words: DocumentWords, _ name: String) {
            #expect(trie.startTag != 0 && vocabulary.registered & trie.startTag != 0, "\(name) is not tagged")
            for index in 0..<words.count {
                let gated = trie.longest(in: words, from: index, limit: words.count, skippingParenthesis: true)?.end
                let read = words.known[index]
                    ? trie.longest(in: words.folded, hashes: words.foldedHashes, from: index, limit: words.count, skippingParenthesis: true)?.end : nil
                #expect(gated == read, "\(name) at token \(index) \(words.text[index])")
                if gated != nil { starts += 1 }
            }
        }
        for path in Repository.files(in: "Corpus/articles", suffix: ".txt") {
            let words = DocumentWords(try analyzer.segment(SourceText(Repository.read(path))), vocabulary: vocabulary)
            agree(persons.titles, words, "titles")
            agree(persons.ranks, words, "ranks")
            agree(persons.descriptors, words, "descriptors")
            agree(persons.names.figures, words, "figures")
            agree(organisations.aliases, words, "aliases")
            agree(organisations.roleAliases, words, "roleAliases")
            agree(organisations.heads, words, "heads")
            agree(organisations.unitHeads, words, "unitHeads")
            agree(organisations.announcers, words, "announcers")
            agree(organisations.nameSuffixes, words, "nameSuffixes")
            agree(organisations.places, words, "places")
            agree(organisations.ministryTitles, words, "ministryTitles")
        }
        #expect(starts > 1_000)  // entries do start in the articles: the answers are not all nil
    }

    @Test("person index lookups equal linear scans over the people", arguments: [1, 2, 3, 4, 5])
    func personIndexMatchesScans(seed: UInt64) {
        var random = Generator(state: seed)
        let tokenCount = 400
        var persons: [QuoteScan.PersonAt] = []
        var cursor = Int.random(in: 0...5, using: &random)
        while cursor < tokenCount - 1 {
            let length = Int.random(in: 1...4, using: &random)
            let end = min(cursor + length, tokenCount)
            let span = Span(text: "x", start: cursor, end: end, byteStart: cursor, byteEnd: end)
            persons.append(.init(tokens: cursor..<end, mention: PersonMention(span: span, canonical: "P\(persons.count)", rule: "r")))
            cursor = end + Int.random(in: 0...6, using: &random)
        }
        let index = PersonIndex(persons, tokenCount: tokenCount)
        for token in 0...tokenCount {
            #expect(index.first(startingAt: token) == persons.firstIndex { $0.tokens.lowerBound == token })
            #expect(index.last(startingAt: token) == persons.lastIndex { $0.tokens.lowerBound == token })
            #expect(index.last(endingAt: token) == persons.lastIndex { $0.tokens.upperBound == token })
            let candidates = persons.indices.filter { _ in Bool.random(using: &random) }
            #expect(index.last(of: candidates, endingBy: token) == candidates.last { persons[$0].tokens.upperBound <= token })
            let upper = min(tokenCount, token + Int.random(in: 0...30, using: &random))
            #expect(Array(index.starting(in: token..<upper)) == persons.indices.filter { (token..<upper).contains(persons[$0].tokens.lowerBound) })
        }
    }

    @Test("a sentence overlaps a direct quote exactly when a linear scan finds one", arguments: [1, 2, 3])
    func quoteRangesMatchScan(seed: UInt64) {
        var random = Generator(state: seed)
        // Nested, overlapping, empty and very long quotes, as unbalanced quote marks produce.
        let quotes = (0..<60).map { _ -> Range<Int> in
            let start = Int.random(in: 0...2_000, using: &random)
            return start..<(start + (Bool.random(using: &random) ? Int.random(in: 0...40, using: &random) : Int.random(in: 0...900, using: &random)))
        }
        let ranges = DirectQuoteRanges(quotes)
        for _ in 0..<3_000 {
            let start = Int.random(in: 0...2_100, using: &random)
            let sentence = start..<(start + Int.random(in: 0...120, using: &random))
            #expect(ranges.overlaps(sentence) == quotes.contains { sentence.overlaps($0) }, "\(sentence)")
        }
    }

    @Test("folding a lexicon word gives MatchingFold's form lowered, for ASCII and other text")
    func foldMatchesMatchingFold() {
        var random = Generator(state: 11)
        let extra = ["`", "'", "\u{2019}", "@", "[", "{", "Ö", "\u{00A0}"]
        for round in 0..<3_000 {
            var word = Self.word(&random, maxLength: 12)
            if round % 3 == 0 { word += extra.randomElement(using: &random)! + Self.word(&random, maxLength: 4) }
            #expect(DocumentWords.fold(word, ascii: false) == MatchingFold.fold(word).lowercased(), "\(word)")
        }
        for byte in UInt8(0)...UInt8(127) {
            let word = "Ab" + String(UnicodeScalar(byte)) + "Z"
            #expect(DocumentWords.fold(word, ascii: false) == MatchingFold.fold(word).lowercased(), "\(byte)")
        }
    }

    @Test("a union of word sets holds the words of both, in the order adding them one by one gives")
    func unionMatchesInsertion() {
        var random = Generator(state: 5)
        for _ in 0..<50 {
            let first = WordSet((0..<Int.random(in: 0...300, using: &random)).map { _ in Self.word(&random, maxLength: 8) })
            let second = WordSet((0..<Int.random(in: 0...300, using: &random)).map { _ in Self.word(&random, maxLength: 8) })
            var byWord = first
            byWord.formUnion(Array(second))
            #expect(Array(first.union(second)) == Array(byWord))
            #expect(Set(first.union(second)) == Set(first).union(Set(second)))
            var hashes: [String: UInt64] = [:]
            first.union(second).forEachWord { word, hash in hashes[word] = hash }
            #expect(hashes.allSatisfy { WordHash.of($0.key) == $0.value })
        }
    }
}
