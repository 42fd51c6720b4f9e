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
        case needsUpgrade(path: String, pending: [String])

        public var description: String {
            switch self {
            case .missing(let path):
                return "no database at \(path); run `parley import` first, or give --db"
            case .notSQLite(let path, let message):
                return "\(path) is not an SQLite database (\(message)); it was left untouched. Use another --db path."
            case .needsUpgrade(let path, let pending):
                return "\(path) is read-only and needs an upgrade to this version of Parley (\(pending.joined(separator: ", "))); "
                    + "copy it somewhere writable, or make it writable, and run the command again"
            }
        }
    }

    /// How long an open waits for another process's lock before SQLITE_BUSY, unless told otherwise.
    public static let defaultBusyTimeout: Int32 = 5_000

    /// The page size of a database Parley creates (one it opens keeps its own). SQLite's default of 4 KB made an
    /// import a stream of small writes: every page of the write-ahead log is one write of a frame header and one of
    /// the page, and pages evicted from the cache are read again. Measured on the bulk corpus (18,654 articles, one
    /// core, 2 MB page cache either way, alternating runs): 4 KB pages stored it in 1.82-1.91 s with 124,776 writes
    /// and 72,581 reads to the files, 16 KB pages in 1.62-1.68 s with 26,799 and 6,947, into 54.2 MB instead of
    /// 58.0 MB; the query latencies stayed the same. 32 KB pages were no faster.
    public static let pageSize = 16_384

    /// Opens (creating when `create`) the database at `path`, refuses files that are not
    /// Parley's without writing to them, then switches on WAL and applies pending migrations.
    public init(path: String, create: Bool = true, busyTimeout: Int32 = defaultBusyTimeout) throws {
        if !create, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw OpenError.missing(path: path)
        }
        self.path = path
        do {
            database = try Database(path: path, mode: .readWrite, busyTimeoutMilliseconds: busyTimeout)
        } catch let error as SQLiteError where error == .notADatabase {
            throw OpenError.notSQLite(path: path, message: error.message)
        }
        // Check before the first write: a foreign database must stay byte-for-byte as it was.
        _ = try Migrator().check(database)
        // Only a database with no page yet takes it (and it must come before WAL, which fixes the page size).
        try database.execute("PRAGMA page_size = \(Self.pageSize)")
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

    private init(path: String, database: Database) {
        self.path = path
        self.database = database
    }

    /// Opens an existing database for queries: read-write (applying pending migrations) when the file and its folder
    /// can be written, else read-only, so that a database on a read-only disk or shared read-only still answers.
    public static func openForReading(path: String, busyTimeout: Int32 = defaultBusyTimeout) throws -> ParleyStore {
        guard path != ":memory:", FileManager.default.fileExists(atPath: path) else {
            return try ParleyStore(path: path, create: false, busyTimeout: busyTimeout)
        }
        let folder = (path as NSString).deletingLastPathComponent
        if FileManager.default.isWritableFile(atPath: path), FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
            return try ParleyStore(path: path, create: false, busyTimeout: busyTimeout)
        }
        let database = try readOnlyDatabase(path: path, busyTimeout: busyTimeout)
        let pending = Migrator().pending(after: try Migrator().check(database))
        guard pending.isEmpty else { throw OpenError.needsUpgrade(path: path, pending: pending) }
        return ParleyStore(path: path, database: database)
    }

    /// A read-only connection; immutable when the write-ahead log's shared-memory file cannot be made (a
    /// read-only folder), so that the file is read as it is.
    static func readOnlyDatabase(path: String, busyTimeout: Int32 = defaultBusyTimeout) throws -> Database {
        do {
            return try Database(path: path, mode: .readOnly, busyTimeoutMilliseconds: busyTimeout)
        } catch let error as SQLiteError where error == .readonly || error == .cantOpen {
            return try Database(path: path, mode: .immutable, busyTimeoutMilliseconds: busyTimeout)
        } catch let error as SQLiteError where error == .notADatabase {
            throw OpenError.notSQLite(path: path, message: error.message)
        }
    }

    /// Ids of the migrations applied to this database.
    public func appliedMigrations() throws -> [String] {
        try database.rows("SELECT id FROM parley_migration ORDER BY id") { $0.string(0) }
    }
}
