import FoundationEssentials
import WartaLexiconData

/// Where Warta's data comes from: the lexicon files embedded in the binary at build time,
/// optionally overridden or extended by a directory given at run time (`--lexicons DIR`), whose
/// files replace embedded files of the same relative path.
public struct LexiconStore: Sendable {
    private let files: [String: String]
    /// The override directory, if any.
    public let directory: String?

    /// The lexicons embedded in this build.
    public static let embedded = LexiconStore(files: Dictionary(embeddedLexiconFiles.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a }), directory: nil)

    private init(files: [String: String], directory: String?) {
        self.files = files
        self.directory = directory
    }

    /// The embedded lexicons overlaid with every `.txt`/`.tsv` file under `directory`.
    public init(overridingWith directory: String) throws(LexiconError) {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
            throw LexiconError(path: directory, line: nil, message: "lexicon directory not found (give --lexicons a folder like the repository's Lexicons/)")
        }
        var files = LexiconStore.embedded.files
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let listing: [String]
        do { listing = try FileManager.default.subpathsOfDirectory(atPath: root).sorted() } catch {
            throw LexiconError(path: directory, line: nil, message: "cannot list lexicon directory: \(error)")
        }
        for relative in listing {
            guard relative.hasSuffix(".txt") || relative.hasSuffix(".tsv") else { continue }
            let full = root + "/" + relative
            guard let data = FileManager.default.contents(atPath: full) else {
                throw LexiconError(path: full, line: nil, message: "cannot read lexicon file")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw LexiconError(path: full, line: nil, message: "lexicon file is not valid UTF-8")
            }
            files[relative] = text
        }
        self.init(files: files, directory: root)
    }

    /// Relative paths of every lexicon file available, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The parsed file at `path` (relative to the lexicon root).
    public func file(_ path: String) throws(LexiconError) -> LexiconFile {
        guard let contents = files[path] else {
            throw LexiconError(path: path, line: nil, message: "no such lexicon file (embedded files: \(paths.count))")
        }
        return LexiconFile(path: path, contents: contents)
    }

    /// The raw text of the file at `path`.
    public func contents(_ path: String) -> String? { files[path] }
}

/// A lexicon that is missing or malformed: which file, which line, what is wrong.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
