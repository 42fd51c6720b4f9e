internal import CSQLite
import Foundation

/// One connection to an SQLite database. Not `Sendable`: use it from one thread.
public final class Database {
    public enum Mode: Sendable {
        /// Read and write; the file is created when missing.
        case readWrite
        /// Read only (`SQLITE_OPEN_READONLY` and `PRAGMA query_only`): no statement can write.
        case readOnly
        /// Read only, and the file is taken to be unchangeable (`?immutable=1`): for a database in a read-only
        /// file or folder, where SQLite cannot create the shared-memory file a write-ahead log needs.
        case immutable
    }

    let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]
    /// The `ProfileBox` of `startProfiling()`, retained until the connection closes.
    var profileBox: UnsafeMutableRawPointer?

    /// Opens the database at `path` (`:memory:` for an in-memory one), switches on
    /// extended result codes, foreign keys and a busy timeout, and refuses a file
    /// that is not an SQLite database without writing to it.
    /// Pragmas that take an argument and only read: allowed on a read-only connection.
    static let describingPragmas: Set<String> = [
        "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list", "foreign_key_check",
        "integrity_check", "quick_check",
    ]

    /// Process-wide settings made once, before SQLite initializes: without memory statistics, every allocation
    /// SQLite makes skips a global mutex (1.3 million lock and unlock pairs in an import of 4,000 articles).
    private static let configured: Void = { _ = parley_sqlite3_disable_memstatus() }()

    public init(path: String, mode: Mode = .readWrite, busyTimeoutMilliseconds: Int32 = 5_000) throws {
        Self.configured
        self.path = path
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var filename = path
        switch mode {
        case .readWrite: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute  // "?", "#", "%" escaped
            filename = "file:\(encoded)?immutable=1"
        }
        let rc = sqlite3_open_v2(filename, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError.current(db, code: rc)
            sqlite3_close_v2(db)  // the handle must be closed even when open fails
            throw SQLiteError(extendedCode: error.extendedCode, message: "cannot open \(path): \(error.message)")
        }
        self.handle = db
        do {
            sqlite3_extended_result_codes(db, 1)
            sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
            _ = parley_sqlite3_enable_defensive(db, 1)
            try execute("PRAGMA foreign_keys = ON")
            if mode != .readWrite {
                try execute("PRAGMA query_only = ON")
                sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0)  // no ATTACH: nothing else to read or write
                // No pragma may set anything (writable_schema, journal_mode, ...), nothing may be attached; the
                // pragmas that only describe the schema keep their argument (`PRAGMA table_info(meeting)`).
                sqlite3_set_authorizer(db, { _, action, name, argument, _, _ in
                    if action == SQLITE_PRAGMA && argument != nil {
                        let pragma = name.map { String(cString: $0).lowercased() } ?? ""
                        return Database.describingPragmas.contains(pragma) ? SQLITE_OK : SQLITE_DENY
                    }
                    if action == SQLITE_ATTACH || action == SQLITE_DETACH { return SQLITE_DENY }
                    return SQLITE_OK
                }, nil)
            }
            // Reading the schema fails with SQLITE_NOTADB on a file that is not a database.
            _ = try scalarInt("SELECT count(*) FROM sqlite_master")
        } catch {
            statementCache.removeAll()
            sqlite3_close_v2(db)
            throw error
        }
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
        profileBox.map { Unmanaged<ProfileBox>.fromOpaque($0).release() }
    }

    // MARK: - Statements

    /// Prepares a single statement. Multi-statement strings are refused.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql, persistent: false)
    }

    /// A prepared statement kept for the life of the connection, for hot queries.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try Statement(database: self, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Runs one statement with `arguments`, discarding rows.
    public func execute(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws {
        try cachedStatement(sql).execute(arguments)
    }

    /// Runs every statement of `script` in turn (migrations); an error names the statement that failed.
    public func executeScript(_ script: String) throws {
        try script.withCString { start in
            var cursor: UnsafePointer<CChar>? = start
            while let current = cursor, current.pointee != 0 {
                var stmt: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(handle, current, -1, &stmt, &tail)
                let length = tail.map { $0 - current } ?? strlen(current)
                let text = String(decoding: UnsafeRawBufferPointer(start: current, count: length), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                guard rc == SQLITE_OK else {
                    let error = SQLiteError.current(handle, code: rc, sql: text)
                    sqlite3_finalize(stmt)
                    throw error
                }
                defer { sqlite3_finalize(stmt) }
                cursor = tail
                guard let stmt else { continue }  // only whitespace or a comment was left
                var step = sqlite3_step(stmt)
                while step == SQLITE_ROW { step = sqlite3_step(stmt) }
                guard step == SQLITE_DONE else { throw SQLiteError.current(handle, code: step, sql: text) }
            }
        }
    }

    /// All rows of a query.
    public func rows<T>(_ sql: String, _ arguments: [any SQLiteBindable] = [], _ transform: (Row) throws -> T) throws -> [T] {
        try cachedStatement(sql).rows(arguments, transform)
    }

    /// The first row of a query, or nil.
    public func firstRow<T>(_ sql: String, _ arguments: [any SQLiteBindable] = [], _ transform: (Row) throws -> T) throws -> T? {
        try cachedStatement(sql).firstRow(arguments, transform)
    }

    /// The integer in the first column of the first row, or nil.
    public func scalarInt(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws -> Int64? {
        try firstRow(sql, arguments) { $0.isNull(0) ? nil : $0.int64(0) } ?? nil
    }

    /// The text in the first column of the first row, or nil.
    public func scalarString(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws -> String? {
        try firstRow(sql, arguments) { $0.optionalString(0) } ?? nil
    }

    /// Rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True outside of any explicit transaction.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// The version of the SQLite library in use.
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}
