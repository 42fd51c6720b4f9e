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
}
