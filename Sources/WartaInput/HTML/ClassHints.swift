/// What an element's `class`, `id` and `role`/`itemprop` attributes say about it: page furniture
/// (`share-bar`, `comments`, `related-posts`), article text (`entry-content`, `itemprop=articleBody`)
/// or nothing. The hint words are data (`Lexicons/html/class-hints.tsv`); boilerplate wins over
/// content when both appear. Results are cached per distinct attribute value.
struct ClassHints {
    enum Hint: UInt8 { case none, boilerplate, content }

    let lexicon: HTMLLexicon
    private var cache: [String: Hint] = [:]

    init(lexicon: HTMLLexicon) { self.lexicon = lexicon }

    /// The hint of every node (text nodes: `.none`).
    mutating func hints(for tree: HTMLTree) -> [Hint] {
        var result = [Hint](repeating: .none, count: tree.nodes.count)
        for index in tree.nodes.indices where !tree.nodes[index].isText {
            let node = tree.nodes[index]
            if node.tag == .html || node.tag == .body || node.range.isEmpty { continue }
            if let itemprop = tree.attribute("itemprop", of: index)?.lowercased(), itemprop.contains("articlebody") {
                result[index] = .content
                continue
            }
            if let role = tree.attribute("role", of: index)?.lowercased(),
               ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog"].contains(role) {
                result[index] = .boilerplate
                continue
            }
            var key = tree.attribute("class", of: index) ?? ""
            if let id = tree.attribute("id", of: index) { key += " " + id }
            if key.isEmpty { continue }
            if let known = cache[key] {
                result[index] = known
                continue
            }
            let hint = classify(key)
            cache[key] = hint
            result[index] = hint
        }
        return result
    }

    func classify(_ value: String) -> Hint {
        let lower = Array(value.lowercased().utf8)
        if lexicon.boilerplateParts.contains(where: { contains(lower, $0) }) { return .boilerplate }
        let words = value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if words.contains(where: { lexicon.boilerplateWords.contains(String($0)) }) { return .boilerplate }
        if lexicon.contentParts.contains(where: { contains(lower, $0) }) { return .content }
        if words.contains(where: { lexicon.contentWords.contains(String($0)) }) { return .content }
        return .none
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
