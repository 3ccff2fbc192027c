/// What an element's `class`, `id`, `role` and `itemprop` attributes say about it: page furniture
/// (`share-bar`, `comments`, `related-posts`, `role=navigation`), article text (`entry-content`,
/// `itemprop=articleBody`) or nothing. The hint words are data (`Lexicons/html/class-hints.tsv`);
/// boilerplate wins over content when both appear. Matching works on the attribute bytes
/// (ASCII-lowercased), with the `part` hints bucketed by first byte, so a page's few thousand
/// elements cost no string allocations.
struct ClassHints {
    enum Hint: UInt8 { case none, boilerplate, content }

    private struct Pattern {
        var bytes: [UInt8]
        var hint: Hint
    }

    /// `part` hints by their first byte; `word` hints in one list.
    private var parts: [[Pattern]] = Array(repeating: [], count: 256)
    private var words: [Pattern] = []
    /// ARIA landmark roles that are page furniture (a fixed vocabulary of the HTML standard).
    private static let furnitureRoles: [[UInt8]] = ["navigation", "banner", "contentinfo", "complementary", "menu",
                                                    "menubar", "dialog", "alert", "search"].map { Array($0.utf8) }
    private static let articleBody = Array("articlebody".utf8)

    init(lexicon: HTMLLexicon) {
        for part in lexicon.boilerplateParts { parts[Int(part[0])].append(Pattern(bytes: part, hint: .boilerplate)) }
        for part in lexicon.contentParts { parts[Int(part[0])].append(Pattern(bytes: part, hint: .content)) }
        words = lexicon.boilerplateWords.map { Pattern(bytes: Array($0.utf8), hint: .boilerplate) }
            + lexicon.contentWords.map { Pattern(bytes: Array($0.utf8), hint: .content) }
    }

    /// The hint of every node (text nodes, `<html>` and `<body>`: `.none`).
    func hints(for tree: HTMLTree) -> [Hint] {
        var result = [Hint](repeating: .none, count: tree.nodes.count)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(256)
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            if node.isText || node.range.isEmpty || node.tag == .html || node.tag == .body { continue }
            if let itemprop = tree.attributeRange("itemprop", of: index) {
                lowercase(tree, itemprop, into: &scratch)
                if find(Self.articleBody, in: scratch) { result[index] = .content; continue }
            }
            if let role = tree.attributeRange("role", of: index) {
                lowercase(tree, role, into: &scratch)
                if Self.furnitureRoles.contains(scratch) { result[index] = .boilerplate; continue }
            }
            scratch.removeAll(keepingCapacity: true)
            if let value = tree.attributeRange("class", of: index) { append(tree, value, to: &scratch) }
            if let value = tree.attributeRange("id", of: index) { scratch.append(0x20); append(tree, value, to: &scratch) }
            if !scratch.isEmpty { result[index] = classify(scratch) }
        }
        return result
    }

    /// The hint of a lowercase class/id value.
    func classify(_ value: [UInt8]) -> Hint {
        var found = Hint.none
        value.withUnsafeBufferPointer { bytes in
            var wordStart = 0
            for position in 0...bytes.count {
                if position < bytes.count {
                    for pattern in parts[Int(bytes[position])] where matches(pattern.bytes, bytes, at: position) {
                        if pattern.hint == .boilerplate { found = .boilerplate; return }
                        found = .content
                    }
                }
                let separator = position == bytes.count || !isAlphanumeric(bytes[position])
                guard separator else { continue }
                let length = position - wordStart
                if length > 0 {
                    for pattern in words where pattern.bytes.count == length && matches(pattern.bytes, bytes, at: wordStart) {
                        if pattern.hint == .boilerplate { found = .boilerplate; return }
                        found = .content
                    }
                }
                wordStart = position + 1
            }
        }
        return found
    }

    private func matches(_ pattern: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in buffer.indices.contains { matches(pattern, buffer, at: $0) } }
    }

    private func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    private func lowercase(_ tree: HTMLTree, _ range: Range<Int32>, into scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        append(tree, range, to: &scratch)
    }

    private func append(_ tree: HTMLTree, _ range: Range<Int32>, to scratch: inout [UInt8]) {
        for index in Int(range.lowerBound)..<Int(range.upperBound) {
            let byte = tree.bytes[index]
            scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
    }
}
