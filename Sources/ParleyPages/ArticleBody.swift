import Foundation

/// Finds the article's text in a page: the container whose paragraphs hold the most prose (scored the way
/// Readability scores it: paragraph length and commas flowing up to ancestors, weighed by class names and link
/// density), widened to sibling blocks of the same story, then read paragraph by paragraph with navigation,
/// captions, share bars, related-story lists and the like left out.
struct ArticleBody {
    /// One paragraph of text: the inline content of one block element.
    struct Block {
        var owner: Int          // the block element whose inline content this is
        var text: String
        var linkLength: Int
        var length: Int { text.utf8.count }
        var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
    }

    let tree: PageTree
    private(set) var dropped: [Bool]
    private(set) var blocks: [Block] = []
    /// For each node, how many paragraphs of prose it holds.
    private(set) var proseParagraphs: [Int]

    /// Inline elements that are nothing but a cluster of links (a hover card, a "more on" strip inside a
    /// paragraph), the smallest such around their links.
    private(set) var linkClusters: Set<Int> = []

    init(tree: PageTree) {
        self.tree = tree
        dropped = Array(repeating: false, count: tree.nodes.count)
        proseParagraphs = Array(repeating: 0, count: tree.nodes.count)
        // Bottom up (a node's children come after it): text, link text and links below each node.
        let count = tree.nodes.count
        var textLength = Array(repeating: 0, count: count)
        var linkLength = Array(repeating: 0, count: count)
        var links = Array(repeating: 0, count: count)
        var clusterBelow = Array(repeating: false, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree[index]
            if node.kind == .text {
                textLength[index] = node.solidLength
            } else if node.tag == "a" {
                linkLength[index] = textLength[index]
                links[index] += 1
            } else if node.isInline, !clusterBelow[index], links[index] >= 3, textLength[index] >= 40,
                      linkLength[index] * 10 >= textLength[index] * 8 {
                linkClusters.insert(index)
                clusterBelow[index] = true
            }
            // A paragraph of prose: 100 bytes of text or more (spaces not counted), under a fifth of it links.
            if node.tag == "p", textLength[index] >= 100, linkLength[index] * 5 < textLength[index] {
                proseParagraphs[index] += 1
            }
            let parent = node.parent
            guard parent >= 0, !node.isFurniture else { continue }
            proseParagraphs[parent] += proseParagraphs[index]
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            links[parent] += links[index]
            clusterBelow[parent] = clusterBelow[parent] || clusterBelow[index]
        }
    }

    // MARK: Rules (data)

    /// Fragments of class and id values that mark page furniture (Readability's "unlikely candidates", and
    /// what news sites add: share bars, newsletters, recirculation, captions, bylines).
    static let boilerplateFragments: [String] = [
        "-ad-", "ad-slot", "adslot", "ad-container", "ad-wrapper", "advert", "banner", "breadcrumb", "combx",
        "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "modal", "share", "sharing", "newsletter", "promo",
        "caption", "byline", "outbrain", "taboola", "subscribe", "signup", "sign-up", "recirc", "trending",
        "most-popular", "mostpopular", "more-stories", "read-more", "readmore", "also-read", "tags", "tag-list",
        "visually-hidden", "sr-only", "screen-reader", "cookie", "masthead", "toolbar", "widget", "author-bio",
        "timestamp", "dateline", "credit", "print-only", "tooltip", "popover", "hovercard",
        "gallery", "slideshow", "carousel",
    ]

    /// Fragments that drop an element whatever it holds: reader comments are prose, but not the article's.
    static let alwaysDroppedFragments: [String] = ["comment", "disqus", "replies"]

    /// Fragments that keep an element even when a boilerplate fragment matches ("article-share" aside,
    /// "main-content sidebar-layout" is content).
    static let contentFragments: [String] = ["article-body", "articlebody", "story-body", "storybody", "post-body",
                                             "entry-content", "article-content", "story-content", "main-content",
                                             "article__body", "body-text", "article-text", "story-text"]

    static let negativeWeight: [String] = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "recirc", "newsletter",
    ]
    static let positiveWeight: [String] = ["article", "body", "content", "entry", "hentry", "h-entry", "main",
                                           "page", "post", "text", "blog", "story"]

    static let boilerplate = Fragments(boilerplateFragments)
    static let alwaysDropped = Fragments(alwaysDroppedFragments)
    static let content = Fragments(contentFragments)
    static let negative = Fragments(negativeWeight)
    static let positive = Fragments(positiveWeight)

    static func classWeight(_ node: PageTree.Node) -> Double {
        let s = node.classAndID
        if s.count <= 1 { return 0 }
        var weight = 0.0
        if negative.matches(s) { weight -= 25 }
        if positive.matches(s) { weight += 25 }
        return weight
    }

    private func isDropped(_ index: Int) -> Bool {
        let node = tree[index]
        if node.isFurniture { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if linkClusters.contains(index) { return true }
        if node.tag == "body" || node.tag == "html" || node.tag == "main" || node.tag == "article" { return false }
        let s = node.classAndID
        if s.count <= 1 { return false }
        if node.attribute("role").map({ ["navigation", "complementary", "banner", "contentinfo", "dialog", "alert"].contains($0) }) == true {
            return true
        }
        guard Self.boilerplate.matches(s) else { return false }
        if Self.alwaysDropped.matches(s) { return true }
        if Self.content.matches(s) { return false }
        // A class name alone does not drop an element holding several paragraphs of prose
        // ("field-label-hidden", "modal-enabled", "content-and-menu" wrap whole stories).
        return proseParagraphs[index] < 2
    }

    // MARK: Blocks

    /// Marks dropped subtrees and cuts the rest of `top` into blocks.
    mutating func segment(from top: Int) {
        var current = ""
        var linkLength = 0
        var owner = top
        func flush() {
            let text = Text.foldSpaces(current)
            if !text.isEmpty { blocks.append(Block(owner: owner, text: text, linkLength: min(linkLength, text.utf8.count))) }
            current = ""
            linkLength = 0
        }
        // Walk with explicit events: entering a node (inside a link or not), and leaving a block (the owner to restore).
        enum Event { case enter(Int, insideLink: Bool), leave(owner: Int) }
        var stack: [Event] = [.enter(top, insideLink: false)]
        while let event = stack.popLast() {
            switch event {
            case .leave(let previous):
                flush()
                owner = previous
            case .enter(let index, let insideLink):
                let node = tree[index]
                if node.kind == .text {
                    current += node.text
                    if insideLink { linkLength += Text.foldSpaces(node.text).utf8.count + 1 }
                    continue
                }
                if isDropped(index) && index != top {
                    dropped[index] = true
                    // A dropped block still ends the paragraph before it.
                    if node.isBlock || node.isFurniture { flush() }
                    continue
                }
                if node.tag == "br" { flush(); continue }
                let isLink = insideLink || node.tag == "a"
                if node.isBlock {
                    flush()
                    stack.append(.leave(owner: owner))
                    owner = index
                }
                for child in tree.children(of: index).reversed() { stack.append(.enter(child, insideLink: isLink)) }
            }
        }
        flush()
    }

    // MARK: Lines

    /// Short lines that are page furniture whatever element holds them (matched at the start of a line, in
    /// lower case): datelines of the page, copyright lines, calls to share or subscribe, gallery counters.
    static let furnitureOpenings: [String] = [
        "published ", "updated ", "posted ", "last updated", "first published", "copyright", "©", "(c) ",
        "all rights reserved", "share this", "like this story", "click here", "sign up", "subscribe",
        "follow us", "read more", "advertisement", "back to gallery", "image ", "photo:", "related:", "read also",
        "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
    ]
    static let furnitureContains = Fragments(["all rights reserved", "share it with", "sign up for our", "follow us on"])

    static func isFurnitureLine(_ text: String) -> Bool {
        guard text.utf8.count < 200 else { return false }
        let lower = text.lowercased()
        if furnitureOpenings.contains(where: lower.hasPrefix) { return true }
        let bytes = Array(lower.utf8)
        if furnitureContains.matches(bytes) { return true }
        // "1 / 5", "Image 1 of / 8": counters.
        let letters = bytes.reduce(0) { $0 + ($1 >= 0x61 && $1 <= 0x7A || $1 >= 0x80 ? 1 : 0) }
        if letters <= 2 && lower.contains("/") && lower.contains(where: \.isNumber) { return true }
        // A bare address: a share link printed for print views.
        if (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !lower.contains(" ") { return true }
        return false
    }

    /// A sentence: six words or more, ending as sentences end.
    static func isSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return ".!?\"”’'…:".contains(last) && text.split(separator: " ").count >= 6
    }

    // MARK: Scoring

    /// Paragraph text of the article, in reading order.
    static func paragraphs(in tree: PageTree) -> [String] {
        guard let root = tree.root else { return [] }
        let body = tree.elements(under: root).first(where: { tree[$0].tag == "body" }) ?? root
        var finder = ArticleBody(tree: tree)
        finder.segment(from: body)
        return finder.select(body: body)
    }

    private func ancestors(of node: Int, limit: Int) -> [Int] {
        var result: [Int] = []
        var n = tree[node].parent
        while n >= 0, result.count < limit {
            result.append(n)
            n = tree[n].parent
        }
        return result
    }

    private func initialScore(_ index: Int) -> Double {
        let node = tree[index]
        var score = Self.classWeight(node)
        switch node.tag {
        case "div", "article", "section", "main": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }

    func select(body: Int) -> [String] {
        // Text and link lengths of every element's blocks, for link density.
        var textLength: [Int: Int] = [:]
        var linkLength: [Int: Int] = [:]
        for block in blocks {
            var n = block.owner
            while n >= 0 {
                textLength[n, default: 0] += block.length
                linkLength[n, default: 0] += block.linkLength
                if n == body { break }
                n = tree[n].parent
            }
        }
        func density(_ n: Int) -> Double {
            let t = textLength[n] ?? 0
            return t == 0 ? 0 : Double(linkLength[n] ?? 0) / Double(t)
        }

        var scores: [Int: Double] = [:]
        for block in blocks where block.length >= 25 {
            let tag = tree[block.owner].tag
            guard ["p", "td", "pre", "div", "section", "article", "li", "blockquote", "span", "main", "dd", "h2", "h3"].contains(tag)
            else { continue }
            var score = 1.0
            score += Double(block.text.reduce(0) { $0 + ($1 == "," ? 1 : 0) })
            score += Double(min(block.length / 100, 3))
            // A div holding text directly is a paragraph of its own: its parent is the first level.
            let levels = [block.owner] + ancestors(of: block.owner, limit: 5)
            let chain = tag == "p" || tag == "div" || tag == "span" || tag == "li" || tag.hasPrefix("h") ? Array(levels.dropFirst()) : levels
            for (level, ancestor) in chain.prefix(5).enumerated() {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                scores[ancestor]! += score / divider
            }
        }
        guard !scores.isEmpty else { return [] }
        var final: [Int: Double] = [:]
        for (n, s) in scores { final[n] = s * (1 - density(n)) }
        guard var top = final.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key else { return [] }

        // Climb while the parent holds the story better.
        var lastScore = final[top]!
        let threshold = lastScore / 3
        var parent = tree[top].parent
        while parent >= 0, parent != body {
            guard let parentScore = final[parent] else { parent = tree[parent].parent; continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = parent; break }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        // A container that is its parent's only element child stands for the parent.
        while tree[top].parent >= 0, tree[top].parent != body {
            let p = tree[top].parent
            let elementChildren = tree.children(of: p).filter { tree[$0].kind == .element && !dropped[$0] }
            guard elementChildren.count == 1 else { break }
            top = p
        }

        // Siblings of the same story.
        var chosen: [Int] = []
        let topScore = final[top] ?? 0
        let siblingThreshold = max(10, topScore * 0.2)
        let topClass = tree[top].attribute("class")
        let parentOfTop = tree[top].parent
        if parentOfTop >= 0 {
            for sibling in tree.children(of: parentOfTop) where tree[sibling].kind == .element && !dropped[sibling] {
                if sibling == top { chosen.append(sibling); continue }
                var bonus = 0.0
                if let c = topClass, !c.isEmpty, tree[sibling].attribute("class") == c { bonus += topScore * 0.2 }
                if let s = final[sibling], s + bonus >= siblingThreshold { chosen.append(sibling); continue }
                if tree[sibling].tag == "p" || tree[sibling].isBlock && final[sibling] == nil {
                    let length = textLength[sibling] ?? 0
                    let d = density(sibling)
                    let text = blocks.first(where: { $0.owner == sibling })?.text ?? ""
                    if length > 80 && d < 0.25 || length <= 80 && length > 0 && d == 0 && text.contains(". ") {
                        chosen.append(sibling)
                    }
                }
            }
        } else {
            chosen = [top]
        }

        // Blocks inside the chosen elements, minus lists of links and furniture.
        var inside = Set<Int>()
        for c in chosen { inside.formUnion(tree.elements(under: c)) }
        var result: [String] = []
        for block in blocks where inside.contains(block.owner) {
            // Links mostly: a menu or a list of stories, unless it is a sentence of the story with links in it.
            if block.linkDensity > 0.5 && !Self.isSentence(block.text) { continue }
            if Self.isFurnitureLine(block.text) { continue }
            result.append(block.text)
        }
        return result
    }
}
