import Warta

/// `html`: a self-contained page (no network, no external files) that shows each article's text
/// with quotes, speakers, people, organisations, dates and figures highlighted, a legend whose
/// boxes switch each kind on and off, the normalised values on hover, and per-article tables of
/// quotes (with speakers), figures, dates, organisations and people. To standard output it writes
/// one page for the whole batch; with `--output-dir` one page per article plus `index.html`.
struct HTMLRenderer: ArticleRenderer {
    let perArticlePages: Bool

    var header: String { perArticlePages ? "" : Self.pageStart(title: "Warta", subtitle: "extracted entities") }
    func footer(count: Int) -> String { perArticlePages ? "" : Self.pageEnd }

    func render(_ article: AnalysedArticle) throws -> RenderedArticle {
        let body = Self.article(article)
        if perArticlePages {
            let title = article.record.title ?? article.record.id
            let page = Self.pageStart(title: title, subtitle: article.record.id, counts: Self.counts(article.record)) + body + Self.pageEnd
            return RenderedArticle(files: [(".html", Array(page.utf8))])
        }
        return RenderedArticle(output: Array(body.utf8))
    }

    static func counts(_ record: ArticleRecord) -> [String: Int] {
        var counts: [String: Int] = [:]
        for mention in record.mentions { counts[mention.label, default: 0] += 1 }
        counts["LAYOUT"] = record.related.count + record.credits.count + (record.dateline == nil ? 0 : 1)
        return counts
    }

    static func pageStart(title: String, subtitle: String, counts: [String: Int]? = nil) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="warta extract --format html"/>
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(HTMLStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title)) <small>\(HTMLText.escape(subtitle))</small></h1>
            <div class="legend">
            """
        for label in Mention.labels + ["LAYOUT"] {
            let count = counts.map { " <span class=\"count\">\($0[label] ?? 0)</span>" } ?? ""
            html += "<label><input type=\"checkbox\" checked=\"checked\" value=\"\(label)\"/> <span class=\"swatch\" style=\"background:\(label == "LAYOUT" ? "#fff" : HTMLStyle.colour(of: label))\"></span>\(HTMLStyle.name(of: label))\(count)</label>\n"
        }
        return html + "</div>\n</header>\n<main>\n"
    }

    static let pageEnd = "</main>\n<script>\n\(HTMLStyle.script)\n</script>\n</body>\n</html>\n"

    /// One `<article>`: heading, highlighted text, tables.
    static func article(_ article: AnalysedArticle) -> String {
        let record = article.record
        let source = article.document.source
        let mentions = record.mentions
        // HTML ids may hold anything but white space.
        let anchor = String(("article-" + record.id).map { $0.isWhitespace ? "_" : $0 })
        var html = "<article id=\"\(HTMLText.escape(anchor))\">\n"
        html += "<h2>\(HTMLText.escape(record.title ?? record.id))</h2>\n"
        var meta = ["id \(record.id)"]
        if let published = record.published { meta.append("published \(published)") }
        if let inferred = record.publishedInferred { meta.append("dated by the article \(inferred.date)") }
        if let url = record.url { meta.append(url) }
        if !record.sentences.isEmpty { meta.append("\(record.sentences.count) sentences") }
        html += "<p class=\"meta\">\(HTMLText.escape(meta.joined(separator: " · ")))</p>\n"
        for warning in record.warnings {
            html += "<p class=\"warning\">⚠ \(HTMLText.escape(warning.description))</p>\n"
        }
        var layers = mentions.map { mention in
            var attributes = "class=\"m \(mention.label)\" title=\"\(HTMLText.escape(tooltip(mention)))\""
            if let index = mention.quoteIndex { attributes += " data-quote=\"\(index)\"" }
            return HTMLText.Layer(range: mention.span.byteRange, open: "<span \(attributes)>")
        }
        var layout: [(Span, String)] = record.related.map { ($0, "Baca juga (not analysed)") } + record.credits.map { ($0.name, "Credit: \($0.role)") }
        if let dateline = record.dateline { layout.append((dateline.span, "Dateline: \(dateline.place.text) / \(dateline.agency.text)")) }
        layers += layout.map { span, title in
            HTMLText.Layer(range: span.byteRange, open: "<span class=\"m LAYOUT\" title=\"\(HTMLText.escape(title))\">")
        }
        html += "<div class=\"text\">\(HTMLText.highlight(source, layers))</div>\n"
        html += tables(record)
        return html + "</article>\n"
    }

    static func tooltip(_ mention: Mention) -> String {
        var lines = [HTMLStyle.name(of: mention.label) + (mention.value.map { ": \($0)" } ?? "")]
        lines += mention.details.map { "\($0.name): \($0.value)" }
        lines.append("offsets \(mention.span.start)–\(mention.span.end)" + (mention.rule.isEmpty ? "" : " · rule \(mention.rule)"))
        return lines.joined(separator: "\n")
    }

    static func tables(_ record: ArticleRecord) -> String {
        var html = ""
        func section(_ title: String, _ count: Int, _ headings: [String], _ rows: [[String]]) {
            html += "<details\(count > 0 ? " open=\"open\"" : "")><summary>\(title) (\(count))</summary>\n"
            if rows.isEmpty { html += "<p class=\"empty\">none found</p></details>\n"; return }
            html += "<table><thead><tr>" + headings.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            for row in rows { html += "<tr>" + row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n" }
            html += "</tbody></table></details>\n"
        }
        section("Quotes", record.quotes.count, ["speaker", "role", "quote", "cue", "direct"], record.quotes.map { quote in
            [quote.speaker?.name ?? quote.speaker?.organisation ?? "?", quote.speaker?.role ?? "", quote.text, quote.verb ?? "", quote.direct ? "direct" : "reported"]
        })
        section("Figures", record.figures.count, ["text", "kind", "value", "unit", "counted"], record.figures.map { figure in
            let value = figure.value.map { "\($0)" } ?? "?"
            return [figure.text, figure.kind, figure.valueMax.map { "\(value)–\($0)" } ?? value, figure.unit ?? "", figure.counted ?? ""]
        })
        section("Dates", record.dates.count, ["text", "kind", "value", "granularity"], record.dates.map { date in
            [date.text, date.kind, date.value, date.granularity]
        })
        section("Organisations", record.organisations.count, ["text", "canonical", "kind"], record.organisations.map { organisation in
            [organisation.text, organisation.canonical, organisation.kind]
        })
        section("People", record.persons.count, ["text", "canonical", "role", "organisation"], record.persons.map { person in
            [person.text, person.canonical, person.role ?? "", person.organisation ?? ""]
        })
        return html
    }
}
