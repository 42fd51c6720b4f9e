import Foundation
import ParleyExtraction
import Testing
@testable import ParleyStore

/// One official and one meeting across articles, whatever the spelling and whoever reports it.
@Suite("Identity across articles")
struct IdentityTests {
    func importing(_ texts: [String]) throws -> ParleyStore {
        let store = try ParleyStore(path: ":memory:")
        for text in texts { try store.importArticle(ArticleInput(text: text), record: Extractor().extract(text: text)) }
        return store
    }

    @Test func spellingsOfOneNameAreOneOfficial() throws {
        let store = try importing([
            "A\nPublished : 2031-01-05\n\nVice Foreign Minister Choi Jong-kun met Defense Secretary Tom Hale on Monday.\n",
            "B\nPublished : 2031-02-05\n\nVice Foreign Minister Choi Jong Kun flew to Rome.\n",
            "C\nPublished : 2031-03-05\n\nVice Foreign Minister CHOI Jong-kun spoke in Paris.\n",
        ])
        let chois = try store.officials().filter { NameKey.fold($0.name) == "choijongkun" }
        #expect(chois.count == 1)
        #expect(try store.profile(of: "choi jong kun").articles.count == 3)
    }

    @Test func aNewTitleIsASecondRoleOfTheSameOfficial() throws {
        let store = try importing([
            "A\nPublished : 2031-01-05\n\nVice Foreign Minister Lena Park met Defense Secretary Tom Hale on Monday.\n",
            "B\nPublished : 2032-06-05\n\nForeign Minister Lena Park met Defense Secretary Tom Hale on Monday.\n",
        ])
        let park = try #require(try store.officials().first { $0.name == "Lena Park" })
        #expect(park.roles.map(\.title) == ["Foreign Minister", "Vice Foreign Minister"])   // latest first
        #expect(park.title == "Foreign Minister")
        #expect(park.roles.first?.firstSeen == "2032-06-05")
        // Each meeting shows the title its own report gave.
        let meetings = try store.meetings(official: "Tom Hale")
        #expect(meetings.map { $0.counterparts.first?.title } == ["Foreign Minister", "Vice Foreign Minister"])
    }

    @Test func aPlannedMeetingLaterReportedAsHeldIsOneMeeting() throws {
        let store = try importing([
            "A\nPublished : 2031-03-05\n\nForeign Minister Kenji Mori will meet Defense Secretary Tom Hale in Geneva on Friday.\n",
            "B\nPublished : 2031-03-08\n\nForeign Minister Kenji Mori met Defense Secretary Tom Hale in Geneva on Friday.\n",
        ])
        let meetings = try store.meetings(official: "Kenji Mori")
        #expect(meetings.count == 1)
        #expect(meetings.first?.date == "2031-03-07")
        #expect(meetings.first?.status == "held")
        #expect(meetings.first?.sources.count == 2)
    }

    @Test func aSurnameAloneStaysInItsArticle() throws {
        let store = try importing([
            "A\nPublished : 2031-01-05\n\nPresident Lee met Defense Secretary Tom Hale on Monday.\n",
            "B\nPublished : 2031-02-05\n\nPrime Minister Lee met Defense Secretary Tom Hale on Monday.\n",
        ])
        // Two one-word "Lee"s from two articles are not assumed to be one person.
        #expect(try store.officials().filter { $0.name == "Lee" }.count == 2)
    }
}
