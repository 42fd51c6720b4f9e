import CLibXML2
import Foundation

/// A saved news web page read into an article: headline, publication date, canonical url, author,
/// publisher and the article's body as paragraphs.
///
///     let page = try WebPage(bytes: [UInt8](data))
///     page.headline   // "Beijing tariff demands may expand trade deal"
///     page.published  // "2019-11-20T11:06:01+05:30"
///     page.body       // paragraphs separated by blank lines
public struct WebPage: Sendable, Equatable {
    public var headline: String?
    /// ISO 8601: a date, or a date and time with the page's UTC offset when it gives one.
    public var published: String?
    /// The canonical url (`<link rel=canonical>`, else `og:url`, else the JSON-LD `url`).
    public var url: String?
    public var author: String?
    public var publisher: String?
    public var paragraphs: [String]
    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// Pages larger than this are refused rather than parsed.
    public static let maximumSize = 10 << 20

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case tooLarge(bytes: Int)
        case notHTML
        case unsupportedEncoding(String)
        case notAnArticle(String)

        public var description: String {
            switch self {
            case .tooLarge(let n):
                "a page of \(n / (1 << 20)) MB, over the \(WebPage.maximumSize >> 20) MB limit for a web page"
            case .notHTML: "not an HTML page"
            case .unsupportedEncoding(let e): "the page's character encoding \"\(e)\" is not one this system can convert"
            case .notAnArticle(let why): "not an article page (\(why))"
            }
        }
    }

    public init(headline: String?, published: String?, url: String?, author: String? = nil, publisher: String? = nil,
                paragraphs: [String]) {
        self.headline = headline
        self.published = published
        self.url = url
        self.author = author
        self.publisher = publisher
        self.paragraphs = paragraphs
    }

    /// Reads a page. `bytes` is the file as saved; its encoding is taken from a byte-order mark or
    /// `<meta charset>` (any encoding iconv knows: windows-1252, EUC-KR, Shift_JIS, ...), else UTF-8 when the
    /// bytes are valid UTF-8, else windows-1252 (what browsers assume).
    public init(bytes: [UInt8]) throws(Problem) {
        guard bytes.count <= Self.maximumSize else { throw .tooLarge(bytes: bytes.count) }
        guard Self.looksLikeHTML(bytes) else { throw .notHTML }
        let declared = Self.declaredEncoding(bytes)
        var bytes = bytes
        var encoding = declared ?? "UTF-8"
        if ["UTF-8", "UTF8"].contains(encoding.uppercased()), !Self.isValidUTF8(bytes) {
            if declared == nil {
                // No declaration and not UTF-8: what browsers assume.
                encoding = "windows-1252"
            } else {
                // Declared UTF-8 with a few bad bytes: each becomes U+FFFD, the rest of the page stays readable.
                bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
            }
        }
        if !["UTF-8", "UTF8"].contains(encoding.uppercased()) {
            // Converted here rather than by libxml2, which stops at the first byte the encoding does not define.
            guard let utf8 = Transcoder.utf8(bytes, from: encoding) else { throw .unsupportedEncoding(encoding) }
            bytes = utf8
        }
        try self.init(parsing: bytes)
    }

    /// Reads a page held in a string (JSON Lines records carry pages this way); the text is UTF-8 already.
    public init(html: String) throws(Problem) {
        let bytes = Array(html.utf8)
        guard bytes.count <= Self.maximumSize else { throw .tooLarge(bytes: bytes.count) }
        guard Self.looksLikeHTML(bytes) else { throw .notHTML }
        try self.init(parsing: bytes)
    }

    private init(parsing bytes: [UInt8]) throws(Problem) {
        guard let tree = PageTree.parse(utf8: bytes), tree.root != nil else { throw .notHTML }
        try self.init(tree: tree)
    }

    init(tree: PageTree) throws(Problem) {
        let meta = PageMetadata(tree: tree)
        let paragraphs = ArticleBody.paragraphs(in: tree)
        let words = paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
        let isArticle = meta.linkedData?.isArticle == true || meta.ogTypeArticle
        // Index pages and error pages have no run of prose; an article page has at least a few sentences.
        guard words >= (isArticle ? 25 : 60) else {
            throw .notAnArticle(words == 0 ? "no article text found" : "only \(words) words of text found")
        }
        self.init(headline: Self.chooseHeadline(meta), published: Self.chooseDate(meta),
                  url: meta.canonical ?? meta.metaURL ?? meta.linkedData?.url,
                  author: meta.linkedData?.author ?? meta.metaAuthor,
                  publisher: meta.linkedData?.publisher ?? meta.siteName, paragraphs: paragraphs)
    }

    // MARK: Headline and date

    /// The displayed headline: the page's `<h1>` when it agrees with what the metadata calls the headline,
    /// else JSON-LD `headline`, `og:title`, then `<title>` without the site's name.
    static func chooseHeadline(_ meta: PageMetadata) -> String? {
        let declared = [meta.linkedData?.headline, meta.metaTitle, meta.title.map { stripSiteName($0, site: meta.siteName) }]
            .compactMap { $0 }.filter { !$0.isEmpty }
        for h1 in meta.h1s where declared.contains(where: { similar(h1, $0) }) { return h1 }
        // One h1 of a sentence's length that is not the site's name is the displayed headline, even when the
        // metadata carries a shorter headline for search engines.
        let site = meta.siteName ?? meta.title.flatMap { t in t.range(of: " | ", options: .backwards).map { String(t[$0.upperBound...]) } }
        let headings = meta.h1s.filter { h in
            h.split(separator: " ").count >= 4 && !(site.map { similar(h, $0) || h.lowercased().contains($0.lowercased()) } ?? false)
        }
        if headings.count == 1 { return headings[0] }
        return declared.first ?? meta.h1s.first
    }

    /// "Headline | Site" or "Headline - Site" -> "Headline".
    static func stripSiteName(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
            if let range = title.range(of: separator, options: .backwards) {
                let tail = title[range.upperBound...]
                if let site, tail.lowercased().contains(site.lowercased()) || site.lowercased().contains(tail.lowercased()) {
                    return String(title[..<range.lowerBound])
                }
                if tail.split(separator: " ").count <= 4 { return String(title[..<range.lowerBound]) }
            }
        }
        return title
    }

    /// Same words, ignoring case and punctuation, or one a prefix of the other.
    static func similar(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [Substring] {
            s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        }
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        let shorter = x.count < y.count ? x : y, longer = x.count < y.count ? y : x
        if shorter.count >= 4 && Array(longer.prefix(shorter.count)) == shorter { return true }
        let common = Set(x).intersection(Set(y)).count
        return Double(common) >= 0.8 * Double(max(Set(x).count, Set(y).count))
    }

    static func chooseDate(_ meta: PageMetadata) -> String? {
        for raw in [meta.linkedData?.datePublished, meta.metaDate] + meta.timeDates.map(Optional.some) {
            if let raw, let iso = PageDate.iso(raw) { return iso }
        }
        return meta.textDates.first
    }

    // MARK: Bytes

    /// Whether `bytes` open like an HTML page (a tag first, and an html, head, body, div or p tag early on).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return false }
        // Early on, an <html, <head, <body, <p or <div tag.
        let head = bytes[i..<min(bytes.count, i + 8192)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for tag in ["<html", "<head", "<body", "<div", "<p>", "<article", "<!doctype html"] {
            let pattern = Array(tag.utf8)
            if head.firstRange(of: pattern) != nil { return true }
        }
        return false
    }

    /// The charset a page declares: a byte-order mark, `<meta charset=...>` or
    /// `<meta http-equiv=Content-Type content="...; charset=...">` in its first 4 KB.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let key = Array("charset".utf8)
        var from = head.startIndex
        while let r = head[from...].firstRange(of: key) {
            var i = r.upperBound
            while i < head.count, head[i] == 0x20 { i += 1 }
            guard i < head.count, head[i] == UInt8(ascii: "=") else { from = r.upperBound; continue }
            i += 1
            while i < head.count, head[i] == 0x20 || head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") { i += 1 }
            var j = i
            while j < head.count, head[j] == UInt8(ascii: "-") || head[j] == UInt8(ascii: "_") || head[j] == UInt8(ascii: ".")
                    || head[j] == UInt8(ascii: ":") || (head[j] >= 0x30 && head[j] <= 0x39) || (head[j] >= 0x61 && head[j] <= 0x7A) {
                j += 1
            }
            if j > i { return String(decoding: head[i..<j], as: UTF8.self) }
            from = r.upperBound
        }
        return nil
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
