import FoundationEssentials

/// Paths inside this repository, for tests (found from this file's location, so tests work from
/// any working directory and never reach outside the clone).
public enum Repository {
    /// The repository root.
    public static let root: String = {
        var path = #filePath
        for _ in 0..<3 {
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }()

    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The text of a repository file, or "" when it is missing.
    public static func read(_ relative: String) -> String {
        guard let data = FileManager.default.contents(atPath: path(relative)) else {
            return ""  // a missing case file shows up as a failing case count, not a crash
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Files directly in `folder` with `suffix`, sorted.
    public static func files(in folder: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder + "/" + $0 }
    }

    /// The built `warta` executable beside the test bundle.
    public static var wartaExecutable: String {
        let candidates = [".build/debug/warta", ".build/release/warta"].map(path)
        if let build = ProcessInfo.processInfo.environment["WARTA_BINARY"] { return build }
        // The test runner lives in the same build folder as the executable.
        for argument in CommandLine.arguments.prefix(1) + [ProcessInfo.processInfo.arguments.first ?? ""] {
            guard let last = argument.lastIndex(of: "/") else { continue }
            let sibling = String(argument[..<last]) + "/warta"
            if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }
}

/// One line of a table-driven case file: its fields and line number.
public struct CaseLine: Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let fields: [String]
    public var description: String { "\(file):\(line)" }
}

/// Reads a TAB-separated case file from the corpus: `#` lines and blank lines skipped, `\n` in a
/// field stands for a line feed and `\r` for a carriage return.
public enum CaseTable {
    static func unescape(_ text: String) -> String {
        text.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n")
            .split(separator: "\\r", omittingEmptySubsequences: false).joined(separator: "\r")
    }

    public static func load(_ relative: String, minimumFields: Int) -> [CaseLine] {
        var cases: [CaseLine] = []
        var number = 0
        for rawScalars in Repository.read(relative).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let raw = Substring(rawScalars).hasSuffix("\r") ? Substring(rawScalars).dropLast() : Substring(rawScalars)
            number += 1
            if raw.hasPrefix("#") || raw.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                unescape(String($0))
            }
            if fields.count >= minimumFields { cases.append(CaseLine(file: relative, line: number, fields: fields)) }
            else { cases.append(CaseLine(file: relative, line: number, fields: fields + Array(repeating: "<missing field>", count: minimumFields - fields.count))) }
        }
        return cases
    }
}
