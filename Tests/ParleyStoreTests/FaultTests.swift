import Foundation
import ParleyExtraction
import Testing
@testable import ParleyStore

/// A disk that fills up in the middle of a batch (`PRAGMA max_page_count` stands in for a full disk; SQLite
/// answers both with SQLITE_FULL): that batch is rolled back whole, earlier batches stay, a re-run completes it.
@Suite("Faults during import")
struct FaultTests {
    /// `count` articles of about 6 KB each, every one different.
    func batch(_ count: Int, from first: Int) -> [(ArticleInput, ExtractionRecord)] {
        (first..<(first + count)).map { n in
            let text = "Talks \(n)\nPublished : 2031-04-16\n\nForeign Minister Lena Holm met Foreign Minister Aki Mori on Monday. "
                + String(repeating: "\"We discussed fisheries and trade at length in meeting \(n),\" Holm said. ", count: 80)
            return (ArticleInput(text: text, externalID: "fault:\(n)"), Extractor().extract(text: text))
        }
    }

    @Test func aFullDiskMidBatchRollsBackThatBatchOnlyAndARerunCompletesIt() throws {
        let dir = TemporaryDirectory()
        let store = try ParleyStore(path: dir.path("full.sqlite"))
        var stored = 0
        try store.importBatch(batch(5, from: 0)) { _, result in if case .success = result { stored += 1 } }
        #expect(stored == 5)
        let quotesBefore = try store.database.scalarInt("SELECT count(*) FROM quote")
        // Room for a little more, not for the next batch.
        let pages = try store.database.scalarInt("PRAGMA page_count") ?? 0
        try store.database.execute("PRAGMA max_page_count = \(pages + 8)")
        let second = batch(20, from: 5)
        var reported = 0
        let error = try #require(throws: SQLiteError.self) {
            try store.importBatch(second) { _, _ in reported += 1 }
        }
        #expect(error == .full)
        #expect(ParleyStore.endsBatch(error))
        #expect(reported == 0, "no article of a failed batch is reported as stored")
        #expect(store.database.isAutocommit, "the batch's transaction is over")
        #expect(try store.counts()["article"] == 5, "the batch is rolled back whole; the earlier one stays")
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote") == quotesBefore)
        #expect(try store.database.scalarString("PRAGMA integrity_check") == "ok")

        // Space again: the same batch, run again, completes.
        try store.database.execute("PRAGMA max_page_count = 1073741823")
        var imported = 0
        try store.importBatch(second) { _, result in
            if case .success(let outcome) = result, outcome.status == .imported { imported += 1 }
        }
        #expect(imported == 20)
        #expect(try store.counts()["article"] == 25)
    }
}
