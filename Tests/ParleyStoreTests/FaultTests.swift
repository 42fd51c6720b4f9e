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

    /// An article that fails in the middle of a batch (here a trigger refuses one of its quotes, after its article row
    /// and full-text entry are written) is absent, with nothing of it in the full-text index; the rest of the batch is
    /// stored, and found by search.
    @Test func anArticleThatFailsMidBatchLeavesNothingBehindAndTheOthersAreStored() throws {
        let dir = TemporaryDirectory()
        let store = try ParleyStore(path: dir.path("one-bad.sqlite"))
        try store.database.execute("""
            CREATE TEMP TRIGGER refuse_poison BEFORE INSERT ON quote WHEN new.text LIKE '%poison%'
            BEGIN SELECT RAISE(ABORT, 'poisoned quote'); END
            """)
        let texts = ["alder", "poison", "birch", "cedar"].map { word in
            "Talks on \(word)\nPublished : 2031-04-16\n\nForeign Minister Lena Holm met Foreign Minister Aki Mori on Monday. "
                + "\"We spoke about \(word) forests,\" Holm said."
        }
        var outcomes: [Int: Bool] = [:]
        try store.importBatch(texts.map { (ArticleInput(text: $0), Extractor().extract(text: $0)) }) { index, result in
            if case .success = result { outcomes[index] = true } else { outcomes[index] = false }
        }
        #expect(outcomes == [0: true, 1: false, 2: true, 3: true])
        #expect(try store.counts()["article"] == 3)
        #expect(try store.database.scalarInt("SELECT count(*) FROM quote") == 3)
        for (word, found) in [("alder", 1), ("poison", 0), ("birch", 1), ("cedar", 1)] as [(String, Int64)] {
            #expect(try store.database.scalarInt("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", [word]) == found)
            #expect(try store.database.scalarInt("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH ?", [word]) == found)
            #expect(try store.search(word).count == Int(found))
        }
        // FTS5's own check: the index holds exactly what the article and quote tables hold.
        try store.database.execute("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')")
        try store.database.execute("INSERT INTO quote_fts (quote_fts) VALUES ('integrity-check')")
        #expect(try store.database.scalarString("PRAGMA integrity_check") == "ok")
    }

    /// Days marked stale are remembered for the rest of a batch (one statement a day, not one an article), but only
    /// for the transaction that marked them: here an article fails, the batch is rolled back and stored again article
    /// by article, and the day its first article marked before the rollback must be marked again.
    @Test func aDayMarkedStaleBeforeARollbackIsMarkedAgain() throws {
        let store = try ParleyStore(path: ":memory:")
        try store.database.execute("""
            CREATE TEMP TRIGGER refuse_poison BEFORE INSERT ON quote WHEN new.text LIKE '%poison%'
            BEGIN SELECT RAISE(ABORT, 'poisoned quote'); END
            """)
        func record(_ quote: String, day: String) -> ExtractionRecord {
            ExtractionRecord(article: ArticleInfo(headline: quote, published: day), quotes: [Quote(speaker: nil, text: quote)],
                             topics: [Topic(name: "fisheries")])
        }
        let items = [(ArticleInput(text: "one"), record("cod", day: "2031-06-02")),
                     (ArticleInput(text: "two"), record("poison", day: "2031-06-02")),
                     (ArticleInput(text: "three"), record("hake", day: "2031-06-03")),
                     (ArticleInput(text: "four"), record("ling", day: "2031-06-03"))]
        var failed: [Int] = []
        try store.importBatch(items) { index, result in if case .failure = result { failed.append(index) } }
        #expect(failed == [1])
        #expect(try store.hasStaleTopicDays(from: "2031-06-02", to: "2031-06-02"))
        #expect(try store.hasStaleTopicDays(from: "2031-06-03", to: "2031-06-03"))
        try store.refreshTopicDays()
        #expect(try store.topicTrends(by: .day).map { "\($0.period) \($0.topic) \($0.articles)" }
                == ["2031-06-02 fisheries 1", "2031-06-03 fisheries 2"])
    }
}
