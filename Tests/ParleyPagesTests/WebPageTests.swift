import Foundation
import Testing
@testable import ParleyPages

/// Pages written for these tests: the furniture news sites put around a story, in the shapes sites use.
enum Pages {
    static let story = [
        "Foreign ministers of Norway and Chile met in Oslo on Tuesday, agreeing to expand cooperation on fisheries, "
            + "polar research and the protection of migratory species, officials said.",
        "The talks, the first at that level in six years, lasted three hours and ended with a joint statement on "
            + "ocean governance, according to a spokesperson for the Norwegian foreign ministry.",
        "\u{201C}We share a coastline problem, not a border problem,\u{201D} the Chilean minister told reporters after "
            + "the meeting, adding that a working group would report back by the end of the year.",
        "Both governments also discussed <a href=\"/tags/trade\">trade in salmon</a>, a sensitive subject in both "
            + "countries, and the ratification of a treaty on the high seas.",
        "The next round is planned for Santiago in the autumn.",
    ]

    static func news(jsonLD: Bool = true, openGraph: Bool = true) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Norway and Chile agree on ocean cooperation | The Daily Example</title>
        \(openGraph ? """
        <meta property="og:title" content="Norway, Chile agree on ocean cooperation">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="og:type" content="article">
        <meta property="og:url" content="https://example.com/world/og-url">
        <meta property="article:published_time" content="2024-03-05T11:00:00Z">
        """ : "")
        <link rel="canonical" href="https://example.com/world/norway-chile-ocean">
        \(jsonLD ? """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "The Daily Example"},
          {"@type": "NewsArticle", "headline": "Norway and Chile agree on ocean cooperation",
           "datePublished": "2024-03-05T09:30:00+01:00", "author": [{"@type": "Person", "name": "Ana Berg"}],
           "publisher": {"@type": "Organization", "name": "The Daily Example"}}]}
        </script>
        """ : "")
        <script>window.dataLayer = [{"section": "world"}]; function track() { return "Share this story"; }</script>
        <style>.article-body p { margin: 0 }</style>
        </head><body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
          <li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
        <main>
          <article>
            <h1 class="headline">Norway and Chile agree on ocean cooperation</h1>
            <div class="byline">By Ana Berg, Oslo correspondent</div>
            <time datetime="2024-03-04">March 4, 2024</time>
            <figure><img src="/a.jpg"><figcaption>The ministers at the foreign ministry in Oslo. Photo: Example</figcaption></figure>
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
            <div class="article-body">
              \(story.map { "<p>\($0)</p>" }.joined(separator: "\n      "))
              <div class="ad-slot">Advertisement</div>
              <p><strong>Like this story? Share it with a friend!</strong></p>
            </div>
            <aside class="related"><h3>Related stories</h3><ul>
              <li><a href="/1">Chile's president visits Sweden for the first time in a decade of quiet diplomacy</a></li>
              <li><a href="/2">Fishing quotas divide the North Atlantic nations again as stocks keep falling</a></li>
            </ul></aside>
          </article>
          <section class="comments">
            <p>I think this agreement is long overdue and I hope the fishermen in the north will finally be heard by someone in the capital.</p>
            <p>Another talk shop. Nothing will change until the quotas are enforced, and everybody involved knows it very well.</p>
          </section>
        </main>
        <footer><p>Copyright © 2024 The Daily Example. All rights reserved.</p></footer>
        </body></html>
        """
    }

    /// The text of `html` with tags removed, as a reader sees it.
    static func plain(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }
}

@Suite("Web pages")
struct WebPageTests {
    @Test func readsTheStoryAndLeavesTheFurniture() throws {
        let page = try WebPage(bytes: Array(Pages.news().utf8))
        #expect(page.paragraphs == Pages.story.map(Pages.plain))
        #expect(page.body == Pages.story.map(Pages.plain).joined(separator: "\n\n"))
        for furniture in ["Home", "Facebook", "Related stories", "overdue", "Copyright", "Photo: Example",
                          "Advertisement", "Share it", "By Ana Berg", "dataLayer", "margin"] {
            #expect(!page.body.contains(furniture), "\(furniture) leaked into the body")
        }
    }

    @Test func metadataComesFromTheMostTrustedPlace() throws {
        // JSON-LD first: its headline (the h1 agrees with it), its date with the page's offset, its author.
        let page = try WebPage(bytes: Array(Pages.news().utf8))
        #expect(page.headline == "Norway and Chile agree on ocean cooperation")
        #expect(page.published == "2024-03-05T09:30:00+01:00")
        #expect(page.url == "https://example.com/world/norway-chile-ocean")
        #expect(page.author == "Ana Berg")
        #expect(page.publisher == "The Daily Example")

        // Without JSON-LD: the article: meta tag for the date.
        let openGraph = try WebPage(bytes: Array(Pages.news(jsonLD: false).utf8))
        #expect(openGraph.published == "2024-03-05T11:00:00Z")
        #expect(openGraph.headline == "Norway and Chile agree on ocean cooperation")

        // Without either: <time datetime> and the h1.
        let bare = try WebPage(bytes: Array(Pages.news(jsonLD: false, openGraph: false).utf8))
        #expect(bare.published == "2024-03-04")
        #expect(bare.headline == "Norway and Chile agree on ocean cooperation")
        #expect(bare.url == "https://example.com/world/norway-chile-ocean")
    }

    @Test func theDisplayedHeadlineWinsOverASearchHeadline() throws {
        let html = Pages.news(jsonLD: false).replacingOccurrences(
            of: "<h1 class=\"headline\">Norway and Chile agree on ocean cooperation</h1>",
            with: "<h1 class=\"headline\">Oslo talks: two ocean nations find common ground on fish and ice</h1>")
        let page = try WebPage(bytes: Array(html.utf8))
        #expect(page.headline == "Oslo talks: two ocean nations find common ground on fish and ice")
    }

    @Test func aDateWrittenInThePageIsFound() throws {
        let html = Pages.news(jsonLD: false, openGraph: false)
            .replacingOccurrences(of: "<time datetime=\"2024-03-04\">March 4, 2024</time>",
                                  with: "<div class=\"story-date\">Published 10:02 PM EST Mar 4, 2024</div>")
        let page = try WebPage(bytes: Array(html.utf8))
        #expect(page.published == "2024-03-04")
    }

    @Test func hoverCardsInsideAParagraphAreDroppedButTheNameStays() throws {
        let card = "<span class=\"person\"><a href=\"/p/1\">Erna Lund</a><span class=\"card\"><a href=\"/x\">Lund wins "
            + "vote on budget</a> <a href=\"/y\">Lund visits Tromso harbour</a> <a href=\"/z\">All stories about Lund</a></span></span>"
        let html = Pages.news().replacingOccurrences(of: "<p>The next round", with: "<p>\(card) said the next round")
        let page = try WebPage(bytes: Array(html.utf8))
        let last = try #require(page.paragraphs.last)
        #expect(last.hasPrefix("Erna Lund said the next round"))
        #expect(!page.body.contains("budget"))
    }

    @Test func anIndexPageIsNotAnArticle() {
        let links = (1...40).map { "<li><a href=\"/story/\($0)\">Story number \($0)</a></li>" }.joined()
        let html = "<html><head><title>World news</title></head><body><ul>\(links)</ul></body></html>"
        #expect(throws: WebPage.Problem.notAnArticle("no article text found")) { try WebPage(bytes: Array(html.utf8)) }
        let error = "<html><head><title>404</title></head><body><h1>Page not found</h1><p>Sorry.</p></body></html>"
        #expect(throws: WebPage.Problem.self) { try WebPage(bytes: Array(error.utf8)) }
    }

    @Test func textAndHugePagesAreRefused() {
        #expect(throws: WebPage.Problem.notHTML) { try WebPage(bytes: Array("Just a line of text.\n".utf8)) }
        #expect(throws: WebPage.Problem.notHTML) { try WebPage(bytes: []) }
        var big = Array("<html><body><p>".utf8)
        big.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: WebPage.maximumSize))
        #expect(throws: WebPage.Problem.tooLarge(bytes: big.count)) { try WebPage(bytes: big) }
    }

    @Test func declaredEncodingsAreConverted() throws {
        func page(charset: String?, body: [UInt8]) -> [UInt8] {
            var bytes = Array("<html><head>\(charset.map { "<meta charset=\"\($0)\">" } ?? "")</head><body><p>".utf8)
            bytes += body
            bytes += Array(" The foreign ministers met for three hours and agreed to meet again in the autumn, officials said. ".utf8)
            bytes += Array(String(repeating: "The talks covered fisheries and research. ", count: 8).utf8)
            bytes += Array("</p></body></html>".utf8)
            return bytes
        }
        // windows-1252: 0xE9 is é, 0x93/0x94 are curly quotes.
        let latin = try WebPage(bytes: page(charset: "windows-1252", body: Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("talks".utf8) + [0x94]))
        #expect(latin.body.hasPrefix("Café \u{201C}talks\u{201D}"))
        // EUC-KR: "외교부 장관이 말했다".
        let korean: [UInt8] = [191, 220, 177, 179, 186, 206, 32, 192, 229, 176, 252, 192, 204, 32, 184, 187, 199, 223, 180, 217]
        #expect(try WebPage(bytes: page(charset: "EUC-KR", body: korean)).body.hasPrefix("외교부 장관이 말했다"))
        // No declaration and not UTF-8: windows-1252, as browsers read it.
        #expect(try WebPage(bytes: page(charset: nil, body: Array("Caf".utf8) + [0xE9])).body.hasPrefix("Café"))
        // Declared UTF-8 with one bad byte: a replacement character, the rest intact.
        #expect(try WebPage(bytes: page(charset: "utf-8", body: Array("Caf".utf8) + [0xE9])).body.hasPrefix("Caf\u{FFFD}"))
        // Bytes the encoding does not define (0x8F in windows-1252, a cut EUC-KR pair) become U+FFFD and the page
        // reads on to its end: libxml2's own conversion stopped there (found by fuzzing).
        let undefined = try WebPage(bytes: page(charset: "windows-1252", body: Array("Caf".utf8) + [0xE9, 0x8F, 0x8D] + Array(" ok".utf8)))
        #expect(undefined.body.hasPrefix("Caf\u{E9}\u{FFFD}\u{FFFD} ok"))
        #expect(undefined.body.hasSuffix("research."))
        let cut = try WebPage(bytes: page(charset: "EUC-KR", body: korean + [0xBF, 0x20] + korean))
        #expect(cut.body.hasPrefix("외교부 장관이 말했다\u{FFFD} 외교부"))
        #expect(cut.body.hasSuffix("research."))
        // A second, different <meta charset> later in the page does not switch the encoding halfway.
        var twice = page(charset: "windows-1252", body: Array("Caf".utf8) + [0xE9])
        twice.insert(contentsOf: Array("<meta charset=\"utf-8\">".utf8), at: twice.firstRange(of: Array("</head>".utf8))!.lowerBound)
        #expect(try WebPage(bytes: twice).body.hasPrefix("Café"))
        // An encoding nobody knows is refused by name.
        #expect(throws: WebPage.Problem.unsupportedEncoding("x-no-such-charset")) {
            try WebPage(bytes: page(charset: "x-no-such-charset", body: []))
        }
    }

    @Test func deepNestingIsParsedWithoutRecursion() throws {
        // libxml2 stops nesting at its depth limit; the text before that point is still read.
        let prose = String(repeating: "The delegations met again on Friday and agreed on a timetable. ", count: 8)
        let html = "<html><body><p>\(prose)</p>" + String(repeating: "<div>", count: 100_000) + "deep"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let page = try WebPage(bytes: Array(html.utf8))
        #expect(page.body.hasPrefix("The delegations met again on Friday"))
    }
}

@Suite("Page dates")
struct PageDateTests {
    @Test(arguments: [
        ("2019-11-20T11:06:01+05:30", "2019-11-20T11:06:01+05:30"),
        ("2019-11-20T05:36:01.000Z", "2019-11-20T05:36:01Z"),
        ("2019-11-20", "2019-11-20"),
        ("2019/11/20 08:15", "2019-11-20T08:15:00"),
        ("20191120T110601", "2019-11-20T11:06:01"),
        ("Wed, 20 Nov 2019 11:06:01 GMT", "2019-11-20T11:06:01Z"),
        ("November 20, 2019 11:06 AM EST", "2019-11-20T11:06:00-05:00"),
        ("Nov. 20, 2019 1:06 p.m.", "2019-11-20T13:06:00"),
        ("20 November 2019", "2019-11-20"),
        ("Published 10:02 AM EST Nov 19, 2019", "2019-11-19"),
    ])
    func readsTheFormsPagesUse(raw: String, iso: String) {
        #expect(PageDate.iso(raw) == iso)
    }

    @Test func placeholdersAndNonsenseAreNotDates() {
        #expect(PageDate.iso("0001-01-01T00:00:00") == nil)
        #expect(PageDate.iso("2019-13-40") == nil)
        #expect(PageDate.iso("yesterday") == nil)
        #expect(PageDate.iso("") == nil)
    }
}
