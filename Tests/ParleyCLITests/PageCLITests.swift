import Foundation
import Testing

/// A saved news page of our own: a story about a meeting, inside the furniture of a news site.
private func storyPage(canonical: String = "https://news.example/world/sweden-japan-talks") -> String {
    """
    <!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Sweden and Japan hold talks in Tokyo - Example News</title>
    <link rel="canonical" href="\(canonical)">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Sweden and Japan hold talks in Tokyo",
      "datePublished": "2024-06-12T08:00:00+09:00", "publisher": {"name": "Example News"}}</script>
    </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <h1>Sweden and Japan hold talks in Tokyo</h1>
    <div class="social-share"><a href="#">Share on Facebook</a></div>
    <div class="story-body">
    <p>TOKYO, June 12 (Example) -- Swedish Foreign Minister Anna Lindqvist met Japanese Foreign Minister Kenji Sato in Tokyo on Tuesday, and the two discussed trade and security in the Arctic, officials said.</p>
    <p>"We agreed to meet again before the end of the year," Lindqvist told reporters after the talks.</p>
    <p>The ministers also signed an agreement on research cooperation, the first between the two countries in a decade.</p>
    </div>
    <div class="related-links"><ul><li><a href="/a">Other news from Tokyo today and every other day of the week</a></li></ul></div>
    <footer>© Example News</footer>
    </body></html>
    """
}

@Suite("CLI: web pages", .serialized)
struct PageCLITests {
    @Test func pagesImportOnceByTheirCanonicalURL() throws {
        let ws = try Workspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try ws.write("pages/story.html", Data(storyPage().utf8))
        let links = (1...30).map { "<li><a href=\"/s/\($0)\">Story \($0)</a></li>" }.joined()
        try ws.write("pages/index.html", Data("<html><body><ul>\(links)</ul></body></html>".utf8))
        let first = try parley(["import", "pages"], in: ws.url)
        #expect(first.status == 1, "the index page is reported")
        #expect(first.stderr.contains("index.html: not an article page"))
        #expect(first.stdout.contains("1 article imported"))

        // The same story saved under another name: the same url, so nothing new.
        try ws.write("copy.htm", Data(storyPage().utf8))
        let again = try parley(["import", "copy.htm"], in: ws.url)
        #expect(again.status == 0)
        #expect(again.stdout.contains("1 already present"))

        let meetings = try parley(["meetings", "--official", "Lindqvist", "--format", "jsonl"], in: ws.url)
        let rows = meetings.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.count == 1)
        #expect(rows.first?["date"] as? String == "2024-06-11")
        let articles = try parley(["sql", "SELECT url, headline, published FROM article", "--format", "csv"], in: ws.url)
        #expect(articles.stdout.contains("https://news.example/world/sweden-japan-talks,Sweden and Japan hold talks in Tokyo,2024-06-12T08:00:00+09:00"))
    }

    /// Found by fuzzing: two `<meta charset>`s and a broken byte made libxml2 print "encoding error" to stderr.
    @Test func aPageWithBrokenBytesReadsQuietly() throws {
        let ws = try Workspace()
        var bytes = Array(storyPage().replacingOccurrences(of: "<meta charset=\"utf-8\">",
                                                           with: "<meta charset=\"windows-1252\"><meta charset=\"utf-8\">").utf8)
        let at = bytes.firstRange(of: Array("on Tuesday".utf8))!.upperBound
        bytes.insert(contentsOf: [0x20, 0x8F, 0x8D], at: at)
        try ws.write("broken.html", Data(bytes))
        let run = try parley(["page", "broken.html"], in: ws.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Sweden and Japan hold talks in Tokyo"))
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func extractAndPageShowTheBody() throws {
        let ws = try Workspace()
        try ws.write("story.html", Data(storyPage().utf8))
        let extract = try parley(["extract", "--json", "story.html"], in: ws.url)
        #expect(extract.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        let article = try #require(record["article"] as? [String: Any])
        let body = try #require(article["body"] as? String)
        #expect(body.hasPrefix("TOKYO, June 12 (Example) -- Swedish Foreign Minister"))
        #expect(body.hasSuffix("the first between the two countries in a decade."))
        #expect(!body.contains("Share on Facebook") && !body.contains("Other news"))
        #expect(article["headline"] as? String == "Sweden and Japan hold talks in Tokyo")

        let page = try parley(["page", "--json", "story.html"], in: ws.url)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [String: Any])
        #expect(line["file"] as? String == "story.html")
        #expect(line["published"] as? String == "2024-06-12T08:00:00+09:00")
        #expect(line["url"] as? String == "https://news.example/world/sweden-japan-talks")
        #expect((line["text"] as? String)?.components(separatedBy: "\n\n").count == 3)
        #expect(line["ms"] is Double)
    }

    @Test func jsonLinesCarryPagesInAnHTMLField() throws {
        let ws = try Workspace()
        func record(_ fields: [String: String]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        let lines = [
            try record(["id": "p1", "html": storyPage(canonical: "https://news.example/a")]),
            try record(["id": "p2", "html": "<html><body><p>Too short.</p></body></html>"]),
        ]
        try ws.write("pages.jsonl", Data((lines.joined(separator: "\n") + "\n").utf8))
        let run = try parley(["import", "pages.jsonl"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("pages.jsonl:2 (p2): the \"html\" field: not an article page"))
        #expect(run.stdout.contains("1 article imported"))
    }
}
