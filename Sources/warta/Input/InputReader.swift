import FoundationEssentials
import Warta
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Turns command-line input arguments (files, directories, globs, `-`) into documents, streaming:
/// JSONL files are read a line at a time, so memory does not grow with the input.
struct InputReader {
    enum Item: Sendable {
        case standardInput
        case text(String)
        case jsonl(String)
    }

    var policy: DecodingPolicy
    var published: CivilDate?

    /// Expands arguments into input items, in order; directories recursively (`.txt`, `.jsonl`), sorted.
    static func expand(_ arguments: [String]) -> (items: [Item], problems: [InputProblem]) {
        var items: [Item] = []
        var problems: [InputProblem] = []
        for argument in arguments {
            if argument == "-" { items.append(.standardInput); continue }
            var isDirectory = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory {
                    do {
                        let entries = try FileManager.default.subpathsOfDirectory(atPath: argument).sorted()
                        let root = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
                        var found = 0
                        for entry in entries where entry.hasSuffix(".txt") || entry.hasSuffix(".jsonl") {
                            let path = root + "/" + entry
                            // Only regular files: opening a FIFO found in a tree would block for ever.
                            switch FileReading.kind(path) {
                            case .regular:
                                items.append(path.hasSuffix(".jsonl") ? .jsonl(path) : .text(path))
                                found += 1
                            case .directory:
                                continue  // `x.txt/` is walked like any folder
                            case .other(let what):
                                problems.append(InputProblem(origin: path, message: "skipped: \(what), not a regular file"))
                                found += 1
                            case .missing(let reason):
                                problems.append(InputProblem(origin: path, message: "cannot read: \(reason)"))
                                found += 1
                            }
                        }
                        if found == 0 { problems.append(InputProblem(origin: argument, message: "directory has no .txt or .jsonl files")) }
                    } catch {
                        problems.append(InputProblem(origin: argument, message: "cannot list directory: \(error)"))
                    }
                } else {
                    items.append(argument.hasSuffix(".jsonl") ? .jsonl(argument) : .text(argument))
                }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = Glob.expand(argument)
                if matches.isEmpty { problems.append(InputProblem(origin: argument, message: "no file matches this pattern")) }
                let (expanded, more) = expand(matches)
                items += expanded
                problems += more
            } else {
                problems.append(InputProblem(origin: argument, message: "no such file or directory"))
            }
        }
        return (items, problems)
    }

    /// Calls `body` with each document of `item`, or with a problem where one cannot be read.
    /// `idle` is called when reading standard input is about to wait for more.
    func read(_ item: Item, idle: () -> Void = {}, _ body: (Result<InputDocument, InputProblem>) throws -> Void) rethrows {
        switch item {
        case .text(let path):
            try body(readText(path: path))
        case .jsonl(let path):
            guard let file = fopen(path, "rb") else {
                try body(.failure(InputProblem(origin: path, message: "cannot open: \(String(cString: strerror(errno)))")))
                return
            }
            defer { fclose(file) }
            try readJSONL(file, origin: path, body)
        case .standardInput:
            try readStandardInput(idle: idle, body)
        }
    }

    /// Standard input is JSONL when its first non-blank byte is `{` (read a line at a time, so a
    /// pipe of any length runs in bounded memory, and each line is handed on as soon as it is in),
    /// else one text article. Blank input gives no documents, so an empty partition under Spark or
    /// GNU parallel adds no record.
    func readStandardInput(idle: () -> Void, _ body: (Result<InputDocument, InputProblem>) throws -> Void) rethrows {
        let lines = DescriptorLines(descriptor: 0)
        guard let first = lines.firstNonSpace(idle: idle) else { return }
        guard first == UInt8(ascii: "{") else {
            let bytes = lines.rest()
            try body(makeText(bytes, id: "stdin", origin: "stdin").map { document in
                var document = document
                document.inputBytes = bytes.count
                return document
            })
            return
        }
        var number = 0
        while let line = lines.next(idle: idle) {
            number += 1
            if line.allSatisfy(ByteClassCLI.isSpace) { continue }
            try body(decodeJSONLine(Array(line), origin: "stdin:\(number)").map { document in
                var document = document
                document.inputBytes = line.count + 1
                return document
            })
        }
    }

    /// The size of everything `items` will read, or nil when unknown (a pipe on standard input).
    static func totalBytes(_ items: [Item]) -> Int? {
        var total = 0
        for item in items {
            var info = stat()
            switch item {
            case .text(let path), .jsonl(let path):
                if stat(path, &info) == 0 { total += Int(info.st_size) }
            case .standardInput:
                guard fstat(0, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
                total += Int(info.st_size) - Int(lseek(0, 0, SEEK_CUR)).clamped(to: 0...Int(info.st_size))
            }
        }
        return total
    }

    func readText(path: String) -> Result<InputDocument, InputProblem> {
        switch FileReading.read(path: path) {
        case .failure(let problem): return .failure(problem)
        case .success(let bytes):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let id = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
            return makeText(bytes, id: id, origin: path).map { document in
                var document = document
                document.inputBytes = bytes.count
                return document
            }
        }
    }

    func makeText(_ bytes: [UInt8], id: String, origin: String) -> Result<InputDocument, InputProblem> {
        policy.decode(bytes, origin: origin).map { source, warnings in
            InputDocument(id: id, source: source, published: published, origin: origin, warnings: warnings)
        }
    }

    func readJSONL(_ file: UnsafeMutablePointer<FILE>, origin: String, firstLineNumber: Int = 0,
                   _ body: (Result<InputDocument, InputProblem>) throws -> Void) rethrows {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(buffer) }
        var number = firstLineNumber
        while true {
            let length = getline(&buffer, &capacity, file)
            if length < 0 { break }
            number += 1
            guard let buffer else { break }
            let line = UnsafeRawBufferPointer(start: buffer, count: length).bindMemory(to: UInt8.self)
            if line.allSatisfy(ByteClassCLI.isSpace) { continue }
            try body(decodeJSONLine(Array(line), origin: "\(origin):\(number)").map { document in
                var document = document
                document.inputBytes = length
                return document
            })
        }
    }

    /// One JSONL article: `{"id": ..., "text": ..., "published": "YYYY-MM-DD", "title": ..., "url": ...}`.
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
        let article: JSONLArticle
        do {
            article = try JSONDecoder().decode(JSONLArticle.self, from: Data(line))
        } catch let error as DecodingError {
            return .failure(InputProblem(origin: origin, message: JSONLArticle.explain(error)))
        } catch {
            return .failure(InputProblem(origin: origin, message: "not a JSON object: \(error)"))
        }
        guard let text = article.text else {
            return .failure(InputProblem(origin: origin, message: "JSON line has no \"text\" field", id: article.id))
        }
        var published = self.published
        if let raw = article.published {
            if let date = CivilDate(iso: raw.prefix(10)) { published = date } else {
                warnings.append(Warning(code: "bad-published", message: "published \"\(raw)\" is not YYYY-MM-DD; relative dates stay unresolved"))
            }
        }
        let source = SourceText(text)
        return .success(InputDocument(id: article.id ?? origin, source: source, published: published, title: article.title,
                                      url: article.url, origin: origin, warnings: warnings))
    }
}

/// The fields Warta reads from a JSONL line; others are ignored. `id` may be a string or a number.
struct JSONLArticle: Decodable {
    var id: String?
    var text: String?
    var published: String?
    var title: String?
    var url: String?

    enum CodingKeys: String, CodingKey { case id, text, published, title, url }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let string = try? container.decodeIfPresent(String.self, forKey: .id) { id = string }
        else if let number = try? container.decodeIfPresent(Int.self, forKey: .id) { id = String(number) }
        text = try container.decodeIfPresent(String.self, forKey: .text)
        published = try? container.decodeIfPresent(String.self, forKey: .published)
        title = try? container.decodeIfPresent(String.self, forKey: .title)
        url = try? container.decodeIfPresent(String.self, forKey: .url)
    }

    static func explain(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "JSON field \"\(field)\" has the wrong type (\"text\" must be a string)"
        case .dataCorrupted(let context):
            return "not valid JSON: \(context.debugDescription)"
        case .keyNotFound(let key, _):
            return "JSON line has no \"\(key.stringValue)\" field"
        @unknown default:
            return "not a JSON article: \(error)"
        }
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

enum ByteClassCLI {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
