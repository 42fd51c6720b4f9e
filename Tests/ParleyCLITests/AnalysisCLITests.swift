import Foundation
import Testing

/// Three short articles of our own, shared with the store tests.
private let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/analyst")

@Suite("CLI: analyst toolkit", .serialized)
struct AnalysisCLITests {
    func workspace() throws -> Workspace {
        let ws = try Workspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("fixture"), withIntermediateDirectories: true)
        for n in 0..<3 {
            try ws.write("fixture/article\(n).txt", try Data(contentsOf: fixtureFolder.appendingPathComponent("article\(n).txt")))
        }
        let run = try parley(["import", "fixture"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        return ws
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func searchPrintsRankedSnippets() throws {
        let ws = try workspace()
        let run = try parley(["search", "Arctic", "--format", "jsonl"], in: ws.url)
        #expect(run.status == 0)
        let hits = try jsonLines(run.stdout)
        #expect(hits.count == 1)
        #expect((hits[0]["snippet"] as? String)?.contains("«Arctic»") == true)
        let quotes = try parley(["search", "--in", "quotes", "countries", "--format", "csv"], in: ws.url)
        #expect(quotes.stdout.hasPrefix("speaker,published,snippet\r\n"))
        #expect(quotes.stdout.contains("Kenji Mori"))
    }

    @Test func badSearchQueryExitsWithAHint() throws {
        let ws = try workspace()
        let run = try parley(["search", "\"unclosed"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("cannot search for"))
    }

    @Test func officialProfileReport() throws {
        let ws = try workspace()
        let run = try parley(["official", "Kenji Mori"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        for section in ["roles", "meetings (3)", "counterparts", "topics", "latest quotes", "articles (3)"] {
            #expect(run.stdout.contains(section), "missing \(section)")
        }
        #expect(run.stdout.contains("Anna Lindqvist  2"))
        let json = try parley(["official", "mori", "--format", "json"], in: ws.url)
        let profile = try #require(try jsonLines(json.stdout).first)
        #expect((profile["meetings"] as? [Any])?.count == 3)
        let unknown = try parley(["official", "Nobody Atall"], in: ws.url)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no official named"))
    }

    @Test func topicsByMonthWithBars() throws {
        let ws = try workspace()
        let run = try parley(["topics", "--by", "month"], in: ws.url)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("month"))
        #expect(run.stdout.contains("2031-04  trade"))
        #expect(run.stdout.contains("\u{2588}"))
        let csv = try parley(["topics", "--by", "week", "--topic", "trade", "--format", "csv"], in: ws.url)
        #expect(csv.stdout == "week,topic,meetings,articles\r\n2031-04-14,trade,1,1\r\n2031-04-21,trade,1,1\r\n")
        let bad = try parley(["topics", "--by", "year"], in: ws.url)
        #expect(bad.status == 64)
    }

    @Test func meetingFilters() throws {
        let ws = try workspace()
        let between = try parley(["meetings", "--between", "Mori", "Lindqvist", "--format", "jsonl"], in: ws.url)
        #expect(try jsonLines(between.stdout).count == 2)
        let countries = try parley(["meetings", "--country", "JP", "--country", "CA", "--format", "jsonl"], in: ws.url)
        #expect(try jsonLines(countries.stdout).map { $0["location"] as? String } == ["Ottawa"])
        let phone = try parley(["meetings", "--kind", "phone", "--format", "jsonl"], in: ws.url)
        #expect(try jsonLines(phone.stdout).map { $0["date"] as? String } == ["2031-03-05"])
        let limited = try parley(["meetings", "--limit", "1", "--format", "jsonl"], in: ws.url)
        #expect(try jsonLines(limited.stdout).count == 1)
        let wrong = try parley(["meetings", "--between", "Mori"], in: ws.url)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--between takes two names"))
        let badCountry = try parley(["meetings", "--country", "Japan"], in: ws.url)
        #expect(badCountry.status == 64)
    }

    @Test func exportWritesEveryTable() throws {
        let ws = try workspace()
        let run = try parley(["export", "--format", "csv", "--out", "out"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let meeting = try String(contentsOf: ws.url.appendingPathComponent("out/meeting.csv"), encoding: .utf8)
        #expect(meeting.hasPrefix("id,date,date_precision,location,kind,status\r\n"))
        #expect(meeting.split(separator: "\r\n").count == 4)
        let jsonl = try parley(["export", "--out", "out2"], in: ws.url)
        #expect(jsonl.status == 0)
        let quotes = try String(contentsOf: ws.url.appendingPathComponent("out2/quote.jsonl"), encoding: .utf8)
        let rows = try jsonLines(quotes)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["text"] is String && $0["article_id"] is Int })
        let files = try FileManager.default.contentsOfDirectory(atPath: ws.url.appendingPathComponent("out2").path)
        #expect(files.count == 12)
        #expect(!files.contains { $0.hasSuffix(".partial") })
    }

    @Test func sqlReadsButNeverWrites() throws {
        let ws = try workspace()
        let run = try parley(["sql", "SELECT name, name_key FROM official ORDER BY name", "--format", "csv"], in: ws.url)
        #expect(run.stdout == "name,name_key\r\nAnna Lindqvist,annalindqvist\r\nKenji Mori,kenjimori\r\nPaul Girard,paulgirard\r\n")
        let write = try parley(["sql", "DELETE FROM official"], in: ws.url)
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"))
        let two = try parley(["sql", "SELECT 1; DROP TABLE quote"], in: ws.url)
        #expect(two.status == 1)
        let count = try parley(["sql", "SELECT count(*) AS n FROM official", "--format", "json"], in: ws.url)
        #expect(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[{\"n\":3}]")
    }
}
