import CWartaXML

/// The only Swift code that talks to libxml2 (through the `CWartaXML` shim): streams HTML bytes
/// through libxml2's tolerant HTML parser and builds an `HTMLTree` from its events.
///
/// libxml2 repairs what browsers repair (unclosed `<p>`, stray end tags, missing `<html>`/`<body>`),
/// decodes entities (`&nbsp;` becomes U+00A0, `&quot;` a quote) and converts the input from the
/// encoding it is given to UTF-8. It reports elements and text as a stream (SAX), so no libxml2
/// document is built and freed: its strings are copied into the tree as they arrive. Comments and
/// processing instructions are not reported. The parse never touches the network.
enum LibXML {
    /// libxml2's global initialisation, done once (Swift runs a static initialiser exactly once,
    /// thread-safely); every reader touches it before any parse.
    static let initialized: Bool = {
        warta_xml_initialize()
        return true
    }()

    /// Whether libxml2 (through iconv) can decode `encoding`.
    static func knows(encoding: String) -> Bool {
        encoding.withCString { warta_xml_knows_encoding($0) == 1 }
    }

    /// Parses `bytes` read as `encoding` (a name libxml2 knows, e.g. "UTF-8"). Returns nil when
    /// libxml2 reported no element (empty or unusable input).
    static func parse(_ bytes: UnsafeRawBufferPointer, encoding: String) -> HTMLTree? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return nil }
        var builder = TreeBuilder()
        builder.tree.bytes.reserveCapacity(bytes.count)
        builder.tree.nodes.reserveCapacity(bytes.count / 40)
        let status = withUnsafeMutablePointer(to: &builder) { context in
            encoding.withCString { name in
                warta_xml_parse_html(base, Int64(bytes.count), name, UnsafeMutableRawPointer(context),
                                     { context, name, attributes in
                                         context!.assumingMemoryBound(to: TreeBuilder.self).pointee.start(name!, attributes)
                                     },
                                     { context, _ in context!.assumingMemoryBound(to: TreeBuilder.self).pointee.end() },
                                     { context, text, length in
                                         context!.assumingMemoryBound(to: TreeBuilder.self).pointee.characters(text!, Int(length))
                                     })
            }
        }
        guard status == 0 else { return nil }
        builder.finish()
        return builder.tree.nodes.isEmpty ? nil : builder.tree
    }
}

/// Builds an `HTMLTree` (document order, parents first) from the parser's events.
private struct TreeBuilder {
    var tree = HTMLTree()
    var open: [Int32] = []

    mutating func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafePointer<UnsafePointer<UInt8>?>?) {
        if open.isEmpty && !tree.nodes.isEmpty {
            open.append(0)  // content after the root closed stays under the root
        }
        let index = Int32(tree.nodes.count)
        let firstAttribute = Int32(tree.attributes.count)
        if var pair = attributes {
            while let attributeName = pair[0] {
                if let value = pair[1] {
                    let nameRange = append(attributeName)
                    tree.attributes.append(.init(name: nameRange, value: append(value)))
                }
                pair += 2
            }
        }
        let tag = HTMLTag(name: String(cString: name))
        tree.nodes.append(.init(tag: tag, parent: open.last ?? -1, end: index + 1, range: firstAttribute..<Int32(tree.attributes.count)))
        open.append(index)
    }

    mutating func end() {
        guard let index = open.popLast() else { return }
        tree.nodes[Int(index)].end = Int32(tree.nodes.count)
    }

    mutating func characters(_ text: UnsafePointer<UInt8>, _ length: Int) {
        guard let parent = open.last, length > 0 else { return }
        let start = Int32(tree.bytes.count)
        tree.bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
        let count = tree.nodes.count
        // A text run split over several calls continues the text node appended last.
        if let last = tree.nodes.last, last.isText, last.parent == parent, last.range.upperBound == start {
            tree.nodes[count - 1].range = last.range.lowerBound..<Int32(tree.bytes.count)
            return
        }
        tree.nodes.append(.init(tag: .text, parent: parent, end: Int32(count + 1), range: start..<Int32(tree.bytes.count)))
    }

    mutating func finish() {
        while !open.isEmpty { end() }
    }

    private mutating func append(_ string: UnsafePointer<UInt8>) -> Range<Int32> {
        let start = Int32(tree.bytes.count)
        var count = 0
        while string[count] != 0 { count += 1 }
        tree.bytes.append(contentsOf: UnsafeBufferPointer(start: string, count: count))
        return start..<Int32(tree.bytes.count)
    }
}
