import CLibXML2

/// A saved web page parsed by libxml2's HTML parser and copied into a compact tree of our own, so that the
/// libxml2 document is freed at once and everything after parsing is plain Swift.
///
/// Nodes live in one array; a node's children are a contiguous run of it, after the node.
struct PageTree {
    enum Kind: UInt8 { case element, text }

    struct Node {
        var kind: Kind
        /// Lower-case tag name for an element; empty for text.
        var tag: String
        /// The text of a text node (UTF-8 as libxml2 gives it); empty for an element.
        var text: String
        var attributes: [(name: String, value: String)]
        var parent: Int
        var children: Range<Int> = 0..<0
        /// What kind of element the tag is, worked out once when the page is copied.
        var isBlock = false
        var isInline = false
        var isFurniture = false
        /// For a text node, its bytes that are not ASCII white space.
        var solidLength = 0

        func attribute(_ name: String) -> String? {
            attributes.first(where: { $0.name == name })?.value
        }

        /// The class and id values, lower-cased, as bytes (what furniture and date classes are matched on).
        var classAndID: [UInt8] {
            Fragments.lowercasedBytes((attribute("class") ?? "") + " " + (attribute("id") ?? ""))
        }
    }

    private(set) var nodes: [Node] = []
    /// Index of the `<html>` element (or whatever root libxml2 recovered), or nil for an empty document.
    private(set) var root: Int?

    func children(of node: Int) -> Range<Int> {
        nodes[node].children
    }

    subscript(_ index: Int) -> Node { nodes[index] }

    /// Attributes worth copying; the rest of a page's attributes are never read.
    private static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "role", "property", "name", "content", "rel", "href", "type", "datetime",
        "hidden", "aria-hidden", "style",
    ]

    /// Parses `bytes`, UTF-8 already, as HTML; a `<meta charset>` inside cannot switch libxml2 to another encoding.
    static func parse(utf8 bytes: [UInt8]) -> PageTree? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        parley_xml_silence()
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var tree = PageTree()
        guard let top = xmlDocGetRootElement(document) else { return tree }
        tree.root = tree.copy(top, parent: -1)
        return tree
    }

    /// Copies `start` and everything below it without recursion (a hostile page can nest deeply). The
    /// children of a node are appended together, so they are a contiguous run of `nodes`, after their parent.
    /// Returns the index of the copy of `start`.
    private mutating func copy(_ start: xmlNodePtr, parent: Int) -> Int {
        guard let first = append(start, parent: parent) else { return -1 }
        var pending: [(xmlNodePtr, Int)] = [(start, first)]
        while let (node, index) = pending.popLast() {
            guard nodes[index].kind == .element, !Self.skipsContent(nodes[index]) else { continue }
            let begin = nodes.count
            var child = node.pointee.children
            while let c = child {
                if let copied = append(c, parent: index), nodes[copied].kind == .element {
                    pending.append((c, copied))
                }
                child = c.pointee.next
            }
            nodes[index].children = begin..<nodes.count
        }
        return first
    }

    /// Elements whose content is never read: scripts other than JSON-LD, styles, drawings. Not copying them
    /// saves most of the work on pages whose scripts outweigh their text.
    private static func skipsContent(_ node: Node) -> Bool {
        switch node.tag {
        case "script": return node.attribute("type")?.lowercased().contains("ld+json") != true
        case "style", "svg", "math", "template": return true
        default: return false
        }
    }

    private mutating func append(_ node: xmlNodePtr, parent: Int) -> Int? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let tag = node.pointee.name.map { String(cString: $0) } ?? ""
            var attributes: [(String, String)] = []
            var attribute = node.pointee.properties
            while let a = attribute {
                if let rawName = a.pointee.name {
                    let name = String(cString: rawName)
                    if Self.keptAttributes.contains(name) {
                        var value = ""
                        var child = a.pointee.children
                        while let c = child {
                            if let content = c.pointee.content { value += String(cString: content) }
                            child = c.pointee.next
                        }
                        attributes.append((name, value))
                    }
                }
                attribute = a.pointee.next
            }
            var copy = Node(kind: .element, tag: tag, text: "", attributes: attributes, parent: parent)
            copy.isBlock = Self.blockTags.contains(tag)
            copy.isInline = Self.inlineTags.contains(tag)
            copy.isFurniture = Self.furnitureTags.contains(tag)
            nodes.append(copy)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            var solid = 0
            var p = content
            while p.pointee != 0 {
                let b = p.pointee
                if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D { solid += 1 }
                p += 1
            }
            var copy = Node(kind: .text, tag: "", text: String(cString: content), attributes: [], parent: parent)
            copy.solidLength = solid
            nodes.append(copy)
        default:
            return nil  // comments, processing instructions, DTD nodes
        }
        return nodes.count - 1
    }

    /// All element indices in document order below (and including) `node`.
    func elements(under node: Int) -> [Int] {
        var result: [Int] = []
        var stack = [node]
        while let n = stack.popLast() {
            guard nodes[n].kind == .element else { continue }
            result.append(n)
            stack.append(contentsOf: children(of: n).reversed())
        }
        return result
    }

    /// The text below `node` with white space folded to single spaces.
    func text(of node: Int) -> String {
        var out = ""
        var stack = [node]
        while let n = stack.popLast() {
            if nodes[n].kind == .text {
                out += nodes[n].text
            } else {
                if nodes[n].isBlock || nodes[n].tag == "br" { out += " " }
                stack.append(contentsOf: children(of: n).reversed())
            }
        }
        return Text.foldSpaces(out)
    }

    /// Elements that are never article text.
    static let furnitureTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea",
        "nav", "footer", "aside", "figure", "figcaption", "picture", "video", "audio", "object", "embed", "canvas",
        "head", "meta", "link", "label", "option", "menu", "dialog", "header", "h1", "map", "math",
    ]

    /// Inline elements: their text runs on in the paragraph around them.
    static let inlineTags: Set<String> = ["span", "a", "em", "strong", "b", "i", "u", "small", "font", "sup", "sub", "cite", "q", "mark"]

    /// Block-level elements: each starts a new paragraph of text.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption", "noscript", "option", "select", "button", "iframe",
    ]
}

enum Text {
    /// Collapses runs of white space (including no-break and zero-width spaces) to one space and trims the
    /// ends. Works on UTF-8 bytes.
    static func foldSpaces(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                var spaceLength = 0
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C: spaceLength = 1
                case 0xC2 where i + 1 < n && bytes[i + 1] == 0xA0: spaceLength = 2
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x87 || bytes[i + 2] == 0xAF || bytes[i + 2] == 0x8B):
                    spaceLength = 3
                case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF: spaceLength = 3
                default: break
                }
                if spaceLength > 0 {
                    pendingSpace = !out.isEmpty
                    i += spaceLength
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
