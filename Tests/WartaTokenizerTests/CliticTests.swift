import Testing
import WartaTokenizer
import _WartaTestSupport

/// `Corpus/segmentation/clitics.tsv`: clitics reported as an analysis of the word.
@Suite("Clitic analysis")
struct CliticTests {
    static let analyzer = try! CliticAnalyzer()
    static let rooted = try! CliticAnalyzer.withRoots()
    static let cases = CaseTable.load("Corpus/segmentation/clitics.tsv", minimumFields: 4)

    @Test("host, prefix and suffix clitics as annotated, with and without the root list", arguments: cases)
    func analysis(_ line: CaseLine) {
        for analyzer in [Self.analyzer, Self.rooted] {
            let analysis = analyzer.analyze(line.fields[0])
            let host = analysis?.host ?? "-"
            let prefix = analysis?.prefix?.form ?? "-"
            let suffixes = analysis.map { $0.suffixes.isEmpty ? "-" : $0.suffixes.map(\.form).joined(separator: " ") } ?? "-"
            #expect("\(host) \(prefix) \(suffixes)" == "\(line.fields[1]) \(line.fields[2]) \(line.fields[3])", "\(line)")
        }
    }

    @Test("with the root list, the short clitics are found")
    func rootedShortClitics() {
        #expect(Self.rooted.analyze("bukuku")?.suffixes.map(\.form) == ["-ku"])
        #expect(Self.rooted.analyze("rumahmu")?.suffixes.map(\.form) == ["-mu"])
        #expect(Self.rooted.analyze("kupinjam")?.prefix?.form == "ku-")
        #expect(Self.rooted.analyze("kulihat")?.host == "lihat")
        #expect(Self.rooted.analyze("kaubawa")?.prefix?.form == "kau-")
    }

    @Test("the short clitics need a known root")
    func roots() throws {
        let withRoots = try CliticAnalyzer(roots: ["buku", "pinjam"])
        #expect(withRoots.analyze("bukuku")?.suffixes.map(\.form) == ["-ku"])
        #expect(withRoots.analyze("kupinjam")?.prefix?.form == "ku-")
        #expect(Self.analyzer.analyze("kupinjam") == nil)
        #expect(withRoots.analyze("kuliah") == nil)
    }
}
