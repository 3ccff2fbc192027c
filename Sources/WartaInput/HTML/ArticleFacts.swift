/// Chooses an article's title, publication time, address, site and people from what the page
/// states, in order of trust:
///
/// | fact | sources, first found wins |
/// | --- | --- |
/// | title | the `<h1>` when og:title or `<title>` starts with it; og:title; JSON-LD headline; `<title>` without a ` - Site` / ` | Site` part; the first `<h1>` |
/// | published | `article:published_time` and other date metas; JSON-LD datePublished; `<time datetime>`; a date line (`Kamis, 16 Juli 2020 18:23 WIB`) near the top of the text; a time without zone takes the zone of a date line with the same date and time |
/// | url | `<link rel=canonical>`, og:url, JSON-LD url, the caller's address |
/// | site | og:site_name, application-name, JSON-LD publisher |
/// | authors | credit lines (`Pewarta:`, `Penulis:`, `Reporter:`), JSON-LD author, bylines (`rel=author`, `itemprop=author`, without `oleh`/`by` and a ` - Site` part), meta author |
struct ArticleFacts {
    let lexicon: HTMLLexicon

    static let dateMetas = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                            "publish-date", "publish_date", "content_publisheddate", "dc.date.issued", "dc.date",
                            "date", "parsely-pub-date", "sailthru.date", "dtk:publishdate", "article:published"]

    func fill(_ article: inout ExtractedArticle, metadata: PageMetadata, tree: HTMLTree, blocks: [TextBlock],
              container: Int, credits: [(role: String, name: String, line: String)]) {
        let site = metadata.first(["og:site_name", "application-name"]) ?? metadata.jsonLD.publisher
        article.site = site
        article.title = title(metadata, site: site)
        article.url = metadata.canonical.flatMap(nonEmpty) ?? metadata.first(["og:url"]) ?? metadata.jsonLD.url ?? article.url
        article.published = published(metadata, blocks: dateLineCandidates(blocks, metadata: metadata, container: container))
        var seen = Set<String>()
        for credit in credits {
            article.credits.append(HTMLCredit(role: credit.role, name: credit.name, inText: true))
            if lexicon.authorRoles.contains(credit.role) { add(credit.name, to: &article.authors, seen: &seen) }
        }
        var metaAuthors = metadata.jsonLD.authors + metadata.bylines.compactMap(bylineName)
        if let author = metadata.first(["author", "article:author", "dc.creator", "content_author"]), !author.hasPrefix("http") {
            metaAuthors.insert(author, at: 0)
        }
        for name in metaAuthors {
            let before = article.authors.count
            add(name, to: &article.authors, seen: &seen)
            if article.authors.count > before, !credits.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                article.credits.append(HTMLCredit(role: "author", name: name, inText: false))
            }
        }
    }

    /// `oleh Warsito` -> `Warsito`; `Wahyu Setiawan - detikNews` -> `Wahyu Setiawan`; nil for
    /// anything longer than a name.
    private func bylineName(_ text: String) -> String? {
        var words = text.split(separator: " ")
        if let first = words.first, lexicon.bylinePrefixes.contains(first.lowercased().filter { $0 != ":" }) { words.removeFirst() }
        if let dash = words.firstIndex(where: { $0 == "-" || $0 == "|" || $0 == "–" }) { words = Array(words[..<dash]) }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        return words.joined(separator: " ")
    }

    private func add(_ name: String, to list: inout [String], seen: inout Set<String>) {
        let clean = name.trimmingASCIISpaces()
        guard !clean.isEmpty, seen.insert(clean.lowercased()).inserted else { return }
        list.append(clean)
    }

    private func nonEmpty(_ text: String) -> String? { text.trimmingASCIISpaces().isEmpty ? nil : text.trimmingASCIISpaces() }

    private func title(_ metadata: PageMetadata, site: String?) -> String? {
        let og = metadata.first(["og:title", "twitter:title"])
        let page = metadata.titleElement.flatMap(nonEmpty)
        for heading in metadata.headings where !heading.text.isEmpty {
            if let og, og.hasPrefix(heading.text) { return heading.text }
            if let page, page.hasPrefix(heading.text) { return heading.text }
        }
        if let og { return stripSite(og, site: site) }
        if let headline = metadata.jsonLD.headline.flatMap(nonEmpty) { return headline }
        if let page { return stripSite(page, site: site) }
        return metadata.headings.first(where: { !$0.text.isEmpty })?.text
    }

    /// `Judul berita - ANTARA News` without the site part: the last ` - `, ` | ` or ` — ` part when
    /// it names the site (or is short and the rest is long).
    private func stripSite(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            guard let range = lastRange(of: separator, in: title) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            let siteLower = site?.lowercased() ?? ""
            if !siteLower.isEmpty && (tail.lowercased().contains(siteLower) || siteLower.contains(tail.lowercased())) { return head }
            if tail.split(separator: " ").count <= 3 && head.split(separator: " ").count >= 4 { return head }
        }
        return title
    }

    private func lastRange(of separator: String, in text: String) -> Range<String.Index>? {
        var found: Range<String.Index>? = nil
        var start = text.startIndex
        while let range = text[start...].firstRange(of: separator) {
            found = range
            start = range.upperBound
        }
        return found
    }

    /// A metadata time without a zone takes the zone of a date line on the page that gives the
    /// same date and clock time (`2022/10/07 14:02:33` and `Jumat, 07 Okt 2022 14:02 WIB`).
    private func published(_ metadata: PageMetadata, blocks: [TextBlock]) -> PublishedTime? {
        guard var time = stated(metadata, blocks: blocks) else { return nil }
        guard time.utcOffsetMinutes == nil, time.iso.count >= 16 else { return time }
        let reader = DateLine(months: lexicon.months, zones: lexicon.zones)
        for block in blocks where block.length <= 80 {
            guard let line = reader.parse(block.text, source: "text"), let zone = line.utcOffsetMinutes,
                  line.iso.prefix(16) == time.iso.prefix(16) else { continue }
            time.utcOffsetMinutes = zone
            time.iso += ISODateTime.format(offset: zone)
            break
        }
        return time
    }

    /// Where a date line is looked for, in order: from the first `<h1>` on (the headline's date
    /// line, not a sidebar's), else from the container's start; then the page's first blocks.
    /// At most 400 blocks in all.
    private func dateLineCandidates(_ blocks: [TextBlock], metadata: PageMetadata, container: Int) -> [TextBlock] {
        let anchor = Int32(metadata.headings.first?.index ?? container)
        let start = blocks.firstIndex { $0.owner >= anchor } ?? 0
        return Array(blocks[start...].prefix(300)) + Array(blocks[..<start].prefix(100))
    }

    private func stated(_ metadata: PageMetadata, blocks: [TextBlock]) -> PublishedTime? {
        for key in Self.dateMetas {
            if let value = metadata.meta[key], let time = ISODateTime.parse(value, source: "meta:" + key) { return time }
        }
        if let value = metadata.jsonLD.datePublished, let time = ISODateTime.parse(value, source: "json-ld:datePublished") {
            return time
        }
        for time in metadata.times {
            if let parsed = ISODateTime.parse(time.value, source: "time") { return parsed }
        }
        let reader = DateLine(months: lexicon.months, zones: lexicon.zones)
        for block in blocks where block.length <= 80 {
            if let time = reader.parse(block.text, source: "text") { return time }
        }
        for key in Self.dateMetas {
            if let value = metadata.meta[key], let time = reader.parse(value, source: "meta:" + key) { return time }
        }
        return nil
    }
}
