import Foundation
import Testing
@testable import ParleyStore

/// A made-up name for article `i`: "Bodafe", "Kilumo", ...
private func word(_ i: Int) -> String {
    let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
    var n = i, out = ""
    repeat {
        out.append(consonants[n % consonants.count]); n /= consonants.count
        out.append(vowels[n % vowels.count]); n /= vowels.count
    } while n > 0
    return out.prefix(1).uppercased() + out.dropFirst()
}

/// `count` short articles as JSON Lines: each has two officials, one meeting and one quote.
private func corpus(_ count: Int, offset: Int = 0) -> Data {
    var lines = ""
    for k in 0..<count {
        let i = k + offset
        let a = "Anna \(word(i))a", b = "Kenji \(word(i))o"
        let text = "Foreign Minister \(a) of Sweden met Japanese Foreign Minister \(b) in Geneva on Monday to discuss trade. "
            + "\\\"We agreed to keep talking about trade every single month,\\\" \(word(i))a said."
        lines += "{\"id\": \"synthetic:\(i)\", \"headline\": \"Ministers meet \(i)\", \"published\": \"2031-04-16\", \"text\": \"\(text)\"}\n"
    }
    return Data(lines.utf8)
}

@Suite("Crash safety and concurrency", .serialized)
struct CrashSafetyTests {
    func counts(_ path: String) throws -> (articles: Int64, quotes: Int64, integrity: String) {
        let db = try Database(path: path, mode: .readOnly)
        return (try db.scalarInt("SELECT count(*) FROM article") ?? -1, try db.scalarInt("SELECT count(*) FROM quote") ?? -1,
                try db.scalarString("PRAGMA integrity_check") ?? "")
    }

    @Test func killedImportLeavesWholeArticlesAndARerunCompletes() throws {
        let ws = try Workspace()
        try ws.write("corpus.jsonl", corpus(3000))
        let db = ws.url.appendingPathComponent("crash.sqlite").path
        let process = Process()
        process.executableURL = try parleyBinary()
        process.arguments = ["import", "--quiet", "--batch-size", "25", "--db", db, "corpus.jsonl"]
        process.currentDirectoryURL = ws.url
        try process.run()
        // Wait until some batches are committed, then kill it without warning.
        let deadline = Date().addingTimeInterval(30)
        var seen: Int64 = 0
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: db), let c = try? counts(db).articles, c > 100 { seen = c; break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(seen > 0, "the import committed nothing before the kill")
        let after = try counts(db)
        #expect(after.integrity == "ok")
        #expect(after.articles < 3000, "the import finished before it was killed; make the corpus larger")
        #expect(after.quotes == after.articles, "an article was stored without its quote")
        // A second run completes the import and skips what is there.
        let rerun = try parley(["import", "--db", db, "corpus.jsonl"], in: ws.url)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("\(after.articles) already present"))
        let final = try counts(db)
        #expect(final.articles == 3000)
        #expect(final.quotes == 3000)
    }

    /// Both start on a database that does not exist yet: they race to create it, then to write.
    @Test(arguments: 1...3)
    func twoImportsAtOnceBothFinish(round: Int) throws {
        let ws = try Workspace()
        try ws.write("a.jsonl", corpus(600))
        try ws.write("b.jsonl", corpus(600, offset: 10_000))
        let db = ws.url.appendingPathComponent("shared.sqlite").path
        var processes: [Process] = []
        for file in ["a.jsonl", "b.jsonl"] {
            let p = Process()
            p.executableURL = try parleyBinary()
            p.arguments = ["import", "--quiet", "--batch-size", "20", "--db", db, file]
            p.currentDirectoryURL = ws.url
            try p.run()
            processes.append(p)
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let c = try counts(db)
        #expect(c.articles == 1200)
        #expect(c.quotes == 1200)
        #expect(c.integrity == "ok")
    }

    /// Extraction on several threads, the next batch while this one is stored, gives the database one thread gives:
    /// the same rows with the same ids (officials and meetings shared across articles included).
    @Test func parallelExtractionStoresWhatOneThreadStores() throws {
        let ws = try Workspace()
        var lines = ""
        for i in 0..<240 {
            // Thirteen pairs of ministers, each meeting reported by several articles; a quote each.
            let a = "Anna \(word(i % 13))a", b = "Kenji \(word(i % 13))o"
            let text = "Foreign Minister \(a) of Sweden met Japanese Foreign Minister \(b) in Geneva on Monday to discuss "
                + (i % 2 == 0 ? "trade" : "fisheries") + ". \\\"We will meet again, report \(i),\\\" \(word(i % 13))a said."
            lines += "{\"id\": \"p:\(i)\", \"headline\": \"Ministers meet \(i)\", \"published\": \"2031-04-\(10 + i % 5)\", "
                + "\"text\": \"\(text)\"}\n"
        }
        try ws.write("corpus.jsonl", Data(lines.utf8))
        var answers: [String] = []
        // Batches of 40: each is cut into 4 chunks on 4 threads (a chunk is at least 8 articles).
        for jobs in ["1", "4"] {
            let db = "jobs\(jobs).sqlite"
            let run = try parley(["import", "--quiet", "--jobs", jobs, "--batch-size", "40", "--db", db, "corpus.jsonl"], in: ws.url)
            #expect(run.status == 0, "\(run.stderr)")
            var answer = ""
            for query in [
                "SELECT id, external_id, headline, published_day FROM article ORDER BY id",
                "SELECT id, name, name_key FROM official ORDER BY id",
                "SELECT official_id, title, country, first_seen, last_seen FROM official_role ORDER BY id",
                "SELECT m.id, m.date, m.kind, m.status, m.location, count(*) FROM meeting m "
                    + "JOIN meeting_source ms ON ms.meeting_id = m.id GROUP BY m.id ORDER BY m.id",
                "SELECT id, article_id, speaker_official_id, text FROM quote ORDER BY id",
                "SELECT t.name, count(*) FROM article_topic at JOIN topic t ON t.id = at.topic_id GROUP BY t.id ORDER BY t.id",
            ] {
                let rows = try parley(["sql", "--db", db, "--format", "csv", "--limit", "100000", query], in: ws.url)
                #expect(rows.status == 0, "\(rows.stderr)")
                answer += rows.stdout
            }
            answers.append(answer)
        }
        let one = answers[0].split(separator: "\n"), four = answers[1].split(separator: "\n")
        #expect(one == four, "first difference: \(zip(one, four).first { $0 != $1 }.map { "\($0) | \($1)" } ?? "in length")")
        #expect(answers[0].contains("Anna Baa,annabaa"), "the officials are there")
        let meetings = try Database(path: ws.url.appendingPathComponent("jobs4.sqlite").path, mode: .readOnly)
        #expect(try meetings.scalarInt("SELECT count(*) FROM article") == 240)
        // Published Thursday 10 to Monday 14 April: "on Monday" is the 7th, or the 14th itself.
        #expect(try meetings.scalarInt("SELECT count(*) FROM meeting") == 13 * 2, "13 pairs on 2 Mondays")
    }
}
