import Foundation
import ParleyExtraction
import Testing
@testable import ParleyStore

/// Values from the web that try to be more than values: stored and read back byte for byte, never executed.
@Suite("Hostile values")
struct HostileValueTests {
    static let hostile = [
        "'); DROP TABLE official; --",
        "Robert\"); DELETE FROM quote WHERE (\"1\"=\"1",
        "Nul\u{0}Byte",
        "Bell\u{7}\u{1B}]0;retitled\u{7}\u{1B}[2J",
        "\u{202E}evil\u{202C} \u{200F}rtl mark",
        "% _ \\ wildcards",
        String(repeating: "Longname", count: 1_250),   // 10,000 characters
    ]

    @Test func hostileNamesTitlesAndQuotesRoundTrip() throws {
        let store = try ParleyStore(path: ":memory:")
        let tablesBefore = try store.database.rows("SELECT name FROM sqlite_master ORDER BY name") { $0.string(0) }
        for (n, value) in Self.hostile.enumerated() {
            let other = "Plain Person \(n)"
            let record = ExtractionRecord(
                article: ArticleInfo(headline: value, published: "2031-06-02"),
                officials: [Official(name: value, title: value, country: "DK", organization: value, aliases: [value + " alias"]),
                            Official(name: other)],
                meetings: [Meeting(participants: [value, other], date: "2031-06-01", location: value, kind: .inPerson, status: .held)],
                quotes: [Quote(speaker: value, text: value)],
                topics: [Topic(name: value, meetings: [0])])
            let outcome = try store.importArticle(ArticleInput(text: "article \(n): \(value)", url: value, externalID: value), record: record)
            #expect(outcome.status == .imported)

            let official = try #require(try store.officials().first { $0.name == value }, "official \(n)")
            #expect(official.title == value)
            #expect(official.organization == value)
            #expect(official.aliases.contains(value + " alias"))
            let meetings = try store.meetings(official: value)
            #expect(meetings.count == 1)
            #expect(meetings.first?.location == value)
            #expect(meetings.first?.topics == [value])
            #expect(meetings.first?.sources.first?.headline == value)
            #expect(try store.quotes(official: value).map(\.text) == [value])
        }
        // Nothing was executed: the same tables, every row there.
        #expect(try store.database.rows("SELECT name FROM sqlite_master ORDER BY name") { $0.string(0) } == tablesBefore)
        #expect(try store.counts()["article"] == Self.hostile.count)
        #expect(try store.database.scalarString("PRAGMA integrity_check") == "ok")
        // The same article again (same url) is a duplicate, matched by value, not by pattern.
        let again = try store.importArticle(ArticleInput(text: "other text", url: Self.hostile[5]),
                                            record: ExtractionRecord(article: ArticleInfo()))
        #expect(again.status == .duplicate)
        #expect(try store.importArticle(ArticleInput(text: "other text", url: "%"), record: ExtractionRecord(article: ArticleInfo())).status
                == .imported)
    }
}
