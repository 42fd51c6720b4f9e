import Foundation
import ParleyMigrations

/// Applies the embedded migrations in order, each in one IMMEDIATE transaction
/// with its ledger row, and refuses databases that are not Parley's or are newer.
public struct Migrator: Sendable {
    /// `PRAGMA application_id` of a Parley database: "PRLY".
    public static let applicationID: Int64 = 0x5052_4C59

    public let migrations: [EmbeddedMigration]

    public init(migrations: [EmbeddedMigration] = EmbeddedMigrations.all) {
        self.migrations = migrations
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case notParley(path: String)
        case newerSchema(path: String, unknown: [String])

        public var description: String {
            switch self {
            case .notParley(let path):
                return "\(path) is an SQLite database, but not a Parley database; it was left untouched. Use another --db path."
            case .newerSchema(let path, let unknown):
                return "\(path) was written by a newer Parley (unknown migrations: \(unknown.joined(separator: ", "))); upgrade parley to open it."
            }
        }
    }

    /// Checks that `db` is empty or Parley's, without writing. Returns the applied ids.
    public func check(_ db: Database) throws -> [String] {
        let appID = try db.scalarInt("PRAGMA application_id") ?? 0
        let objectCount = try db.scalarInt("SELECT count(*) FROM sqlite_master") ?? 0
        if objectCount == 0 && appID == 0 { return [] }
        guard appID == Self.applicationID else { throw Failure.notParley(path: db.path) }
        let hasLedger = try db.scalarInt(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'parley_migration'") ?? 0
        guard hasLedger == 1 else { throw Failure.notParley(path: db.path) }
        let applied = try db.rows("SELECT id FROM parley_migration ORDER BY id") { $0.string(0) }
        let known = Set(migrations.map(\.id))
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw Failure.newerSchema(path: db.path, unknown: unknown) }
        return applied
    }

    /// The migrations not among `applied`, in order.
    public func pending(after applied: [String]) -> [String] {
        let done = Set(applied)
        return migrations.map(\.id).filter { !done.contains($0) }
    }

    /// Brings `db` up to date. Returns the ids it applied.
    @discardableResult
    public func migrate(_ db: Database) throws -> [String] {
        let applied = Set(try check(db))
        var done: [String] = []
        for migration in migrations where !applied.contains(migration.id) {
            try db.transaction(.immediate) {
                try db.execute("PRAGMA application_id = \(Self.applicationID)")
                try db.execute("""
                    CREATE TABLE IF NOT EXISTS parley_migration (
                        id         TEXT PRIMARY KEY,
                        applied_at TEXT NOT NULL
                    ) STRICT
                    """)
                // Another process may have applied it while we waited for the lock.
                let already = try db.scalarInt("SELECT count(*) FROM parley_migration WHERE id = ?", [migration.id]) ?? 0
                guard already == 0 else { return }
                try db.executeScript(migration.sql)
                try db.execute("INSERT INTO parley_migration (id, applied_at) VALUES (?, ?)",
                               [migration.id, ISO8601DateFormatter().string(from: Date())])
                done.append(migration.id)
            }
        }
        return done
    }
}
