/// The facts a page states about its article outside the text: `<meta>` properties (Open Graph,
/// `article:published_time`, `author`, `pubdate`), the canonical link, `<title>`, `<h1>`,
/// `<time datetime>` and JSON-LD.
struct PageMetadata {
    /// Meta `property`/`name`/`itemprop` (lowercase) to content, first occurrence wins.
    var meta: [String: String] = [:]
    var canonical: String?
    var titleElement: String?
    var headings: [(index: Int, text: String)] = []
    var times: [(index: Int, value: String)] = []
    /// Text of `rel=author` links and `itemprop=author` elements (bylines), in page order.
    var bylines: [String] = []
    var jsonLD = JSONLD(scripts: [])

    init(tree: HTMLTree) {
        var scripts: [String] = []
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            switch node.tag {
            case .meta:
                guard let content = tree.attribute("content", of: index) else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = Self.attributeValue(tree, key, index)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case .link:
                if canonical == nil, tree.attribute("rel", of: index)?.lowercased() == "canonical" {
                    canonical = tree.attribute("href", of: index)
                }
            case .title:
                if titleElement == nil { titleElement = tree.collapsedText(of: index) }
            case .h1:
                headings.append((index, tree.collapsedText(of: index, skipping: { $0.isNeverText })))
            case .a, .span, .div, .p:
                let marked = (node.tag == .a && tree.attribute("rel", of: index)?.lowercased() == "author")
                    || tree.attribute("itemprop", of: index)?.lowercased() == "author"
                if marked { bylines.append(tree.collapsedText(of: index, skipping: { $0.isNeverText })) }
            case .time:
                if let value = tree.attribute("datetime", of: index) { times.append((index, value)) }
            case .script:
                if tree.attribute("type", of: index)?.lowercased() == "application/ld+json" {
                    scripts.append(tree.collapsedText(of: index))
                }
            default:
                continue
            }
        }
        jsonLD = JSONLD(scripts: scripts)
    }

    private static func attributeValue(_ tree: HTMLTree, _ key: String, _ index: Int) -> String? {
        switch key {
        case "property": return tree.attribute("property", of: index)
        case "name": return tree.attribute("name", of: index)
        case "itemprop": return tree.attribute("itemprop", of: index)
        default: return tree.attribute("http-equiv", of: index)
        }
    }

    /// The first non-empty meta value among `keys`.
    func first(_ keys: [String]) -> String? {
        for key in keys { if let value = meta[key]?.trimmingASCIISpaces(), !value.isEmpty { return value } }
        return nil
    }
}
