import Warta

/// `displacy`: a JSON array of `{"text", "ents": [{"start", "end", "label"}], "title"}` objects,
/// the input of spaCy's `displacy.render(docs, style="ent", manual=True)`. Offsets are code points
/// (Python string indices). displaCy's `ent` style cannot nest, so `ents` is
/// `ArticleRecord.flatMentions`: quotes appear only where they contain no other entity (the
/// html format shows everything).
struct DisplacyRenderer: ArticleRenderer {
    var header: String { "[" }
    func separator(before index: Int) -> String { index == 0 ? "\n" : ",\n" }
    func footer(count: Int) -> String { count > 0 ? "\n]\n" : "]\n" }

    func render(_ article: AnalysedArticle) throws -> RenderedArticle {
        let entities = article.record.flatMentions.map { Entity(start: $0.span.start, end: $0.span.end, label: $0.label) }
        let title = article.record.title ?? article.record.id
        let doc = Doc(text: article.document.source.string, ents: entities, title: title)
        return RenderedArticle(output: try RecordJSON.encodeBytes(doc))
    }

    struct Entity: Encodable {
        var start: Int, end: Int, label: String
        enum CodingKeys: String, CodingKey { case start, end, label }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(label, forKey: .label)
        }
    }

    struct Doc: Encodable {
        var text: String, ents: [Entity], title: String
        enum CodingKeys: String, CodingKey { case text, ents, title }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text); try c.encode(ents, forKey: .ents); try c.encode(title, forKey: .title)
        }
    }
}
