/// Which column (CSV/TSV) or key (JSON, JSONL) of a dataset holds each part of an article.
///
/// Each role has names tried in order, case-insensitively: the defaults below, or the one name
/// a user gave (`--text-column isi`). A named column that a file lacks is an error for that file;
/// a default that matches nothing leaves the part empty, except the text, which is required.
public struct FeedFields: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case text, id, published, title, url
    }

    public static let defaultNames: [Role: [String]] = [
        .text: ["text", "content", "isi", "body", "artikel"],
        .id: ["id"],
        .published: ["published", "date", "tanggal"],
        .title: ["title", "judul"],
        .url: ["url", "link"],
    ]

    /// The names tried for each role, in order.
    public private(set) var names: [Role: [String]]
    /// Roles whose name the user gave: a file without that column is an error.
    public private(set) var explicit: Set<Role> = []

    public init() { names = Self.defaultNames }

    /// The defaults, with the given roles' names replaced by one explicit name each.
    public init(overriding given: [Role: String]) {
        names = Self.defaultNames
        for (role, name) in given {
            names[role] = [name]
            explicit.insert(role)
        }
    }

    /// The column of each role in `header` (the index of the first name that matches), or an
    /// error naming what is missing and what the header has.
    public func columns(in header: [String]) throws(InputFormatError) -> [Role: Int] {
        let folded = header.map { $0.lowercased() }
        var found: [Role: Int] = [:]
        for role in Role.allCases {
            for name in names[role] ?? [] {
                if let index = folded.firstIndex(of: name.lowercased()) {
                    found[role] = index
                    break
                }
            }
            if found[role] == nil && (explicit.contains(role) || role == .text) {
                let flag = "--\(role == .published ? "date" : role.rawValue)-column"
                let listed = header.prefix(12).joined(separator: ", ") + (header.count > 12 ? ", ..." : "")
                let wanted = explicit.contains(role) ? "no column \"\(names[role]![0])\"" :
                    "no text column (looked for \((names[role] ?? []).joined(separator: ", ")))"
                throw InputFormatError("\(wanted); the header has: \(listed). Name the column with \(flag)")
            }
        }
        return found
    }
}

/// One article as a dataset row or JSON object gives it, before any HTML in it is read.
public struct FeedArticle: Sendable, Equatable {
    public var id: String?
    public var text: String
    /// The date as written in the data (`2020-07-16`, `Kamis, 16 Juli 2020 18:23 WIB`).
    public var published: String?
    public var title: String?
    public var url: String?

    public init(id: String? = nil, text: String, published: String? = nil, title: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.published = published
        self.title = title
        self.url = url
    }

    /// The article in a CSV/TSV row, given the columns `FeedFields.columns(in:)` found. Empty
    /// optional cells are nil.
    public init(row: [String], columns: [FeedFields.Role: Int]) {
        func cell(_ role: FeedFields.Role) -> String? {
            guard let index = columns[role], index < row.count else { return nil }
            let value = row[index].trimmingSpaces
            return value.isEmpty ? nil : value
        }
        let textIndex = columns[.text] ?? 0
        self.init(id: cell(.id), text: textIndex < row.count ? row[textIndex] : "", published: cell(.published),
                  title: cell(.title), url: cell(.url))
    }
}
