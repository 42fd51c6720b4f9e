import Foundation
import ParleyExtraction
import Testing
@testable import ParleyStore

/// A small corpus of our own: several officials, meetings over two months, quotes.
enum Fixture {
    /// Shared with the CLI tests: `Tests/Fixtures/analyst/*.txt`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/analyst")

    static var articles: [String] {
        (0..<3).map { (try? String(contentsOf: folder.appendingPathComponent("article\($0).txt"), encoding: .utf8)) ?? "" }
    }

    static func store() throws -> ParleyStore {
        let store = try ParleyStore(path: ":memory:")
        let extractor = Extractor()
        for (n, text) in articles.enumerated() {
            try store.importArticle(ArticleInput(text: text, filePath: "fixture\(n).txt"), record: extractor.extract(text: text))
        }
        return store
    }
}

@Suite("Analyst toolkit: search, profiles, trends, filters, export, SQL")
struct AnalysisTests {
    @Test func searchRanksAndHighlights() throws {
        let store = try Fixture.store()
        let hits = try store.search("trade")
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { $0.snippet.contains("«trade»") || $0.snippet.contains("«Trade»") })
        let phrase = try store.search("\"maritime security\"", in: .quotes)
        #expect(phrase.map(\.title) == ["Anna Lindqvist"])
        #expect(try store.search("trade", from: "2031-04-20").count == 1)
    }

    @Test func badSearchSyntaxIsAClearError() throws {
        let store = try Fixture.store()
        let error = try #require(throws: SearchQueryError.self) { _ = try store.search("AND OR") }
        #expect(error.description.contains("cannot search for"))
        #expect(error.description.contains("double quotes"))
    }

    @Test func searchIndexFollowsDeletes() throws {
        let store = try Fixture.store()
        try store.database.execute("DELETE FROM article WHERE file_path = 'fixture2.txt'")
        #expect(try store.search("Arctic").isEmpty)
        #expect(try store.search("Stockholm").count == 1)
    }

    @Test func profileGathersEverything() throws {
        let store = try Fixture.store()
        let p = try store.profile(of: "mori")
        #expect(p.official.name == "Kenji Mori")
        #expect(p.meetings.map(\.date) == ["2031-03-05", "2031-04-14", "2031-04-22"])  // oldest first
        #expect(p.counterparts.first == CountRow(name: "Anna Lindqvist", count: 2))
        #expect(p.counterparts.contains(CountRow(name: "Paul Girard", count: 1)))
        #expect(p.topics.first?.name == "trade")
        #expect(p.latestQuotes.map(\.text) == ["This visit shows how close our two countries have become,"])
        #expect(p.articles.count == 3)
        #expect(p.official.roles.first?.country == "JP")
    }

    @Test func ambiguousNameListsCandidates() throws {
        let store = try Fixture.store()
        // "Foreign Minister" is an alias of nobody; two officials share the word "minister" only in titles,
        // so make an alias shared by two people.
        try store.database.execute("""
            INSERT INTO official_alias (official_id, alias, alias_key)
            SELECT id, 'the minister', 'theminister' FROM official WHERE name IN ('Kenji Mori', 'Paul Girard')
            """)
        let error = try #require(throws: AmbiguousOfficial.self) { _ = try store.profile(of: "the minister") }
        #expect(error.candidates.count == 2)
        #expect(error.description.contains("Kenji Mori (Foreign Minister, JP)"))
    }

    @Test func topicDaySummaryMatchesTheMentionsAndIsNeverReadStale() throws {
        let store = try Fixture.store()
        // Imported article by article, without the end-of-import recount: every day is stale.
        #expect(try store.hasStaleTopicDays(from: nil, to: nil))
        let counted = try store.topicTrends(by: .day)
        let april = try store.topicTrends(by: .day, from: "2031-04-01", to: "2031-04-30", topic: "trade")
        #expect(!counted.isEmpty && !april.isEmpty)
        #expect(try store.refreshTopicDays() > 0)
        #expect(try !store.hasStaleTopicDays(from: nil, to: nil))
        #expect(try store.database.scalarInt("SELECT count(*) FROM topic_day") == Int64(counted.count))
        #expect(try store.topicTrends(by: .day) == counted)
        #expect(try store.topicTrends(by: .day, from: "2031-04-01", to: "2031-04-30", topic: "trade") == april)
        #expect(try store.refreshTopicDays() == 0)
    }

    @Test func aLaterReportOfAMeetingRecountsTheEarlierArticlesDay() throws {
        let store = try ParleyStore(path: ":memory:")
        let people = [Official(name: "Lena Holm", title: "Foreign Minister", country: "DK"),
                      Official(name: "Aki Mori", title: "Foreign Minister", country: "JP")]
        let meeting = Meeting(participants: ["Lena Holm", "Aki Mori"], date: "2031-06-01", kind: .inPerson, status: .held)
        let first = ExtractionRecord(article: ArticleInfo(headline: "First", published: "2031-06-02"), officials: people,
                                     meetings: [meeting],
                                     topics: [Topic(name: "fisheries", meetings: [0]), Topic(name: "whaling", meetings: [])])
        try store.importArticle(ArticleInput(text: "first report"), record: first)
        try store.refreshTopicDays()
        #expect(try store.topicTrends(by: .day).map { "\($0.period) \($0.topic)" }
                == ["2031-06-01 fisheries", "2031-06-02 whaling"])
        // A second report says whaling was discussed at that meeting: the first article's whaling now counts
        // on the meeting's day, so its publication day must be recounted too.
        let second = ExtractionRecord(article: ArticleInfo(headline: "Second", published: "2031-06-05"), officials: people,
                                      meetings: [meeting], topics: [Topic(name: "whaling", meetings: [0])])
        try store.importArticle(ArticleInput(text: "second report"), record: second)
        #expect(try store.hasStaleTopicDays(from: "2031-06-02", to: "2031-06-02"))
        let counted = try store.topicTrends(by: .day)
        try store.refreshTopicDays()
        let summary = try store.topicTrends(by: .day)
        #expect(summary == counted)
        #expect(summary.map { "\($0.period) \($0.topic) \($0.articles)" } == ["2031-06-01 fisheries 2", "2031-06-01 whaling 2"])
    }

    @Test func topicTrendsByWeekAndMonth() throws {
        let store = try Fixture.store()
        let months = try store.topicTrends(by: .month)
        #expect(Set(months.map(\.period)) == ["2031-03", "2031-04"])
        #expect(months.first { $0.period == "2031-04" && $0.topic == "trade" }?.meetings == 2)
        let weeks = try store.topicTrends(by: .week, topic: "trade")
        #expect(weeks.map(\.period) == ["2031-04-14", "2031-04-21"])   // Mondays
        let lindqvist = try store.topicTrends(by: .month, official: "Lindqvist")
        #expect(!lindqvist.contains { $0.topic.contains("Arctic") })
    }

    @Test func meetingsBetweenAndByCountryKindStatus() throws {
        let store = try Fixture.store()
        #expect(try store.meetings(MeetingFilter(between: ["Mori", "Lindqvist"])).count == 2)
        #expect(try store.meetings(MeetingFilter(between: ["Lindqvist", "Girard"])).isEmpty)
        #expect(try store.meetings(MeetingFilter(countries: ["JP", "CA"])).map(\.location) == ["Ottawa"])
        #expect(try store.meetings(MeetingFilter(kind: "phone")).map(\.date) == ["2031-03-05"])
        #expect(try store.meetings(MeetingFilter(status: "planned")).isEmpty)
        #expect(try store.meetings(MeetingFilter(limit: 1)).count == 1)
        #expect(throws: UnknownOfficial.self) { _ = try store.meetings(MeetingFilter(between: ["Mori", "Nobody"])) }
    }

    @Test func exportWritesEveryTableWithItsColumns() throws {
        let store = try Fixture.store()
        var columns: [String: [String]] = [:]
        var counts: [String: Int] = [:]
        for table in ParleyStore.exportTables {
            try store.exportRows(of: table) { c, _ in columns[table] = c; counts[table, default: 0] += 1 }
        }
        #expect(counts["article"] == 3)
        #expect(columns["meeting"] == ["id", "date", "date_precision", "location", "kind", "status"])
        #expect(columns["quote"]?.contains("speaker_official_id") == true)
        #expect(throws: SQLiteError.self) { try store.exportRows(of: "sqlite_master") { _, _ in } }
    }

    @Test func sqlIsReadOnly() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("p.sqlite")
        do {
            let store = try ParleyStore(path: path)
            let text = Fixture.articles[0]
            try store.importArticle(ArticleInput(text: text), record: Extractor().extract(text: text))
        }
        let result = try ParleyStore.readOnlyQuery(path: path, sql: "SELECT name FROM official ORDER BY name")
        #expect(result.columns == ["name"])
        #expect(result.rows == [[.text("Anna Lindqvist")], [.text("Kenji Mori")]])
        for write in ["DELETE FROM official", "INSERT INTO topic (name, name_key) VALUES ('x', 'x')", "DROP TABLE quote",
                      "PRAGMA writable_schema = ON"] {
            let error = try #require(throws: SQLiteError.self, "\(write)") { _ = try ParleyStore.readOnlyQuery(path: path, sql: write) }
            #expect(error == .readonly || error.code == 23 || error.message.contains("read-only"), "\(write): \(error)")
        }
        #expect(throws: SQLiteError.self) {
            _ = try ParleyStore.readOnlyQuery(path: path, sql: "ATTACH DATABASE '\(dir.path("x.sqlite"))' AS x")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("x.sqlite")))
        for refused in ["SELECT load_extension('\(dir.path("x.so"))')", "PRAGMA query_only = OFF", "DETACH DATABASE main"] {
            let error = try #require(throws: SQLiteError.self, "\(refused)") { _ = try ParleyStore.readOnlyQuery(path: path, sql: refused) }
            #expect(error.message.contains("parley sql is read-only"), "\(refused): \(error)")
        }
        // Pragmas that only describe the schema still answer.
        let columns = try ParleyStore.readOnlyQuery(path: path, sql: "PRAGMA table_info(meeting)")
        #expect(columns.rows.contains { $0.count > 1 && $0[1] == .text("date") })
        #expect(try ParleyStore(path: path).counts()["official"] == 2)
    }
}
