import CWartaXML

/// The only Swift code that talks to libxml2 (through the `CWartaXML` shim): parses HTML bytes
/// with libxml2's tolerant HTML parser and copies the resulting tree into an `HTMLTree`.
///
/// libxml2 repairs what browsers repair (unclosed `<p>`, stray end tags, missing `<html>`/`<body>`),
/// decodes entities (`&nbsp;` becomes U+00A0, `&quot;` a quote) and converts the input from the
/// encoding it is given to UTF-8; its node and attribute strings are NUL-terminated UTF-8 owned by
/// the document, so they are copied before the document is freed. Comments and processing
/// instructions are dropped here. The parse never touches the network (`HTML_PARSE_NONET`).
enum LibXML {
    /// Whether libxml2 (through iconv) can decode `encoding`.
    static func knows(encoding: String) -> Bool {
        encoding.withCString { warta_xml_knows_encoding($0) == 1 }
    }

    /// Parses `bytes` read as `encoding` (a name libxml2 knows, e.g. "UTF-8"). Returns nil when
    /// libxml2 produced no document (empty or unusable input).
    static func parse(_ bytes: UnsafeRawBufferPointer, encoding: String) -> HTMLTree? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return nil }
        guard let document = encoding.withCString({ warta_xml_read_html(base, Int64(bytes.count), $0) }) else { return nil }
        defer { warta_xml_free(document) }
        guard let root = warta_xml_root(document) else { return nil }
        var tree = HTMLTree()
        tree.bytes.reserveCapacity(bytes.count)
        tree.nodes.reserveCapacity(bytes.count / 40)
        // Depth-first over libxml2's tree without recursion (hostile pages nest thousands deep).
        var stack: [(node: OpaquePointer, index: Int32)] = []
        var next: OpaquePointer? = root
        var parent: Int32 = -1
        while true {
            if let node = next {
                let kind = warta_xml_kind(node)
                if kind == WARTA_XML_ELEMENT {
                    let index = Int32(tree.nodes.count)
                    let tag = HTMLTag(name: String(cString: warta_xml_name(node)))
                    let firstAttribute = Int32(tree.attributes.count)
                    var attribute = warta_xml_first_attribute(node)
                    while let current = attribute {
                        if let value = warta_xml_attribute_value(current) {
                            let name = append(warta_xml_attribute_name(current), to: &tree.bytes)
                            tree.attributes.append(.init(name: name, value: append(value, to: &tree.bytes)))
                        }
                        attribute = warta_xml_next_attribute(current)
                    }
                    tree.nodes.append(.init(tag: tag, parent: parent, end: index + 1,
                                            range: firstAttribute..<Int32(tree.attributes.count)))
                    if let child = warta_xml_first_child(node) {
                        stack.append((node, index))
                        parent = index
                        next = child
                        continue
                    }
                } else if kind == WARTA_XML_TEXT || kind == WARTA_XML_CDATA, let content = warta_xml_content(node) {
                    let range = append(content, to: &tree.bytes)
                    if !range.isEmpty {
                        let index = Int32(tree.nodes.count)
                        tree.nodes.append(.init(tag: .text, parent: parent, end: index + 1, range: range))
                    }
                }
                next = warta_xml_next_sibling(node)
            } else {
                guard let (node, index) = stack.popLast() else { break }
                tree.nodes[Int(index)].end = Int32(tree.nodes.count)
                parent = tree.nodes[Int(index)].parent
                next = warta_xml_next_sibling(node)
            }
        }
        return tree.nodes.isEmpty ? nil : tree
    }

    /// Appends a NUL-terminated string to `bytes`; returns where it went.
    private static func append(_ string: UnsafePointer<UInt8>, to bytes: inout [UInt8]) -> Range<Int32> {
        let start = Int32(bytes.count)
        var count = 0
        while string[count] != 0 { count += 1 }
        bytes.append(contentsOf: UnsafeBufferPointer(start: string, count: count))
        return start..<Int32(bytes.count)
    }
}
