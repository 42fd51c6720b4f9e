internal import CSQLite
import Foundation

/// A prepared statement. It owns its `sqlite3_stmt` and finalizes it in `deinit`.
/// Not `Sendable`: a statement belongs to the connection's thread.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    public let sql: String

    init(database: Database, sql: String, persistent: Bool) throws {
        self.database = database
        self.sql = sql
        var stmt: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sql.withCString { cSQL in
            let rc = sqlite3_prepare_v3(database.handle, cSQL, -1, flags, &stmt, &tail)
            if rc == SQLITE_OK, let tail, tail.pointee != 0,
               !String(cString: tail).allSatisfy({ $0.isWhitespace || $0 == ";" }) {
                return Int32(-1)
            }
            return rc
        }
        if code == -1 {
            sqlite3_finalize(stmt)
            throw SQLiteError(extendedCode: SQLITE_MISUSE,
                              message: "multiple statements in one prepare; use Database.executeScript",
                              sql: sql)
        }
        guard code == SQLITE_OK, let stmt else {
            let error = SQLiteError.current(database.handle, code: code, sql: sql)
            sqlite3_finalize(stmt)
            throw error
        }
        self.handle = stmt
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: - Binding

    /// Number of `?` parameters.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `values` to parameters 1...n, every one of them, so that nothing of a previous run is left.
    /// (No `sqlite3_clear_bindings` first: all are bound again anyway, and clearing cost ~380 instructions a run.)
    public func bind(_ values: [any SQLiteBindable]) throws {
        sqlite3_reset(handle)
        guard values.count == parameterCount else {
            throw SQLiteError(extendedCode: SQLITE_RANGE,
                              message: "expected \(parameterCount) arguments, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    func bind(_ value: SQLiteValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, index)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, index, v)
        case .text(let v):
            var copy = v
            rc = copy.withUTF8 { buffer -> Int32 in
                let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                return sqlite3_bind_text64(handle, index, base.assumingMemoryBound(to: CChar.self),
                                           sqlite3_uint64(buffer.count), parley_sqlite3_transient(), UInt8(SQLITE_UTF8))
            }
        case .blob(let v):
            rc = v.withUnsafeBytes { buffer in
                sqlite3_bind_blob64(handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                    sqlite3_uint64(buffer.count), parley_sqlite3_transient())
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteError.current(database.handle, code: rc, sql: sql) }
    }

    // MARK: - Stepping

    /// Runs the statement to completion, ignoring any rows.
    public func execute(_ values: [any SQLiteBindable] = []) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: continue
            case let code: throw SQLiteError.current(database.handle, code: code, sql: sql)
            }
        }
    }

    /// Runs the statement and calls `body` with each row.
    public func forEachRow(_ values: [any SQLiteBindable] = [], _ body: (Row) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let row = Row(statement: self)
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: try body(row)
            case let code: throw SQLiteError.current(database.handle, code: code, sql: sql)
            }
        }
    }

    /// All rows, each mapped by `transform`.
    public func rows<T>(_ values: [any SQLiteBindable] = [], _ transform: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(values) { result.append(try transform($0)) }
        return result
    }

    /// The first row mapped by `transform`, or nil when there is none.
    public func firstRow<T>(_ values: [any SQLiteBindable] = [], _ transform: (Row) throws -> T) throws -> T? {
        try bind(values)
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_DONE: return nil
        case SQLITE_ROW: return try transform(Row(statement: self))
        case let code: throw SQLiteError.current(database.handle, code: code, sql: sql)
        }
    }

    /// True when the statement cannot change the database (`sqlite3_stmt_readonly`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Names of the result columns.
    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }
}

/// The current row of a statement being stepped. Valid only inside the callback.
public struct Row {
    let statement: Statement

    public var count: Int { Int(sqlite3_column_count(statement.handle)) }

    public func isNull(_ i: Int) -> Bool {
        sqlite3_column_type(statement.handle, Int32(i)) == SQLITE_NULL
    }

    public func int64(_ i: Int) -> Int64 { sqlite3_column_int64(statement.handle, Int32(i)) }
    public func int(_ i: Int) -> Int { Int(int64(i)) }
    public func double(_ i: Int) -> Double { sqlite3_column_double(statement.handle, Int32(i)) }

    /// Text of column `i`; the length comes from SQLite, so NUL bytes survive.
    public func string(_ i: Int) -> String {
        guard let pointer = sqlite3_column_text(statement.handle, Int32(i)) else { return "" }
        let count = Int(sqlite3_column_bytes(statement.handle, Int32(i)))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    public func optionalString(_ i: Int) -> String? { isNull(i) ? nil : string(i) }
    public func optionalInt64(_ i: Int) -> Int64? { isNull(i) ? nil : int64(i) }

    public func data(_ i: Int) -> Data {
        let count = Int(sqlite3_column_bytes(statement.handle, Int32(i)))
        guard let pointer = sqlite3_column_blob(statement.handle, Int32(i)), count > 0 else { return Data() }
        return Data(bytes: pointer, count: count)
    }

    public func value(_ i: Int) -> SQLiteValue {
        switch sqlite3_column_type(statement.handle, Int32(i)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(int64(i))
        case SQLITE_FLOAT: return .real(double(i))
        case SQLITE_BLOB: return .blob(data(i))
        default: return .text(string(i))
        }
    }
}
