import FoundationEssentials
import Warta
import WartaInput
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Turns command-line input arguments (files, directories, globs, `-`) into documents, streaming:
/// JSONL, CSV/TSV, JSON arrays and WARC files are read a record at a time, so memory does not
/// grow with the input. Each format's decoding lives in `WartaInput`; this type walks the
/// arguments, names problems by file and line (or record), and turns articles into documents.
struct InputReader {
    enum Item: Sendable {
        case standardInput
        case text(String)
        case jsonl(String)
        case json(String)
        case delimited(String, delimiter: UInt8)
        case html(String)
        case warc(String)

        /// The item for a file, by its extension; anything unknown is a text article.
        init(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".jsonl") { self = .jsonl(path) }
            else if lower.hasSuffix(".json") { self = .json(path) }
            else if lower.hasSuffix(".csv") { self = .delimited(path, delimiter: UInt8(ascii: ",")) }
            else if lower.hasSuffix(".tsv") { self = .delimited(path, delimiter: 0x09) }
            else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html(path) }
            else if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { self = .warc(path) }
            else { self = .text(path) }
        }

        var path: String? {
            switch self {
            case .standardInput: nil
            case .text(let path), .jsonl(let path), .json(let path), .delimited(let path, _), .html(let path), .warc(let path): path
            }
        }
    }

    /// Extensions read when walking a directory. CSV, TSV and JSON files are read only when named
    /// or matched by a pattern: folders of annotations hold `.tsv` and `.json` files that are not articles.
    static let directoryExtensions = [".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz"]

    var policy: DecodingPolicy
    var published: CivilDate?
    var fields = FeedFields()
    var htmlMode = HTMLMode.detect
    let html: HTMLArticleReader
    /// What was read, for the summary at the end (WARC record counts, HTML articles).
    let summary = InputSummary()

    /// Expands arguments into input items, in order; directories recursively, sorted.
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
                        for entry in entries where directoryExtensions.contains(where: { entry.lowercased().hasSuffix($0) }) {
                            let path = root + "/" + entry
                            // Only regular files: opening a FIFO found in a tree would block for ever.
                            switch FileReading.kind(path) {
                            case .regular:
                                items.append(Item(path: path))
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
                        if found == 0 { problems.append(InputProblem(origin: argument, message: "directory has no .txt, .jsonl, .html or .warc files")) }
                    } catch {
                        problems.append(InputProblem(origin: argument, message: "cannot list directory: \(error)"))
                    }
                } else {
                    items.append(Item(path: argument))
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
        case .json(let path):
            try readJSONArray(path: path, body)
        case .delimited(let path, let delimiter):
            try readDelimited(path: path, delimiter: delimiter, body)
        case .html(let path):
            try body(readPage(path: path))
        case .warc(let path):
            try readWARC(path: path, body)
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
        // HTML when it starts with `<` (or with --html, unless it is JSONL), never with --no-html.
        if htmlMode != .never && (first == UInt8(ascii: "<") || (htmlMode == .always && first != UInt8(ascii: "{"))) {
            let bytes = lines.rest()
            summary.htmlArticles += 1
            var document = InputDocument(id: "stdin", source: SourceText(validatedBytes: []), published: published, origin: "stdin")
            document.html = .page(bytes: bytes, url: nil, contentType: nil)
            document.inputBytes = bytes.count
            try body(.success(document))
            return
        }
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
            case .text(let path), .jsonl(let path), .json(let path), .delimited(let path, _), .html(let path), .warc(let path):
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
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

enum ByteClassCLI {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
