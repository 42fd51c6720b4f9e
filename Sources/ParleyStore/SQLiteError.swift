internal import CSQLite

/// An error reported by SQLite: its extended result code, its message and
/// the SQL that was running.
///
///     SQLite error 19 (2067): UNIQUE constraint failed: article.content_hash - while executing `INSERT ...`
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` = 2067, ...).
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    /// The primary result code (`SQLITE_CONSTRAINT` = 19, ...).
    public var code: Int32 { extendedCode & 0xFF }

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    public var description: String {
        var text = "SQLite error \(code)"
        if extendedCode != code { text += " (\(extendedCode))" }
        text += ": \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }

    /// Lets callers write `catch let error as SQLiteError where error == .constraint`
    /// or `case SQLiteError.Code.busy` in a switch.
    public struct Code: Equatable, Sendable {
        public let rawValue: Int32
        public static let error = Code(rawValue: SQLITE_ERROR)
        public static let busy = Code(rawValue: SQLITE_BUSY)
        public static let locked = Code(rawValue: SQLITE_LOCKED)
        public static let readonly = Code(rawValue: SQLITE_READONLY)
        public static let constraint = Code(rawValue: SQLITE_CONSTRAINT)
        public static let notADatabase = Code(rawValue: SQLITE_NOTADB)
        public static let corrupt = Code(rawValue: SQLITE_CORRUPT)
        public static let cantOpen = Code(rawValue: SQLITE_CANTOPEN)
        public static let full = Code(rawValue: SQLITE_FULL)
        public static let ioerr = Code(rawValue: SQLITE_IOERR)
        public static let misuse = Code(rawValue: SQLITE_MISUSE)

        /// `catch SQLiteError.Code.busy { ... }` matches an SQLiteError with that primary code.
        public static func ~= (pattern: Code, error: any Error) -> Bool {
            guard let error = error as? SQLiteError else { return false }
            return error.code == pattern.rawValue
        }
    }

    public static func == (error: SQLiteError, code: Code) -> Bool {
        error.code == code.rawValue
    }

    /// Builds the error from the connection's current state: call right after the failing call.
    static func current(_ db: OpaquePointer?, code: Int32, sql: String? = nil) -> SQLiteError {
        let extended = db.map { sqlite3_extended_errcode($0) } ?? code
        let message = db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        // sqlite3_extended_errcode can be stale when the failing call did not set it.
        let useExtended = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return SQLiteError(extendedCode: useExtended, message: message, sql: sql)
    }
}
