/// One line of a page's visible text: the inline content between two block-level boundaries
/// (`<p>`, `<div>`, `<li>`, `<br>`, headings, ...), whitespace collapsed.
struct TextBlock: Sendable {
    var text: String
    /// The innermost block-level element holding the text.
    var owner: Int32
    /// UTF-8 bytes of text, and of the part inside links.
    var length: Int
    var linkLength: Int
    /// Space-separated words.
    var words: Int
    /// Inside `<nav>`, `<aside>`, `<footer>`, `<header>`, `<form>`, `<figure>`, `<figcaption>`,
    /// `<menu>`: never article text, whatever the container.
    var structural: Bool

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}

extension HTMLTree {
    /// The page's visible text as blocks, in document order. Script, style, media and form
    /// controls give none. An inline element whose text starts with one of `lineLabels` and a
    /// colon (`<span class="baca-juga">Baca juga: ...</span>` inside a paragraph) is a line of its own.
    func blocks(under root: Int = 0, lineLabels: [[UInt8]] = []) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var line: [UInt8] = []
        var linkLength = 0
        var words = 0
        var pendingSpace = false
        var open: [(end: Int32, index: Int32, tag: HTMLTag, breaks: Bool)] = []
        var linkDepth = 0
        var structuralDepth = 0
        var lineOwner: Int32 = Int32(root)

        func flush() {
            if !line.isEmpty {
                blocks.append(TextBlock(text: String(decoding: line, as: UTF8.self), owner: lineOwner, length: line.count,
                                        linkLength: linkLength, words: words, structural: structuralDepth > 0))
            }
            line.removeAll(keepingCapacity: true)
            linkLength = 0
            words = 0
            pendingSpace = false
        }

        var index = root
        let end = Int(nodes[root].end)
        while index < end {
            while let last = open.last, Int(last.end) <= index {
                open.removeLast()
                if last.tag == .a { linkDepth -= 1 }
                if last.tag.isStructural { structuralDepth -= 1 }
                if last.breaks { flush(); lineOwner = open.last(where: { $0.tag.isBlock })?.index ?? Int32(root) }
            }
            let node = nodes[index]
            if node.isText {
                let inLink = linkDepth > 0
                let upper = Int(node.range.upperBound)
                var at = Int(node.range.lowerBound)
                while at < upper {
                    let byte = bytes[at]
                    let noBreak = byte == 0xC2 && at + 1 < upper && bytes[at + 1] == 0xA0
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || noBreak {
                        pendingSpace = !line.isEmpty
                        at += noBreak ? 2 : 1
                        continue
                    }
                    if pendingSpace { line.append(0x20); pendingSpace = false; if inLink { linkLength += 1 } }
                    if line.isEmpty || line.last == 0x20 { words += 1 }
                    line.append(byte)
                    if inLink { linkLength += 1 }
                    at += 1
                }
                index += 1
                continue
            }
            if node.tag.isNeverText || node.tag == .title || (!node.range.isEmpty && isHidden(index)) {
                index = Int(node.end)
                continue
            }
            var breaks = node.tag.isBlock
            if node.tag.isBlock {
                flush()
                lineOwner = Int32(index)
            } else if !line.isEmpty && !lineLabels.isEmpty {
                let labelled = labelledLine(index, lineLabels)
                if labelled != .none { flush() }
                breaks = labelled == .whole
            }
            if node.tag == .a { linkDepth += 1 }
            if node.tag.isStructural { structuralDepth += 1 }
            open.append((node.end, Int32(index), node.tag, breaks))
            index += 1
        }
        flush()
        return blocks
    }
}

extension HTMLTree {
    /// How the text under element `index` starts: with one of `labels` (lowercase ASCII words),
    /// optional spaces and a colon inside the element (`.whole`: the element is the line), with the
    /// label alone (`.start`: `<b>Baca juga</b>: ...`, the line goes on after it), or not (`.none`).
    func labelledLine(_ index: Int, _ labels: [[UInt8]]) -> LabelledLine {
        var node = index + 1
        var pendingColon = false
        while node < Int(nodes[index].end) {
            let current = nodes[node]
            node += 1
            guard current.isText else { continue }
            var start = Int(current.range.lowerBound)
            let upper = Int(current.range.upperBound)
            while start < upper, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 || bytes[start] == 0x0D { start += 1 }
            if start == upper { continue }
            if pendingColon { return bytes[start] == UInt8(ascii: ":") ? .whole : .none }
            let first = bytes[start] | 0x20
            for label in labels where label.first == first && start + label.count <= upper {
                var offset = 0
                while offset < label.count, bytes[start + offset] | 0x20 == label[offset] { offset += 1 }
                guard offset == label.count else { continue }
                var after = start + offset
                while after < upper, bytes[after] == 0x20 { after += 1 }
                if after < upper { return bytes[after] == UInt8(ascii: ":") ? .whole : .none }
                pendingColon = true
                break
            }
            if !pendingColon { return .none }
        }
        return pendingColon ? .start : .none
    }

    enum LabelledLine { case none, start, whole }

    /// An element the page never shows: the `hidden` attribute, or an inline style with
    /// `display: none` or `visibility: hidden` (schema.org copies of the article, templates).
    func isHidden(_ index: Int) -> Bool {
        if attributeRange("hidden", of: index) != nil { return true }
        guard let style = attributeRange("style", of: index), style.count >= 11 else { return false }
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for offset in Int(style.lowerBound)..<Int(style.upperBound) where bytes[offset] != 0x20 {
            let byte = bytes[offset]
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard haystack.count >= pattern.count else { return false }
        for start in 0...(haystack.count - pattern.count) {
            var offset = 0
            while offset < pattern.count, haystack[start + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
        }
        return false
    }
}

extension HTMLTag {
    /// Page furniture: navigation, side boxes, page header and footer, figures and captions (not
    /// `<form>`: ASP.NET pages wrap the whole body in one).
    var isStructural: Bool {
        switch self {
        case .nav, .aside, .footer, .header, .figure, .figcaption, .menu: return true
        default: return false
        }
    }
}
