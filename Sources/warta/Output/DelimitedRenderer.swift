import Warta

/// `csv` and `tsv`: one row per entity (quote, speaker span, figure, date, organisation, person),
/// with the article id, offsets, the normalised value and every normalised field in its own column.
/// CSV quotes fields as RFC 4180 says; TSV has no quoting, so tabs and line breaks inside a field
/// become spaces there (the offsets still point into the original text).
struct DelimitedRenderer: ArticleRenderer {
    let separator: Character

    /// Normalised fields, one column each; a kind fills the ones that apply to it.
    static let detailColumns = [
        "figure_kind", "value_max", "unit", "counted", "approximate", "qualifier",
        "date_kind", "granularity", "mod", "anchor", "resolved",
        "org_id", "org_kind", "acronym", "role", "organisation", "direct", "verb",
    ]
    static let columns = ["id", "kind", "label", "start", "end", "byte_start", "byte_end", "text", "value"]
        + detailColumns + ["quote", "rule"]

    var header: String { Self.columns.joined(separator: String(separator)) + "\n" }

    func render(_ article: AnalysedArticle) throws -> RenderedArticle {
        var text = ""
        for mention in article.record.mentions {
            var fields = [article.record.id, mention.kind, mention.label, String(mention.span.start), String(mention.span.end),
                          String(mention.span.byteStart), String(mention.span.byteEnd), mention.span.text, mention.value ?? ""]
            fields += Self.detailColumns.map { mention.detail($0) ?? "" }
            fields += [mention.quoteIndex.map(String.init) ?? "", mention.rule]
            text += fields.map(escape).joined(separator: String(separator))
            text += "\n"
        }
        return RenderedArticle(output: Array(text.utf8))
    }

    func escape(_ field: String) -> String {
        if separator == "\t" {
            return String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
