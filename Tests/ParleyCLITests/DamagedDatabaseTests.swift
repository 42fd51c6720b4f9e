import Foundation
import Testing
@testable import ParleyStore

/// Damaged, locked and read-only databases: a clear error and what to do, no crash, nothing stored lost.
@Suite("Damaged, locked and read-only databases", .serialized)
struct DamagedDatabaseTests {
    /// A workspace with the example article imported into `p.sqlite`, its write-ahead log checkpointed away.
    func imported() throws -> Workspace {
        let ws = try Workspace()
        let run = try parley(["import", "--quiet", "--db", "p.sqlite", "articles"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("p.sqlite-wal").path),
                "the last connection checkpoints and removes the log")
        return ws
    }

    @Test func checkPassesASoundDatabase() throws {
        let ws = try imported()
        let run = try parley(["check", "--db", "p.sqlite"], in: ws.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 article, schema \(Migrator().migrations.last!.id)"))
        #expect(run.stdout.hasSuffix("integrity_check: ok\nforeign_key_check: ok\nok\n"))
    }

    @Test func aTruncatedFileIsReportedAsDamaged() throws {
        let ws = try imported()
        let url = ws.url.appendingPathComponent("p.sqlite")
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count / 3).write(to: url)
        let query = try parley(["officials", "--db", "p.sqlite"], in: ws.url)
        #expect(query.status == 1)
        #expect(query.stderr.contains("malformed"))
        #expect(query.stderr.contains("p.sqlite is damaged: `parley check --db p.sqlite`"))
        let check = try parley(["check", "--db", "p.sqlite"], in: ws.url)
        #expect(check.status == 1)
        #expect(check.stdout.contains("1 problem found. What to do:"))
        #expect(check.stdout.contains(".recover"))
        #expect(try Data(contentsOf: url) == bytes.prefix(bytes.count / 3), "neither command wrote to the damaged file")
    }

    @Test func aFlippedByteInAnIndexIsFoundByCheck() throws {
        let ws = try imported()
        let url = ws.url.appendingPathComponent("p.sqlite")
        // The page of the index on article.content_hash: garble the cells at its end.
        let (root, pageSize) = try {
            let db = try Database(path: url.path, mode: .readOnly)
            return (try db.scalarInt("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'article' "
                                     + "AND sql IS NULL ORDER BY name LIMIT 1") ?? 0,
                    try db.scalarInt("PRAGMA page_size") ?? 4096)
        }()
        #expect(root > 1)
        var bytes = try Data(contentsOf: url)
        let pageEnd = Int(root * pageSize)
        for offset in (pageEnd - 60)..<(pageEnd - 20) { bytes[offset] ^= 0x5A }
        try bytes.write(to: url)
        let check = try parley(["check", "--db", "p.sqlite"], in: ws.url)
        #expect(check.status == 1)
        #expect(check.stdout.contains("integrity_check:") || check.stdout.contains("cannot read"), "\(check.stdout)")
        #expect(check.stdout.contains("What to do:"))
    }

    @Test func aDatabaseLockedPastTheTimeoutGetsAClearError() throws {
        let ws = try imported()
        let path = ws.url.appendingPathComponent("p.sqlite").path
        // This process holds the only lock there is: exclusive locking mode and a write in progress.
        let holder = try Database(path: path)
        try holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        try holder.execute("BEGIN EXCLUSIVE")
        try holder.execute("UPDATE article SET headline = headline")
        let fast = ["PARLEY_BUSY_TIMEOUT_MS": "300"]
        for arguments in [["officials"], ["import", "articles"], ["check"], ["sql", "SELECT 1"]] {
            let run = try parley(arguments + ["--db", "p.sqlite"], in: ws.url, environment: fast)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains("database is locked"), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("another process kept p.sqlite locked"), "\(arguments)")
        }
        try holder.execute("ROLLBACK")
        try holder.execute("PRAGMA locking_mode = NORMAL")
        _ = try holder.scalarInt("SELECT count(*) FROM article")   // the mode changes at the next read
        let after = try parley(["officials", "--db", "p.sqlite", "--format", "csv"], in: ws.url, environment: fast)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("Choi Jong-kun"))
    }

    @Test func aReadOnlyFolderStillAnswersQueriesAndRefusesImportsClearly() throws {
        let ws = try imported()
        let folder = ws.url.appendingPathComponent("shelf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: ws.url.appendingPathComponent("p.sqlite"), to: folder.appendingPathComponent("p.sqlite"))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent("p.sqlite").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        // Root may write anywhere: run as nobody when the tests run as root.
        let asUser: [String] = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ws.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ws.url.appendingPathComponent("articles").path)
        let binary = try parleyBinary().path
        func run(_ arguments: [String]) throws -> Run {
            let process = Process()
            let out = Pipe(), err = Pipe()
            process.executableURL = URL(fileURLWithPath: asUser.isEmpty ? binary : "/usr/bin/setpriv")
            process.arguments = asUser.isEmpty ? arguments : Array(asUser.dropFirst()) + [binary] + arguments
            process.currentDirectoryURL = ws.url
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                       status: process.terminationStatus)
        }
        let query = try run(["officials", "--db", "shelf/p.sqlite", "--format", "csv"])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout.contains("Choi Jong-kun"))
        let sql = try run(["sql", "--db", "shelf/p.sqlite", "SELECT count(*) AS n FROM article", "--format", "csv"])
        #expect(sql.stdout == "n\r\n1\r\n", "\(sql.stderr)")
        let page = ws.url.appendingPathComponent("articles/page.html")
        try Data("<html><body><p>\(String(repeating: "Foreign Minister Mara Velk met Ivo Stann on Monday, officials said. ", count: 10))</p></body></html>".utf8).write(to: page)
        let importing = try run(["import", "--db", "shelf/p.sqlite", "articles/page.html"])
        #expect(importing.status == 1)
        #expect(importing.stderr.contains("shelf/p.sqlite cannot be written"), "\(importing.stderr)")
        #expect(try run(["check", "--db", "shelf/p.sqlite"]).status == 0)
    }
}
