import Foundation
import ParleyExtraction
import Testing
@testable import ParleyStore

/// Two short articles of our own: the same two officials, a call and a planned visit.
let firstArticle = """
Ministers agree to meet
Published : 2031-03-07 09:00

The Foreign Ministry said Friday.

Foreign Minister Anna Lindqvist of Sweden held phone talks with Japanese Foreign Minister Kenji Mori on Wednesday.

"We agreed to deepen our cooperation on maritime security and trade," Lindqvist told reporters.

Mori will visit Stockholm next month.
"""

let secondArticle = """
Mori arrives in Stockholm for talks on trade
Published : 2031-04-16 10:00

Japanese Foreign Minister Kenji Mori arrived in Stockholm on Monday for talks with Foreign Minister Anna Lindqvist on trade and energy.

"This visit shows how close our two countries have become," Mori said.
"""

@Suite("Store: import and queries")
struct StoreTests {
    func importBoth(_ store: ParleyStore) throws {
        let extractor = Extractor()
        for (n, text) in [firstArticle, secondArticle].enumerated() {
            try store.importArticle(ArticleInput(text: text, filePath: "a\(n).txt"), record: extractor.extract(text: text))
        }
    }

    @Test func importsAnArticleWithEverythingExtracted() throws {
        let store = try ParleyStore(path: ":memory:")
        let record = Extractor().extract(text: firstArticle)
        let outcome = try store.importArticle(ArticleInput(text: firstArticle, filePath: "a.txt"), record: record)
        #expect(outcome.status == .imported)
        #expect(outcome.officials == record.officials.count)
        let counts = try store.counts()
        #expect(counts["article"] == 1)
        #expect(counts["official"] == 2)
        #expect(counts["meeting"] == 1)
        #expect(counts["quote"] == 1)
    }

    @Test func reimportChangesNothing() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        let before = try store.counts()
        let again = try store.importArticle(ArticleInput(text: firstArticle), record: Extractor().extract(text: firstArticle))
        #expect(again.status == .duplicate)
        #expect(try store.counts() == before)
    }

    @Test func meetingsByNameOrAliasAnyCase() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        let byName = try store.meetings(official: "Anna Lindqvist")
        let bySurname = try store.meetings(official: "LINDQVIST")
        #expect(byName == bySurname)
        #expect(byName.map(\.date) == ["2031-04-14", "2031-03-05"])
        #expect(byName.map(\.kind) == ["in_person", "phone"])
        #expect(byName.first?.location == "Stockholm")
        #expect(byName.first?.counterparts.map(\.name) == ["Kenji Mori"])
        #expect(byName.first?.counterparts.first?.country == "JP")
        #expect(byName.first?.topics.contains("trade") == true)
    }

    @Test func meetingsWithinDates() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        #expect(try store.meetings(official: "Mori", from: "2031-04-01", to: "2031-04-30").map(\.date) == ["2031-04-14"])
        #expect(try store.meetings(official: "Mori", from: "2032-01-01").isEmpty)
    }

    @Test func unknownNameSuggestsCloseOnes() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        let error = try #require(throws: UnknownOfficial.self) { _ = try store.meetings(official: "Lindqvst") }
        #expect(error.suggestions.contains("Anna Lindqvist"))
        #expect("\(error)".hasPrefix("no official named \"Lindqvst\""))
    }

    @Test func quotesByOfficial() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        #expect(try store.quotes(official: "Mori").map(\.text) == ["This visit shows how close our two countries have become,"])
        #expect(try store.quotes(official: "Lindqvist").count == 1)
        #expect(try store.quotes().count == 2)
    }

    @Test func topicsByDay() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        let april = try store.topicsByDay(from: "2031-04-01", to: "2031-04-30")
        #expect(april.allSatisfy { $0.date.hasPrefix("2031-04") })
        #expect(april.contains { $0.topic == "trade" && $0.meetings == 1 && $0.articles == 1 })
    }

    @Test func oneOfficialAcrossArticlesWithDatedRoles() throws {
        let store = try ParleyStore(path: ":memory:")
        try importBoth(store)
        let officials = try store.officials()
        let mori = try #require(officials.first { $0.name == "Kenji Mori" })
        #expect(officials.filter { $0.name == "Kenji Mori" }.count == 1)
        #expect(mori.title == "Foreign Minister")
        #expect(mori.roles.first?.firstSeen == "2031-03-07")
        #expect(mori.roles.first?.lastSeen == "2031-04-16")
        #expect(mori.meetings == 2)
    }

    @Test func failedImportLeavesNothingHalfWritten() throws {
        let store = try ParleyStore(path: ":memory:")
        // Make the last step of the import fail: quotes cannot be written.
        try store.database.execute("""
            CREATE TEMP TRIGGER no_quotes BEFORE INSERT ON quote BEGIN SELECT RAISE(ABORT, 'quotes are off'); END
            """)
        let error = try #require(throws: SQLiteError.self) {
            try store.importArticle(ArticleInput(text: firstArticle), record: Extractor().extract(text: firstArticle))
        }
        #expect(error.message == "quotes are off")
        #expect(try store.counts().values.allSatisfy { $0 == 0 })
        try store.database.execute("DROP TRIGGER no_quotes")
        let retry = try store.importArticle(ArticleInput(text: firstArticle), record: Extractor().extract(text: firstArticle))
        #expect(retry.status == .imported)
    }
}
