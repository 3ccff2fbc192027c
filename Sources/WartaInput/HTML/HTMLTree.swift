/// A parsed HTML page as flat arrays in document order (parents before children), copied out of
/// libxml2's tree once so that every later pass is plain Swift over contiguous memory.
///
/// Text and attribute values live in one byte buffer (`bytes`, UTF-8 as libxml2 produced it,
/// entities decoded); nodes refer to it by range. Node 0 is the document's root element.
struct HTMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        var tag: HTMLTag
        /// Index of the parent node, -1 for the root.
        var parent: Int32
        /// Index one past this node's last descendant: descendants are `index + 1 ..< end`.
        var end: Int32
        /// For a text node, its text in `bytes`; for an element, its attributes in `attributes`.
        var range: Range<Int32>
        var isText: Bool { tag == .text }
    }

    /// One attribute: name and value ranges in `bytes`.
    struct Attribute: Sendable {
        var name: Range<Int32>
        var value: Range<Int32>
    }

    var nodes: [Node] = []
    var attributes: [Attribute] = []
    var bytes: [UInt8] = []

    /// The text of a range of `bytes`.
    func string(_ range: Range<Int32>) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(range.lowerBound)..<Int(range.upperBound)]), as: UTF8.self)
        }
    }

    /// The value of attribute `name` (lowercase ASCII) of element `node`, if present.
    func attribute(_ name: StaticString, of node: Int) -> String? {
        attributeRange(name, of: node).map(string)
    }

    /// The byte range of attribute `name`'s value of element `node`, if present.
    func attributeRange(_ name: StaticString, of node: Int) -> Range<Int32>? {
        let element = nodes[node]
        guard !element.isText else { return nil }
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for index in Int(element.range.lowerBound)..<Int(element.range.upperBound) {
            let attribute = attributes[index]
            guard attribute.name.count == wanted.count else { continue }
            var same = true
            for offset in 0..<wanted.count where bytes[Int(attribute.name.lowerBound) + offset] | 0x20 != wanted[offset] | 0x20 {
                same = false
                break
            }
            if same { return attribute.value }
        }
        return nil
    }

    /// The text of every text node under `node`, whitespace runs collapsed to one space, trimmed.
    func collapsedText(of node: Int, skipping skipped: (HTMLTag) -> Bool = { _ in false }) -> String {
        var out: [UInt8] = []
        var index = node
        let end = Int(nodes[node].end)
        var pendingSpace = false
        while index < end {
            let current = nodes[index]
            if current.isText {
                for byte in bytes[Int(current.range.lowerBound)..<Int(current.range.upperBound)] {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                        pendingSpace = !out.isEmpty
                    } else {
                        if pendingSpace { out.append(0x20); pendingSpace = false }
                        out.append(byte)
                    }
                }
                index += 1
            } else if index != node && skipped(current.tag) {
                index = Int(current.end)
            } else {
                if current.tag.isBlock && !out.isEmpty { pendingSpace = true }
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Indices of the elements with tag `tag`, in document order.
    func elements(_ tag: HTMLTag) -> [Int] {
        nodes.indices.filter { nodes[$0].tag == tag }
    }
}
