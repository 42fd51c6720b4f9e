import Foundation
import ParleyMigrations
import Testing
@testable import ParleyStore

@Suite("Migrations")
struct MigrationTests {
    @Test func freshDatabaseGetsEveryMigration() throws {
        let dir = TemporaryDirectory()
        let store = try ParleyStore(path: dir.path("p.sqlite"))
        #expect(try store.appliedMigrations() == EmbeddedMigrations.all.map(\.id))
        #expect(try store.database.scalarInt("PRAGMA application_id") == Migrator.applicationID)
        #expect(try store.database.scalarString("PRAGMA journal_mode") == "wal")
        #expect(try store.database.scalarInt("PRAGMA foreign_keys") == 1)
        for table in ["article", "official", "official_alias", "official_role", "meeting", "meeting_participant",
                      "meeting_source", "topic", "meeting_topic", "article_topic", "quote"] {
            #expect(try store.database.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) == 1,
                    "missing table \(table)")
        }
    }

    @Test func fullTextIndexesMergeSixteenSegmentsAtOnce() throws {
        let dir = TemporaryDirectory()
        let store = try ParleyStore(path: dir.path("p.sqlite"))
        for table in ["article_fts", "quote_fts"] {
            #expect(try store.database.scalarInt("SELECT v FROM \(table)_config WHERE k = 'automerge'") == 16, "\(table)")
        }
    }

    @Test func newDatabaseHasLargePagesAndAnOldOneKeepsItsOwn() throws {
        let dir = TemporaryDirectory()
        let store = try ParleyStore(path: dir.path("new.sqlite"))
        #expect(try store.database.scalarInt("PRAGMA page_size") == Int64(ParleyStore.pageSize))
        try store.beginBulkImport()
        #expect(try store.database.scalarInt("PRAGMA wal_autocheckpoint") == Int64((64 << 20) / ParleyStore.pageSize))
        try store.finishBulkImport()
        #expect(try store.database.scalarInt("PRAGMA wal_autocheckpoint") == 1000)

        // A database an earlier Parley made with SQLite's 4 KB pages keeps them, and its checkpoints stay at 64 MB.
        let oldPath = dir.path("old.sqlite")
        do {
            let db = try Database(path: oldPath)
            try db.execute("PRAGMA page_size = 4096")
            try Migrator().migrate(db)
        }
        let old = try ParleyStore(path: oldPath)
        #expect(try old.database.scalarInt("PRAGMA page_size") == 4096)
        #expect(try old.database.scalarInt("SELECT count(*) FROM article") == 0)
        try old.beginBulkImport()
        #expect(try old.database.scalarInt("PRAGMA wal_autocheckpoint") == 16384)
    }

    @Test func reopeningAppliesNothing() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("p.sqlite")
        _ = try ParleyStore(path: path)
        let db = try Database(path: path)
        #expect(try Migrator().migrate(db).isEmpty)
        #expect(try db.scalarInt("SELECT count(*) FROM parley_migration") == Int64(EmbeddedMigrations.all.count))
    }

    @Test func newerSchemaIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("p.sqlite")
        do {
            let store = try ParleyStore(path: path)
            try store.database.execute("INSERT INTO parley_migration (id, applied_at) VALUES ('9999_future', 'x')")
        }
        let error = try #require(throws: Migrator.Failure.self) { _ = try ParleyStore(path: path) }
        #expect(error == .newerSchema(path: path, unknown: ["9999_future"]))
        #expect("\(error)".contains("newer Parley"))
    }

    @Test func foreignDatabaseIsRefusedUntouched() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("other.sqlite")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE customers (name TEXT)")
            try db.execute("INSERT INTO customers VALUES ('someone')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: Migrator.Failure.self) { _ = try ParleyStore(path: path) }
        #expect(error == .notParley(path: path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func fileThatIsNotSQLiteIsRefusedUntouched() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("notes.txt")
        let bytes = Data(String(repeating: "not a database at all\n", count: 300).utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: ParleyStore.OpenError.self) { _ = try ParleyStore(path: path) }
        guard case .notSQLite = error else { Issue.record("expected notSQLite, got \(error)"); return }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func missingDatabaseIsNotCreatedForQueries() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("absent.sqlite")
        #expect(throws: ParleyStore.OpenError.missing(path: path)) { _ = try ParleyStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func failingMigrationLeavesNoTrace() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("p.sqlite")
        let broken = [EmbeddedMigration(id: "0001_initial", sql: "CREATE TABLE a (x); CREATE TABLE a (y);")]
        let db = try Database(path: path)
        #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(db) }
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_master") == 0)
    }

    /// The embedded list must name every file in Migrations/, in order.
    @Test func embeddedMigrationsMatchTheFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted().map { String($0.dropLast(4)) }
        #expect(EmbeddedMigrations.all.map(\.id) == files)
        for migration in EmbeddedMigrations.all {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(migration.id + ".sql"), encoding: .utf8)
            #expect(migration.sql == onDisk)
        }
    }
}
