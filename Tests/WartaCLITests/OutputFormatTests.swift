import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import _WartaTestSupport

/// Each output format, from a saved record with every kind of entity (`Sample`), checked the way
/// its reader would use it: offsets slice the text, rows parse back, the page parses.
@Suite("output formats", .serialized)
struct OutputFormatTests {
    /// A minimal RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true }
            else if scalar == "," { row.append(field); field = "" }
            else if scalar == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(scalar) }
        }
        return rows
    }

    @Test("csv and tsv: one row per entity, rows parse back, offsets slice the text", arguments: ["csv", "tsv"])
    func delimited(format: String) throws {
        let result = try Sample.render(["--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = format == "csv" ? Self.parseCSV(result.stdout)
            : result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        #expect(header.prefix(9) == ["id", "kind", "label", "start", "end", "byte_start", "byte_end", "text", "value"])
        let body = rows.dropFirst()
        #expect(body.count == Sample.mentionCount)
        let column = { (name: String) in header.firstIndex(of: name)! }
        for row in body {
            #expect(row.count == header.count)
            #expect(row[column("id")] == "sampel/1")
            let sliced = Sample.slice(Int(row[column("start")])!, Int(row[column("end")])!)
            let bytes = Array(Sample.text.utf8)[Int(row[column("byte_start")])!..<Int(row[column("byte_end")])!]
            #expect(String(decoding: bytes, as: UTF8.self) == sliced)
            #expect(row[column("text")] == (format == "csv" ? sliced : sliced.replacingOccurrences(of: "\n", with: " ")))
        }
        let money = try #require(body.first { $0[column("label")] == "MONEY" })
        #expect(money[column("value")] == "5000000000" && money[column("unit")] == "IDR")
        #expect(body.filter { $0[column("kind")] == "speaker" }.map { $0[column("quote")] } == ["0", "1"])
    }

    @Test("conll: tokens hold no space, concatenate to the body text, offsets slice it, BIO tags are right")
    func conll() throws {
        let result = try Sample.render(["--format", "conll"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "-DOCSTART-\tsampel/1\t-X-\tO")
        let rows = lines.dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: "\t").map(String.init) }
        for row in rows {
            #expect(row.count == 4 && !row[0].contains(" "))
            #expect(Sample.slice(Int(row[1])!, Int(row[2])!) == row[0])
        }
        let body = Sample.text.drop { $0 != "-" }.dropFirst()
        #expect(rows.map { $0[0] }.joined() == body.filter { !$0.isWhitespace })
        let tags = Dictionary(rows.map { ($0[0] + "@" + $0[1], $0[3]) }, uniquingKeysWith: { a, _ in a })
        let tag = { (surface: String, before: String) in tags[surface + "@\(Sample.locate(surface, after: before).start)"] }
        #expect(tag("Johnny", "Kominfo ") == "B-PERSON")
        #expect(tag("Plate", "G. ") == "I-PERSON")
        #expect(tag("Rp5", "senilai ") == "B-MONEY" && tag("miliar", "Rp5 ") == "I-MONEY")
        #expect(tag("Johnny", "kata ") == "B-PERSON")
        #expect(tag("Kita", "“") == "B-QUOTE" && tag("harus", "Kita ") == "I-QUOTE")
        #expect(tag("meresmikan", "") == "O")
        #expect(lines.filter(\.isEmpty).count >= 4)   // a blank line after the docstart and each sentence
    }

    @Test("displacy: the JSON displaCy reads, entity offsets slice the text, no overlaps")
    func displacy() throws {
        let result = try Sample.render(["--format", "displacy"])
        #expect(result.status == 0, "\(result.stderr)")
        let docs = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]])
        let doc = try #require(docs.first)
        #expect(docs.count == 1 && doc["text"] as? String == Sample.text && doc["title"] as? String == "Kafé digital")
        let ents = try #require(doc["ents"] as? [[String: Any]])
        #expect(Set(ents.compactMap { $0["label"] as? String }) == ["ORG", "PERSON", "MONEY", "DATE", "PERCENT", "QUOTE"])
        var previousEnd = 0
        for entity in ents {
            let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
            #expect(start >= previousEnd && end > start)
            #expect(Sample.surfaces.contains(Sample.slice(start, end)))
            previousEnd = end
        }
    }

    @Test("brat: ID.txt and ID.ann in --output-dir, offsets and fragments slice the text, SaidBy relations")
    func brat() throws {
        let folder = TemporaryFiles.folder("brat")
        defer { TemporaryFiles.remove(folder) }
        let result = try Sample.render(["--format", "brat", "--output-dir", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: folder + "/sampel_1.txt", encoding: .utf8)
        #expect(text == Sample.text)
        let ann = try String(contentsOfFile: folder + "/sampel_1.ann", encoding: .utf8)
        let entities = ann.split(separator: "\n").filter { $0.hasPrefix("T") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(entities.count == Sample.mentionCount)
        for entity in entities {
            let offsets = entity[1].split(separator: " ", maxSplits: 1)[1]
            let fragments = offsets.split(separator: ";").map { $0.split(separator: " ").map { Int($0)! } }
            #expect(fragments.map { Sample.slice($0[0], $0[1]) }.joined(separator: " ") == entity[2])
            #expect(!entity[2].contains("\n"))
        }
        #expect(entities.contains { $0[1].hasPrefix("QUOTE ") && $0[1].contains(";") })   // the quote across a line break
        #expect(ann.split(separator: "\n").filter { $0.hasPrefix("R") && $0.contains("SaidBy Arg1:T") }.count == 2)
        #expect(ann.contains("AnnotatorNotes") && ann.contains("value=Kementerian Komunikasi dan Informatika"))
        #expect(FileManager.default.fileExists(atPath: folder + "/annotation.conf"))
        #expect(FileManager.default.fileExists(atPath: folder + "/visual.conf"))
    }

    @Test("brat from a .txt writes the .ann beside it; from JSONL or stdin it needs --output-dir")
    func bratPlacement() throws {
        let folder = TemporaryFiles.folder("brat-beside")
        defer { TemporaryFiles.remove(folder) }
        try TemporaryFiles.write(folder + "/a.txt", "Harga naik.")
        let beside = try Warta.run(["extract", "--format", "brat", folder + "/a.txt"])
        #expect(beside.status == 0 && beside.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder + "/a.ann"))
        let piped = try Warta.run(["extract", "--format", "brat", "-"], input: Array("{\"id\":\"x\",\"text\":\"Harga naik.\"}\n".utf8))
        #expect(piped.status == 64 && piped.stderr.contains("--output-dir"))
    }

    @Test("html: well-formed, every entity text present, nested highlights, legend, hover details")
    func html() throws {
        let result = try Sample.render(["--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = result.stdout
        let parser = XMLParser(data: Data(page.utf8))
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        for surface in Sample.surfaces { #expect(page.contains(escaped(surface)), "missing \(surface)") }
        for label in ["QUOTE", "SPEAKER", "PERSON", "ORG", "DATE", "MONEY", "PERCENT"] {
            #expect(page.contains("class=\"m \(label)\""), "no \(label) highlight")
            #expect(page.contains("value=\"\(label)\""), "no \(label) in the legend")
        }
        #expect(page.contains("<span class=\"m SPEAKER\""))
        #expect(page.contains("title=\"Organisation: Kementerian Komunikasi dan Informatika"))
        #expect(!page.contains("http://") && !page.contains("https://"))   // self-contained
    }

    @Test("html: spans that cross (not nest) are split and reopened, so the page stays well-formed")
    func htmlCrossingSpans() throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Data(Sample.recordLine.utf8)) as? [String: Any])
        var crossing = Sample.span("bersaing & <menang>,” kata", after: "mampu ")   // starts in the quote, ends after it
        crossing.merge(["canonical": "X", "id": "x", "kind": "other", "rule": "test"]) { a, _ in a }
        record["organisations"] = (record["organisations"] as! [Any]) + [crossing]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        let result = try Warta.run(["render", "--format", "html", "-"], input: Array(line.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let parser = XMLParser(data: Data(result.stdout.utf8))
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        #expect(result.stdout.components(separatedBy: "<span").count == result.stdout.components(separatedBy: "</span>").count)
    }

    @Test("html --output-dir: one page per article and an index")
    func htmlPages() throws {
        let folder = TemporaryFiles.folder("html")
        defer { TemporaryFiles.remove(folder) }
        let result = try Sample.render(["--format", "html", "-o", folder])
        #expect(result.status == 0 && result.stdout.isEmpty)
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(index.contains("href=\"sampel_1.html\""))
        #expect(XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: folder + "/sampel_1.html"))).parse())
    }

    @Test("render checks that spans slice the text")
    func renderRejectsBadOffsets() throws {
        let bad = Sample.recordLine.replacingOccurrences(of: "\"text\":\"Kominfo\"", with: "\"text\":\"Komimfo\"")
        let result = try Warta.run(["render", "--format", "csv", "-"], input: Array(bad.utf8))
        #expect(result.status == 1 && result.stderr.contains("Komimfo") && result.stderr.contains("does not match"))
    }

    @Test("extract --include-text then render jsonl gives back extract's records")
    func roundTrip() throws {
        let article = Array(CLITests.article.utf8)
        let plain = try Warta.run(["extract", "--published", "2020-07-09", "-"], input: article)
        let saved = try Warta.run(["extract", "--published", "2020-07-09", "--include-text", "-"], input: article)
        let rendered = try Warta.run(["render", "--format", "jsonl", "-"], input: saved.stdoutBytes)
        #expect(plain.status == 0 && rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout == plain.stdout)
    }

    @Test("every format is byte-identical whatever --jobs is", arguments: ["jsonl", "json", "csv", "tsv", "conll", "displacy", "html"])
    func jobs(format: String) throws {
        var lines = ""
        for index in 0..<48 {
            let text = CLITests.article + "\nNomor \(index): “kafé”."
            let object = try JSONSerialization.data(withJSONObject: ["id": "n\(index)", "text": text])
            lines += String(decoding: object, as: UTF8.self) + "\n"
        }
        let one = try Warta.run(["extract", "--format", format, "--jobs", "1", "-"], input: Array(lines.utf8))
        let two = try Warta.run(["extract", "--format", format, "--jobs", "2", "-"], input: Array(lines.utf8))
        #expect(one.status == 0 && !one.stdoutBytes.isEmpty)
        #expect(one.stdoutBytes == two.stdoutBytes)
    }
}
