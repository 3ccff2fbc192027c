import Testing
import Warta
import WartaEvaluation
import _WartaTestSupport

/// `Analyzer(types:)` chooses which record fields are written, never what they contain: for every
/// non-empty subset of the extractors' fields, on every bundled article, each chosen field is
/// written byte for byte as the full pipeline writes it, and every other field is empty.
@Suite("Choosing fields with types")
struct TypesSubsetTests {
    /// Every non-empty subset of the extractors' names (31 for five extractors).
    static let subsets: [Set<String>] = {
        let names = Analyzer.extractorNames
        return (1..<(1 << names.count)).map { mask in
            Set(names.indices.filter { mask & (1 << $0) != 0 }.map { names[$0] })
        }
    }()

    /// The JSON of each extractor field of `record`, by field name.
    static func fields(_ record: ArticleRecord) throws -> [String: String] {
        [
            "dates": try RecordJSON.encode(record.dates),
            "figures": try RecordJSON.encode(record.figures),
            "organisations": try RecordJSON.encode(record.organisations),
            "persons": try RecordJSON.encode(record.persons),
            "quotes": try RecordJSON.encode(record.quotes),
        ]
    }

    @Test("every subset of --types gives the full pipeline's fields", arguments: ["Corpus/articles", "Corpus/heldout"])
    func subsetsMatchFullPipeline(folder: String) throws {
        #expect(Self.subsets.count == 31)
        let corpus = try GoldCorpus(directory: Repository.path(folder))
        let full = try Analyzer()
        let expected = try corpus.articles.map { try Self.fields(full.analyze($0.source, published: $0.published, id: $0.id)) }
        // The test means something only if the corpus fills every field.
        for name in Analyzer.extractorNames {
            #expect(expected.contains { $0[name] != "[]" }, "\(folder) has \(name)")
        }
        for subset in Self.subsets {
            let analyzer = try Analyzer(types: subset)
            #expect(analyzer.fields == subset)
            for (article, want) in zip(corpus.articles, expected) {
                let got = try Self.fields(analyzer.analyze(article.source, published: article.published, id: article.id))
                for name in Analyzer.extractorNames {
                    let label = "\(article.id), --types \(subset.sorted().joined(separator: ",")), \(name)"
                    #expect(got[name] == (subset.contains(name) ? want[name] : "[]"), "\(label)")
                }
            }
        }
    }

    @Test("an extractor runs only with what its field needs: dates alone run one extractor")
    func onlyWhatIsNeeded() throws {
        #expect(try Analyzer(types: ["dates"]).extractors.map(\.name) == ["dates"])
        #expect(try Analyzer(types: ["figures"]).extractors.map(\.name) == ["dates", "figures"])
        #expect(try Analyzer(types: ["quotes"]).extractors.map(\.name) == ["organisations", "persons", "quotes"])
        #expect(try Analyzer().extractors.map(\.name) == Analyzer.extractorNames)
    }
}
