extension HTMLArticleReader {
    /// Reads an HTML fragment from a dataset field (`<p>Pariaman (ANTARA) - ...</p><p>...</p>`,
    /// `<br>`, `&quot;`, `&nbsp;`): the whole fragment is the article, so nothing is removed but
    /// scripts, styles and media; block elements and `<br>` become line breaks, entities are decoded
    /// and whitespace is collapsed. Trailing credit lines stay in the text and are also listed in
    /// `credits`.
    public func readFragment(_ html: String) -> ExtractedArticle {
        var article = ExtractedArticle()
        let wrapped = Array(("<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>").utf8)
        guard let tree = wrapped.withUnsafeBytes({ LibXML.parse($0, encoding: "utf-8") }) else { return article }
        let blocks = tree.blocks(lineLabels: lexicon.relatedLabelBytes)
        let main = MainText(lexicon: lexicon)
        article.text = blocks.map(\.text).joined(separator: "\n")
        for block in blocks {
            for credit in main.creditLines(block.text) {
                article.credits.append(HTMLCredit(role: credit.role, name: credit.name, inText: true))
                if lexicon.authorRoles.contains(credit.role) { article.authors.append(credit.name) }
            }
        }
        return article
    }

    /// Whether text looks like HTML markup rather than plain text: a tag such as `<p>`, `<br>`,
    /// `<div`, `</`, `<!DOCTYPE`, `<html`, or an entity such as `&nbsp;`, `&quot;`, `&#8220;`, in
    /// the first 2 KB. Cheap enough to ask of every dataset field.
    public static func looksLikeHTML(_ text: String) -> Bool {
        looksLikeHTML(text.utf8)
    }

    /// `looksLikeHTML` over bytes (`-` input, a file's first bytes).
    public static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var index = 0
        var iterator = bytes.makeIterator()
        var window: [UInt8] = []
        window.reserveCapacity(16)
        while let byte = iterator.next(), index < 2048 {
            index += 1
            if previous == UInt8(ascii: "<") {
                let lower = byte | 0x20
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || (lower >= 0x61 && lower <= 0x7A) {
                    // `<p>`, `<br`, `</`, `<!DOCTYPE`, `<div`: a letter right after `<` then a name and `>` or space.
                    var name: [UInt8] = [lower]
                    var closed = false
                    while let next = iterator.next(), index < 2048 {
                        index += 1
                        let nextLower = next | 0x20
                        if nextLower >= 0x61 && nextLower <= 0x7A || (next >= 0x30 && next <= 0x39) { name.append(nextLower); continue }
                        closed = next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "/") || next == 0x0A
                        previous = next
                        break
                    }
                    if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || (closed && name.count <= 10) { return true }
                    continue
                }
            }
            if byte == UInt8(ascii: "&") {
                window.removeAll(keepingCapacity: true)
            } else if !window.isEmpty || previous == UInt8(ascii: "&") {
                if byte == UInt8(ascii: ";") {
                    if window.count >= 2 && window.count <= 8 { return true }
                    window.removeAll(keepingCapacity: true)
                } else if window.count < 9, (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "#") {
                    window.append(byte)
                } else {
                    window.removeAll(keepingCapacity: true)
                }
            }
            previous = byte
        }
        return false
    }
}

extension String {
    /// Plain text with its line breaks as `<br>`, so the fragment reader keeps them as lines.
    func replacingNewlines() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "\n", "\r\n": out += "<br>"
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }
}
