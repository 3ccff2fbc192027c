import Testing
import WartaLexicons
import WartaStemmer

@Suite struct StemmerAPITests {
    @Test func substringsAndStringsAgree() {
        let text = "pemerintah meluncurkan produk-produk"
        for token in text.split(separator: " ") {
            #expect(sharedStemmer.stem(token) == sharedStemmer.stem(String(token)))
        }
        #expect(sharedStemmer.stem("Meluncurkan") == "luncur")
    }

    @Test func cachedAndUncachedAgree() throws {
        let uncached = try Stemmer(cacheCapacity: 0)
        let (files, _) = loadStemCorpus()
        for item in files.values.joined().prefix(400) {
            #expect(uncached.stem(item.word) == sharedStemmer.stem(item.word))
            #expect(uncached.stem(item.word) == sharedStemmer.stem(item.word), "second, cached call")
        }
    }

    @Test func sharedAcrossTasks() async {
        let words = ["mempertimbangkan", "keberlangsungan", "menyetujuinya", "berbasis", "dikurangi", "produk-produk"]
        let expected = words.map { sharedStemmer.stem($0) }
        let stemmer = sharedStemmer
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { (0..<200).flatMap { _ in words.map { stemmer.stem($0) } } } }
            for await result in group {
                #expect(result == Array((0..<200).flatMap { _ in expected }))
            }
        }
    }

    @Test func analysisNamesEveryPart() {
        let analysis = sharedStemmer.analyze("mempertimbangkannya")
        #expect(analysis.root == "timbang")
        #expect(analysis.prefixes.map(\.morpheme) == ["meN", "per"])
        #expect(analysis.prefixes.first?.surface == "mem")
        #expect(analysis.suffixes.map(\.morpheme) == ["kan"])
        #expect(analysis.possessive?.morpheme == "-nya")
        #expect(analysis.inDictionary)
        #expect(analysis.source == .analysis)
        #expect(analysis.rules == ["NA-P2", "NA-S3", "CS-12", "CS-23"])

        let particle = sharedStemmer.analyze("bukunyalah")
        #expect(particle.particle?.surface == "lah")
        #expect(particle.possessive?.surface == "nya")

        let nasal = sharedStemmer.analyze("menyetujui")
        #expect(nasal.prefixes.first?.surface == "meny")
        #expect(nasal.prefixes.first?.rule == "CS-18a")
    }

    @Test func runningTextLeavesNamesAlone() {
        let tokens = sharedStemmer.stemText("Pemerintah Kota Bekasi meluncurkan program di Pekalongan. Bekasi berbasis data BPS.")
        let pairs = tokens.map { "\($0.text)=\($0.root)" }
        #expect(pairs == [
            "Pemerintah=perintah", "Kota=Kota", "Bekasi=Bekasi", "meluncurkan=luncur", "program=program", "di=di",
            "Pekalongan=Pekalongan", "Bekasi=bekasi", "berbasis=basis", "data=data", "BPS=BPS",
        ])
    }

    @Test func unknownWordsKeepTheirShape() {
        #expect(sharedStemmer.stem("xyzabc") == "xyzabc")
        #expect(sharedStemmer.stem("covid-19") == "covid-19")
        #expect(sharedStemmer.stem("2024") == "2024")
        #expect(sharedStemmer.analyze("xyzabcnya").root == "xyzabc")
    }

    @Test func atLeast28000Roots() throws {
        #expect(sharedStemmer.rootCount >= 28_000)
    }
}
