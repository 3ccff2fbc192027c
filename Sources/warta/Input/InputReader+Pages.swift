import Warta
import WartaInput

extension InputReader {
    /// A saved page: its bytes go to the HTML reader (in the worker); the id is the file name
    /// without `.html`/`.htm`.
    func readPage(path: String) -> Result<InputDocument, InputProblem> {
        FileReading.read(path: path).map { bytes in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let lower = name.lowercased()
            let id = lower.hasSuffix(".html") ? String(name.dropLast(5)) : lower.hasSuffix(".htm") ? String(name.dropLast(4)) : name
            var document = InputDocument(id: id, source: SourceText(validatedBytes: []), published: published, origin: path)
            document.html = .page(bytes: bytes, url: nil, contentType: nil)
            document.inputBytes = bytes.count
            summary.htmlArticles += 1
            return document
        }
    }

    /// The HTML pages of a WARC file, each an article with the record's id (or its address) and
    /// its address as `url`; the crawl date is never its publication date. Records that cannot
    /// be read are problems named `FILE (record N)`; a broken container ends the file.
    func readWARC(path: String, _ body: (Result<InputDocument, InputProblem>) throws -> Void) rethrows {
        let reader: WARCReader
        do {
            reader = try WARCReader(try FileByteSource(path: path))
        } catch {
            return try body(.failure(InputProblem(origin: path, message: error.message)))
        }
        defer { summary.add(warc: path, reader.counts) }
        var consumed = 0
        while true {
            let item: WARCReader.Item
            do {
                guard let next = try reader.next() else { return }
                item = next
            } catch {
                return try body(.failure(InputProblem(origin: path, message: error.message)))
            }
            let position = reader.inputOffset
            defer { consumed = position }
            switch item {
            case .problem(let number, let message):
                try body(.failure(InputProblem(origin: "\(path) (record \(number))", message: message)))
            case .page(let page):
                let origin = "\(path) (record \(page.recordNumber))"
                var document = InputDocument(id: page.recordID ?? page.targetURI ?? origin, source: SourceText(validatedBytes: []),
                                             published: published, url: page.targetURI, origin: origin)
                document.html = .page(bytes: page.body, url: page.targetURI, contentType: page.contentType)
                document.inputBytes = position - consumed
                summary.htmlArticles += 1
                try body(.success(document))
            }
        }
    }
}
