import Foundation

/// What a page says about its article, from each place a page can say it, kept apart so that the most
/// trusted source can be chosen field by field: JSON-LD `NewsArticle`, then OpenGraph / `article:` meta tags,
/// then other meta tags and `<time datetime>`, then `<title>`.
struct PageMetadata {
    struct LinkedData {
        var headline: String?
        var datePublished: String?
        var url: String?
        var author: String?
        var publisher: String?
        var isArticle = false
    }

    var linkedData: LinkedData?
    var metaTitle: String?      // og:title, twitter:title
    var metaDate: String?       // article:published_time and the other date meta tags
    var metaURL: String?        // og:url
    var metaAuthor: String?
    var siteName: String?       // og:site_name
    var canonical: String?      // <link rel=canonical>
    var title: String?          // <title>
    var h1s: [String] = []
    var timeDates: [String] = []  // <time datetime>, itemprop=datePublished, in document order
    var ogTypeArticle = false
    /// Dates written in the page's text ("Published 10:02 AM EST Nov 19, 2019"), those in an element whose
    /// class or id speaks of a date first.
    var textDates: [String] = []

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
    ]

    /// Meta tags that carry a publication date, by `name` or `property`, most trusted first.
    static let dateMetaNames: [String] = [
        "article:published_time", "og:article:published_time", "datepublished", "article.published",
        "publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dc.date", "dcterms.created", "date", "og:published_time", "published_time", "article_date_original",
        "cxenseparse:recs:publishtime", "displaydate", "dateline", "article:published", "pdate",
    ]

    init(tree: PageTree) {
        guard let root = tree.root else { return }
        var dateMeta: [String: String] = [:]
        for index in tree.elements(under: root) {
            let node = tree[index]
            switch node.tag {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "")
                    .lowercased()
                guard let content = node.attribute("content").map(Text.foldSpaces), !content.isEmpty else { continue }
                switch key {
                case "og:title", "twitter:title": if metaTitle == nil { metaTitle = content }
                case "og:url": metaURL = metaURL ?? content
                case "og:site_name": siteName = siteName ?? content
                case "og:type": ogTypeArticle = ogTypeArticle || content.lowercased() == "article"
                case "author", "article:author", "byl", "sailthru.author": metaAuthor = metaAuthor ?? content
                default:
                    if Self.dateMetaNames.contains(key), dateMeta[key] == nil { dateMeta[key] = content }
                }
            case "link":
                if node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true,
                   let href = node.attribute("href"), !href.isEmpty, canonical == nil {
                    canonical = href
                }
            case "title":
                if title == nil { title = tree.text(of: index) }
            case "h1":
                let text = tree.text(of: index)
                if !text.isEmpty { h1s.append(text) }
            case "time":
                if let dt = node.attribute("datetime"), !dt.isEmpty { timeDates.append(dt) }
            case "script":
                guard node.attribute("type")?.lowercased().contains("ld+json") == true else { continue }
                let json = tree.children(of: index).map { tree[$0].text }.joined()
                if let found = Self.linkedData(json), linkedData == nil || !(linkedData!.isArticle) && found.isArticle {
                    linkedData = found
                }
            default:
                if node.attribute("itemprop") == "datePublished" {
                    if let dt = node.attribute("datetime") ?? node.attribute("content") { timeDates.insert(dt, at: 0) }
                }
            }
        }
        metaDate = Self.dateMetaNames.lazy.compactMap { dateMeta[$0] }.first
        if linkedData?.datePublished.flatMap(PageDate.iso) == nil, metaDate.flatMap(PageDate.iso) == nil,
           timeDates.compactMap(PageDate.iso).isEmpty {
            textDates = Self.textDates(tree, under: root)
        }
    }

    static let monthPrefixes = Fragments(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
    static let dateClassFragments = Fragments(["date", "time", "publish", "posted", "byline", "meta", "updated"])

    /// Short text nodes that read as a date with a year, outside scripts; those under an element whose class
    /// or id names a date come first, then the rest in document order.
    static func textDates(_ tree: PageTree, under root: Int) -> [String] {
        var marked: [String] = [], other: [String] = []
        var stack = [root]
        while let n = stack.popLast() {
            let node = tree[n]
            if node.kind == .element {
                if ["script", "style", "noscript", "template", "head"].contains(node.tag) { continue }
                stack.append(contentsOf: tree.children(of: n).reversed())
                continue
            }
            guard node.text.utf8.count >= 8, node.text.utf8.count <= 120,
                  monthPrefixes.matches(Fragments.lowercasedBytes(node.text)),
                  let iso = PageDate.iso(Text.foldSpaces(node.text)) else { continue }
            var isMarked = false
            var a = node.parent
            for _ in 0..<4 where a >= 0 {
                if dateClassFragments.matches(tree[a].classAndID) || tree[a].tag == "time" {
                    isMarked = true
                    break
                }
                a = tree[a].parent
            }
            if isMarked { marked.append(iso) } else { other.append(iso) }
            if marked.count + other.count >= 8 { break }
        }
        return marked + other
    }

    /// The first article object in a JSON-LD script (top level, in an array, or in `@graph`).
    static func linkedData(_ json: String) -> LinkedData? {
        guard let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var candidates: [[String: Any]] = []
        var queue: [Any] = [object]
        while let next = queue.popLast(), candidates.count < 64 {
            if let array = next as? [Any] {
                queue.append(contentsOf: array.reversed())
            } else if let dict = next as? [String: Any] {
                candidates.append(dict)
                if let graph = dict["@graph"] { queue.append(graph) }
            }
        }
        func types(_ d: [String: Any]) -> [String] {
            if let t = d["@type"] as? String { return [t.lowercased()] }
            if let t = d["@type"] as? [Any] { return t.compactMap { ($0 as? String)?.lowercased() } }
            return []
        }
        guard let dict = candidates.first(where: { types($0).contains(where: articleTypes.contains) })
                ?? candidates.first(where: { $0["headline"] != nil || $0["datePublished"] != nil }) else { return nil }
        var result = LinkedData()
        result.isArticle = types(dict).contains(where: articleTypes.contains)
        result.headline = (dict["headline"] as? String).map(Text.foldSpaces).map(Entities.decode)
        result.datePublished = dict["datePublished"] as? String ?? dict["dateCreated"] as? String
        result.url = dict["url"] as? String
            ?? (dict["mainEntityOfPage"] as? String)
            ?? ((dict["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
        result.author = name(of: dict["author"])
        result.publisher = name(of: dict["publisher"])
        return result
    }

    private static func name(of value: Any?) -> String? {
        if let s = value as? String { return s.isEmpty ? nil : s }
        if let d = value as? [String: Any] { return d["name"] as? String }
        if let a = value as? [Any] {
            let names = a.compactMap { name(of: $0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}

/// Character references left in JSON-LD strings by sites that escape twice ("&amp;", "&#8217;").
enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "hellip": "\u{2026}",
    ]

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[String(name)]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
