import Foundation
import ParleyExtraction
import Testing
@testable import ParleyStore

@Suite("Merging officials")
struct MergeTests {
    @Test func mergeMovesEverythingAndUndoRestoresIt() throws {
        let store = try Fixture.store()
        let before = try store.officials()
        let girardMeetings = try store.meetings(official: "Paul Girard")
        let outcome = try store.mergeOfficials(keep: "Kenji Mori", merge: "Paul Girard")
        #expect(outcome.quotes == 1)
        #expect(outcome.articles == 0)            // both are in the same article
        #expect(outcome.meetings == 0)            // and in the same meeting
        #expect(outcome.roles == 1)
        #expect(try store.officials().count == before.count - 1)
        // The merged name now finds the kept official.
        #expect(try store.meetings(official: "Paul Girard").allSatisfy { $0.official.name == "Kenji Mori" })
        #expect(try store.quotes(official: "Kenji Mori").count == 2)

        let undone = try store.undoMerge(of: "Paul Girard")
        #expect(undone.quotes == 1)
        #expect(try store.officials() == before)
        #expect(try store.meetings(official: "Paul Girard").map(\.id) == girardMeetings.map(\.id))
    }

    @Test func dryRunChangesNothing() throws {
        let store = try Fixture.store()
        let before = try store.officials()
        let outcome = try store.mergeOfficials(keep: "Anna Lindqvist", merge: "Paul Girard", dryRun: true)
        #expect(outcome.dryRun)
        #expect(outcome.articles == 1 && outcome.meetings == 1 && outcome.quotes == 1)
        #expect(try store.officials() == before)
    }

    @Test func aReimportStaysMerged() throws {
        let store = try Fixture.store()
        try store.mergeOfficials(keep: "Kenji Mori", merge: "Paul Girard")
        let text = "Girard again\nPublished : 2031-05-02\n\nCanadian Foreign Minister Paul Girard visited Rome on Friday.\n"
        try store.importArticle(ArticleInput(text: text), record: Extractor().extract(text: text))
        #expect(try store.officials().contains { $0.name == "Paul Girard" } == false)
        #expect(try store.profile(of: "Kenji Mori").articles.count == 4)
    }

    @Test func aBatchImportStaysMergedAndKnowsItsOfficials() throws {
        let store = try Fixture.store()
        try store.mergeOfficials(keep: "Kenji Mori", merge: "Paul Girard")
        let texts = ["Girard again\nPublished : 2031-05-02\n\nCanadian Foreign Minister Paul Girard visited Rome on Friday.\n",
                     "Girard once more\nPublished : 2031-05-03\n\nCanadian Foreign Minister Paul Girard met Foreign Minister "
                        + "Lena Holm of Denmark on Saturday.\n"]
        try store.importBatch(texts.map { (ArticleInput(text: $0), Extractor().extract(text: $0)) }) { _, _ in }
        #expect(try store.officials().contains { $0.name == "Paul Girard" } == false)
        #expect(try store.profile(of: "Kenji Mori").articles.count == 5)
        // An official new to the database, named in two articles of one batch, is one official.
        #expect(try store.officials().filter { $0.name == "Lena Holm" }.count == 1)
        #expect(try store.profile(of: "Lena Holm").articles.count == 1)
    }

    @Test func mergeErrorsSaySo() throws {
        let store = try Fixture.store()
        #expect(throws: MergeError.self) { try store.mergeOfficials(keep: "Mori", merge: "Kenji Mori") }
        #expect(throws: UnknownOfficial.self) { try store.mergeOfficials(keep: "Mori", merge: "Nobody Known") }
        #expect(throws: MergeError.self) { try store.undoMerge(of: "Kenji Mori") }
    }
}
