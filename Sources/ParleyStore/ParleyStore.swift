import Foundation
import ParleyExtraction

/// A Parley database: opened, checked and migrated; imports extraction records and answers queries.
/// Not `Sendable`: one store per thread.
public final class ParleyStore {
    public let database: Database
    public let path: String

    public enum OpenError: Error, CustomStringConvertible, Equatable {
        case missing(path: String)
        case notSQLite(path: String, message: String)

        public var description: String {
            switch self {
            case .missing(let path):
                return "no database at \(path); run `parley import` first, or give --db"
            case .notSQLite(let path, let message):
                return "\(path) is not an SQLite database (\(message)); it was left untouched. Use another --db path."
            }
        }
    }

    /// Opens (creating when `create`) the database at `path`, refuses files that are not
    /// Parley's without writing to them, then switches on WAL and applies pending migrations.
    public init(path: String, create: Bool = true) throws {
        if !create, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw OpenError.missing(path: path)
        }
        self.path = path
        do {
            database = try Database(path: path, mode: .readWrite)
        } catch let error as SQLiteError where error == .notADatabase {
            throw OpenError.notSQLite(path: path, message: error.message)
        }
        // Check before the first write: a foreign database must stay byte-for-byte as it was.
        _ = try Migrator().check(database)
        if path != ":memory:" {
            // Switching to WAL needs a moment alone with the file: another process creating or
            // importing into the same database gets it after a short wait.
            var attempt = 0
            while try database.scalarString("PRAGMA journal_mode") != "wal" {
                do {
                    try database.execute("PRAGMA journal_mode = WAL")
                } catch let error as SQLiteError where (error == .busy || error == .locked) && attempt < 100 {
                    attempt += 1
                    usleep(50_000)
                }
            }
            try database.execute("PRAGMA synchronous = NORMAL")
        }
        try Migrator().migrate(database)
    }

    /// Ids of the migrations applied to this database.
    public func appliedMigrations() throws -> [String] {
        try database.rows("SELECT id FROM parley_migration ORDER BY id") { $0.string(0) }
    }
}
