import Warta

/// HTML escaping and the nesting of highlighted spans.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and line breaks are not allowed in XML/HTML text.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { result += "\u{FFFD}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// One highlighted stretch: byte range, the opening tag to write, and its closing tag.
    struct Layer {
        var range: Range<Int>
        var open: String
    }

    /// `source` as HTML with `layers` wrapped around their text. Layers that properly nest
    /// become nested elements; one that crosses another's end is closed there and reopened after,
    /// so the markup always nests.
    static func highlight(_ source: SourceText, _ layers: [Layer]) -> String {
        let layers = layers.filter { !$0.range.isEmpty && $0.range.upperBound <= source.byteCount }
            .enumerated().sorted { a, b in
                let (x, y) = (a.element.range, b.element.range)
                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                return a.offset < b.offset
            }.map(\.element)
        var points = Set<Int>([0, source.byteCount])
        for layer in layers { points.insert(layer.range.lowerBound); points.insert(layer.range.upperBound) }
        let boundaries = points.sorted()
        var html = ""
        var stack: [Int] = []          // indices into layers, innermost last
        var next = 0                   // next layer to open
        for (position, boundary) in boundaries.enumerated() {
            // Close every layer ending here; reopen the ones above it that go on.
            if let deepest = stack.firstIndex(where: { layers[$0].range.upperBound == boundary }) {
                let popped = stack[deepest...]
                html += String(repeating: "</span>", count: popped.count)
                let reopen = popped.filter { layers[$0].range.upperBound > boundary }
                stack.removeSubrange(deepest...)
                for index in reopen { html += layers[index].open; stack.append(index) }
            }
            while next < layers.count && layers[next].range.lowerBound == boundary {
                html += layers[next].open
                stack.append(next)
                next += 1
            }
            if position + 1 < boundaries.count {
                html += escape(source.text(bytes: boundary..<boundaries[position + 1]))
            }
        }
        html += String(repeating: "</span>", count: stack.count)
        return html
    }
}
