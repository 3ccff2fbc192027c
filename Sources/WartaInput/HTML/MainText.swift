/// Finds a page's article text among its blocks (boilerplate removal).
///
/// 1. Every block is judged on its own: `good` (a sentence-length line with few links), `short`
///    (a heading, a byline, a short paragraph), `bad` (page furniture: inside `<nav>`, `<aside>`,
///    `<footer>`, `<header>`, `<form>`, `<figure>`; mostly links; a box title such as
///    `Berita Terkait`), `related` (`Baca juga: ...`) or `credit` (`Pewarta: ...`).
/// 2. The container (where a good block between link lists, a teaser in a list of other
///    stories, counts as short): each block adds its value to its element and every ancestor (good text
///    counts its length less its links, furniture and link lists count against); the element with
///    the highest total wins, so it holds the article's paragraphs and as little else as possible.
///    Elements marked as article text (`<article>`, `itemprop=articleBody`, `entry-content`) get a
///    bonus, elements whose class/id say `share`, `comment`, `related` count against.
/// 3. Inside the container, blocks under furniture-marked elements and bad blocks go; short blocks
///    stay when good text surrounds them (headings when good text follows).
struct MainText {
    enum Kind: UInt8 { case good, short, bad, related, credit }

    struct Result {
        var lines: [String]
        var credits: [(role: String, name: String, line: String)]
        var container: Int
    }

    let lexicon: HTMLLexicon

    func extract(tree: HTMLTree, blocks: [TextBlock], hints: [ClassHints.Hint]) -> Result {
        let nodes = tree.nodes
        var kinds = blocks.map(classify)
        var scored = kinds
        demoteTeasers(&scored, blocks: blocks)
        // Good text under each element: a class saying `sidebar` or `comments` on an element that
        // holds a third of the page's good text is a theme's layout name (`has-sidebar`), not furniture.
        var good = [Int](repeating: 0, count: nodes.count)
        for (position, block) in blocks.enumerated() where kinds[position] == .good { good[Int(block.owner)] += block.length }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 { good[Int(nodes[index].parent)] += good[index] }
        let layoutShare = Double(good[0]) * 0.35
        // Nearest boilerplate-marked ancestor (or self) of every node, -1 when none.
        var boiler = [Int32](repeating: -1, count: nodes.count)
        for index in nodes.indices {
            let parent = Int(nodes[index].parent)
            let inherited = parent >= 0 ? boiler[parent] : -1
            let marked = hints[index] == .boilerplate && (Double(good[index]) < layoutShare || good[index] == 0)
            boiler[index] = marked ? Int32(index) : inherited
        }
        // A box title takes its box with it.
        for (position, block) in blocks.enumerated() where kinds[position] == .bad && isBoxTitle(block.text) {
            let owner = Int(block.owner)
            let box = nodes[owner].tag.isHeading || nodes[owner].tag == .p || nodes[owner].tag == .span
                ? Int(nodes[owner].parent) : owner
            if box > 0 && nodes[box].tag != .body { boiler[box] = Int32(box); markBoiler(box, in: &boiler, nodes: nodes) }
        }
        // Container scores.
        var score = [Double](repeating: 0, count: nodes.count)
        for (position, block) in blocks.enumerated() {
            let length = Double(block.length)
            var value: Double
            switch scored[position] {
            case .good: value = length * (1 - 1.5 * block.linkDensity)
            case .short: value = block.linkDensity > 0.5 ? -0.5 * length : 0
            case .bad: value = -0.5 * length
            case .related, .credit: value = 0
            }
            if boiler[Int(block.owner)] >= 0 && value > 0 { value = -0.3 * length }
            score[Int(block.owner)] += value
        }
        var total = score
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            total[Int(nodes[index].parent)] += total[index]
        }
        var best = 0
        var bestScore = -Double.infinity
        for index in nodes.indices where !nodes[index].isText && total[index] > 0 {
            var value = total[index]
            if hints[index] == .content || nodes[index].tag == .article { value *= 1.15 }
            if hints[index] == .boilerplate { value *= 0.6 }
            if value > bestScore { bestScore = value; best = index }
        }
        let end = Int32(nodes[best].end)
        let container = Int32(best)
        // Blocks inside the container, with furniture inside it removed.
        var chosen: [Int] = []
        for position in blocks.indices {
            let owner = blocks[position].owner
            guard owner >= container && owner < end else { continue }
            let marked = boiler[Int(owner)]
            if marked > container && kinds[position] != .related && kinds[position] != .credit { kinds[position] = .bad }
            if nodes[Int(owner)].tag == .h1 { kinds[position] = .bad }
            chosen.append(position)
        }
        var lines: [String] = []
        var credits: [(role: String, name: String, line: String)] = []
        for (offset, position) in chosen.enumerated() {
            let block = blocks[position]
            switch kinds[position] {
            case .good, .related:
                lines.append(block.text)
            case .credit:
                for credit in creditLines(block.text) { credits.append((credit.role, credit.name, block.text)) }
            case .bad:
                continue
            case .short:
                let heading = nodes[Int(block.owner)].tag.isHeading
                let before = neighbour(of: offset, step: -1, in: chosen, kinds: kinds)
                let after = neighbour(of: offset, step: 1, in: chosen, kinds: kinds)
                if (heading && after == .good) || (before == .good && after == .good) { lines.append(block.text) }
            }
        }
        // Credit lines the page prints outside the container (after it, in a byline box).
        if credits.isEmpty {
            for position in blocks.indices where kinds[position] == .credit && !blocks[position].structural {
                for credit in creditLines(blocks[position].text) { credits.append((credit.role, credit.name, blocks[position].text)) }
            }
        }
        return Result(lines: lines, credits: credits, container: best)
    }

    /// A good block with link lists on both sides (short blocks between do not count) is a teaser
    /// in a list of other stories (`title link, date, summary, title link, ...`), not a paragraph,
    /// when the page also has paragraphs that follow each other. It then counts as a short block.
    private func demoteTeasers(_ kinds: inout [Kind], blocks: [TextBlock]) {
        var previous: Kind = .bad
        var hasRun = false
        var neighbours: [Kind] = Array(repeating: .bad, count: kinds.count)  // the previous non-short kind
        for index in kinds.indices {
            neighbours[index] = previous
            if kinds[index] == .good && previous == .good { hasRun = true }
            if kinds[index] == .good || kinds[index] == .bad { previous = kinds[index] }
        }
        guard hasRun else { return }
        var next: Kind = .bad
        for index in kinds.indices.reversed() {
            let kind = kinds[index]
            if kind == .good, neighbours[index] == .bad, next == .bad, blocks[index].length < 700 { kinds[index] = .short }
            if kind == .good || kind == .bad { next = kind }
        }
    }

    private func markBoiler(_ box: Int, in boiler: inout [Int32], nodes: [HTMLTree.Node]) {
        var index = box + 1
        while index < Int(nodes[box].end) {
            if boiler[index] < 0 || boiler[index] < Int32(box) { boiler[index] = Int32(box) }
            index += 1
        }
    }

    /// The nearest good or bad block (short ones are skipped) before or after `offset`.
    private func neighbour(of offset: Int, step: Int, in chosen: [Int], kinds: [Kind]) -> Kind {
        var index = offset + step
        while index >= 0 && index < chosen.count {
            let kind = kinds[chosen[index]]
            if kind == .good || kind == .bad { return kind }
            if kind == .related { return .good }
            index += step
        }
        return .bad
    }

    func classify(_ block: TextBlock) -> Kind {
        let small = block.length <= 400
        if block.structural { return small && creditLine(block.text) != nil ? .credit : .bad }
        if small && isRelatedLine(block.text) { return .related }
        if block.words <= 12, creditLine(block.text) != nil { return .credit }
        if isBoxTitle(block.text) { return .bad }
        // Mostly links: a menu or a list of stories; a long line with a linked lead-in may be text.
        if block.linkDensity > 0.5 { return block.words >= 25 && block.linkDensity <= 0.7 ? .short : .bad }
        if let first = block.text.utf8.first, first == 0xC2 || first == UInt8(ascii: "c") || first == UInt8(ascii: "C"),
           block.text.hasPrefix("©") || block.text.prefix(9).lowercased() == "copyright" { return .bad }
        // Scripts written without spaces (Japanese, Chinese, Thai) have few "words": length counts too.
        if (block.words >= 12 || block.length >= 150) && block.linkDensity <= 0.33 { return .good }
        if block.words >= 20 && block.linkDensity <= 0.5 { return .good }
        if block.words >= 6, block.linkDensity < 0.2, let last = block.text.unicodeScalars.last, ".!?\"”’".unicodeScalars.contains(last) { return .good }
        return .short
    }

    func isBoxTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        var lower = text.lowercased()
        while let last = lower.last, last == ":" || last == " " || last == "»" || last == ">" { lower.removeLast() }
        return lexicon.boxTitles.contains(lower)
    }

    func isRelatedLine(_ text: String) -> Bool {
        guard text.utf8.count < 400, let colon = text.utf8.prefix(24).firstIndex(of: UInt8(ascii: ":")) else { return false }
        let lower = text[..<colon].lowercased()
        return lexicon.relatedLabels.contains { label in
            lower.hasPrefix(label) && lower.dropFirst(label.count).allSatisfy { $0 == " " }
        }
    }

    /// `Pewarta: Ahmad Wijaya` as (role, name).
    func creditLine(_ text: String) -> (role: String, name: String)? {
        creditLines(text).first
    }

    /// The credits of a line: `Pewarta: A`, or several joined by a slash or bar (`Rep: A/ Red: B`,
    /// `Pewarta: A | Editor: B`), each with a label of `article/credit-labels.txt`.
    func creditLines(_ text: String) -> [(role: String, name: String)] {
        guard text.utf8.count <= 120 else { return [] }
        var credits: [(role: String, name: String)] = []
        var rest = Substring(text)
        while let colon = rest.utf8.prefix(24).firstIndex(of: UInt8(ascii: ":")) {
            let label = rest[..<colon].trimmingCharacters(in: " ").lowercased()
            guard lexicon.creditLabels.contains(label) else { break }
            var name = rest[rest.index(after: colon)...]
            rest = ""
            // A slash or bar followed by another label starts the next credit.
            for separator in name.indices where name[separator] == "/" || name[separator] == "|" {
                let after = name[name.index(after: separator)...]
                if let next = after.utf8.prefix(24).firstIndex(of: UInt8(ascii: ":")),
                   lexicon.creditLabels.contains(after[..<next].trimmingCharacters(in: " ").lowercased()) {
                    rest = after
                    name = name[..<separator]
                    break
                }
            }
            let trimmed = String(name).trimmingASCIISpaces()
            if trimmed.isEmpty { break }
            credits.append((label, trimmed))
        }
        return credits
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var slice = self
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return slice
    }
}
