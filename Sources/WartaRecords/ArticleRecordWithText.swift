/// A record followed by its article's text, as `warta extract --include-text` writes it: the
/// record's members in their usual order, then `"text"`. `warta render` reads such records back
/// and checks every span against the text.
public struct ArticleRecordWithText: Encodable, Sendable {
    public var record: ArticleRecord
    public var text: String

    public init(record: ArticleRecord, text: String) {
        self.record = record
        self.text = text
    }

    enum Keys: String, CodingKey { case text }

    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(text, forKey: .text)
    }
}
