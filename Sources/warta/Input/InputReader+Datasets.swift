import FoundationEssentials
import Warta
import WartaInput

extension InputReader {
    /// One JSONL article: an object with the text and optionally id, date, title and url, under
    /// the names `FeedFields` looks for.
    func decodeJSONLine(_ line: [UInt8], origin: String) -> Result<InputDocument, InputProblem> {
        var line = line
        var warnings: [Warning] = []
        if let failure = line.withUnsafeBufferPointer({ UTF8Validator.firstFailure(in: $0) }) {
            guard policy.lossy else {
                return .failure(InputProblem(origin: origin, message: "\(failure) (use --lossy to replace invalid bytes with U+FFFD)"))
            }
            let (repaired, failures) = UTF8Validator.repair(line)
            line = repaired
            warnings.append(Warning(code: "invalid-utf8", message: "\(failures.count) invalid UTF-8 sequence(s) in the JSON line replaced with U+FFFD"))
        }
        do {
            return .success(document(from: try FeedArticle(json: line, fields: fields), origin: origin, warnings: warnings))
        } catch {
            return .failure(InputProblem(origin: origin, message: error.message, id: FeedArticle.id(inJSON: line, fields: fields)))
        }
    }

    /// The elements of a JSON array, each an article named `FILE[N]` until it gives its own id.
    func readJSONArray(path: String, _ body: (Result<InputDocument, InputProblem>) throws -> Void) rethrows {
        let reader: JSONArrayReader
        do {
            reader = JSONArrayReader(try FileByteSource(path: path))
        } catch {
            return try body(.failure(InputProblem(origin: path, message: error.message)))
        }
        while true {
            let element: JSONArrayReader.Element
            do {
                guard let next = try reader.next() else { return }
                element = next
            } catch {
                return try body(.failure(InputProblem(origin: path, message: error.message)))
            }
            let origin = "\(path)[\(element.index)]"
            var result = decodeJSONLine(element.bytes, origin: origin)
            if case .failure(var problem) = result {
                problem.message = "line \(element.line): " + problem.message
                result = .failure(problem)
            }
            try body(result.map { document in
                var document = document
                document.inputBytes = element.bytes.count
                return document
            })
        }
    }

    /// The rows of a CSV or TSV file with a header, each an article named `FILE:LINE` until it
    /// gives its own id. A header without a text column fails the whole file; a malformed row
    /// fails that row.
    func readDelimited(path: String, delimiter: UInt8, _ body: (Result<InputDocument, InputProblem>) throws -> Void) rethrows {
        let reader: DelimitedReader
        do {
            reader = DelimitedReader(try FileByteSource(path: path), delimiter: delimiter, lossy: policy.lossy)
        } catch {
            return try body(.failure(InputProblem(origin: path, message: error.message)))
        }
        var columns: [FeedFields.Role: Int]? = nil
        while true {
            let next: DelimitedReader.Item?
            do {
                next = try reader.next()
            } catch {
                return try body(.failure(InputProblem(origin: path, message: error.message)))
            }
            guard let item = next else {
                if reader.header == nil { try body(.failure(InputProblem(origin: path, message: "empty file: no header row"))) }
                return
            }
            if columns == nil, let header = reader.header {
                do {
                    columns = try fields.columns(in: header)
                } catch {
                    return try body(.failure(InputProblem(origin: "\(path):1", message: error.message)))
                }
            }
            switch item {
            case .malformed(let line, let message):
                try body(.failure(InputProblem(origin: "\(path):\(line)", message: "malformed row: \(message)")))
            case .row(let row):
                let warnings = row.repaired ? [Warning(code: "invalid-utf8", message: "invalid UTF-8 in the row replaced with U+FFFD")] : []
                var document = document(from: FeedArticle(row: row.fields, columns: columns ?? [:]), origin: "\(path):\(row.line)", warnings: warnings)
                document.inputBytes = row.fields.reduce(row.fields.count) { $0 + $1.utf8.count }
                try body(.success(document))
            }
        }
    }

    /// A dataset article as a document: its date read (ISO or Indonesian), its text marked for
    /// the HTML reader when it is markup (or `--html`).
    func document(from article: FeedArticle, origin: String, warnings: [Warning]) -> InputDocument {
        var warnings = warnings
        var published = self.published
        var publishedTime: String? = nil
        if let raw = article.published {
            if let time = html.publishedTime(in: raw) {
                published = time.date
                if time.iso.count > 10 { publishedTime = time.iso }
            } else {
                warnings.append(Warning(code: "bad-published", message: "published \"\(raw)\" is not a date Warta reads (2020-07-16, 16 Juli 2020, Kamis, 16 Juli 2020 18:23 WIB); relative dates stay unresolved"))
            }
        }
        var document = InputDocument(id: article.id ?? origin, source: SourceText(article.text), published: published,
                                     title: article.title, url: article.url, origin: origin, warnings: warnings)
        document.publishedTime = publishedTime
        if htmlMode == .always || (htmlMode == .detect && HTMLArticleReader.looksLikeHTML(article.text)) {
            document.html = .fragment(article.text)
            document.source = SourceText(validatedBytes: [])
            summary.htmlArticles += 1
        }
        return document
    }
}
