import CSQLite
import Foundation
import Testing
@testable import ParleyStore

@Suite("SQLite layer")
struct DatabaseTests {
    func memory() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT UNIQUE, b BLOB)")
        return db
    }

    /// SQLite counts no memory (each allocation would take a global mutex to): the first open switched it off.
    @Test func sqliteKeepsNoMemoryStatistics() throws {
        let db = try memory()
        try db.execute("INSERT INTO t (b) VALUES (randomblob(1000000))")
        #expect(try db.scalarInt("SELECT length(b) FROM t") == 1_000_000)
        #expect(sqlite3_memory_used() == 0)
    }

    @Test func bindsAndReadsEveryType() throws {
        let db = try memory()
        let text = "Choi \u{0} Jong-kun 최종건 🇰🇷 '); DROP TABLE t; --"
        let blob = Data([0, 1, 2, 255])
        try db.execute("INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)", [Int64.max, 2.5, text, blob])
        let row = try #require(try db.firstRow("SELECT i, r, s, b FROM t") { ($0.int64(0), $0.double(1), $0.string(2), $0.data(3)) })
        #expect(row.0 == Int64.max)
        #expect(row.1 == 2.5)
        #expect(row.2 == text)       // the NUL byte and the SQL survive as data
        #expect(row.3 == blob)
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 1)
    }

    @Test func bindsNull() throws {
        let db = try memory()
        let missing: String? = nil
        try db.execute("INSERT INTO t (s) VALUES (?)", [missing])
        let isNull = try db.firstRow("SELECT s IS NULL, typeof(s) FROM t") { ($0.int(0), $0.string(1)) }
        #expect(isNull?.0 == 1)
        #expect(isNull?.1 == "null")
        #expect(try db.firstRow("SELECT s FROM t") { $0.optionalString(0) } == .some(nil))
    }

    /// A cached statement run again gets all of its new values: nothing of the last run is left bound.
    @Test func statementRunAgainKeepsNothingOfTheLastRun() throws {
        let db = try memory()
        let sql = "INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)"
        try db.execute(sql, [7, 1.5, "first", Data([1])])
        let none: String? = nil
        try db.execute(sql, [none, none, none, none])
        try db.execute("INSERT INTO t (i, r, s, b) VALUES (?1, ?1, ?2, ?2)", [8, "third"])  // a number used twice
        let rows = try db.rows("SELECT quote(i), quote(r), quote(s), quote(b) FROM t ORDER BY id") {
            [$0.string(0), $0.string(1), $0.string(2), $0.string(3)]
        }
        #expect(rows == [["7", "1.5", "'first'", "X'01'"], ["NULL", "NULL", "NULL", "NULL"], ["8", "8.0", "'third'", "'third'"]])
        let error = try #require(throws: SQLiteError.self) { try db.execute(sql, [9]) }
        #expect(error.message == "expected 4 arguments, got 1")
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 3)
    }

    @Test func emptyStringIsNotNull() throws {
        let db = try memory()
        try db.execute("INSERT INTO t (s) VALUES (?)", [""])
        #expect(try db.scalarString("SELECT typeof(s) FROM t") == "text")
    }

    @Test func constraintErrorCarriesCodeMessageAndSQL() throws {
        let db = try memory()
        let sql = "INSERT INTO t (s) VALUES (?)"
        try db.execute(sql, ["x"])
        let error = try #require(throws: SQLiteError.self) { try db.execute(sql, ["x"]) }
        #expect(error.code == 19)                 // SQLITE_CONSTRAINT
        #expect(error.extendedCode == 2067)       // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.message == "UNIQUE constraint failed: t.s")
        #expect(error.sql == sql)
        #expect(error == .constraint)
        #expect("\(error)" == "SQLite error 19 (2067): UNIQUE constraint failed: t.s - while executing `\(sql)`")
    }

    @Test func syntaxErrorNamesTheSQL() throws {
        let db = try memory()
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare("SELEC 1") }
        #expect(error.code == 1)
        #expect(error.message.contains("syntax error"))
        #expect(error.sql == "SELEC 1")
    }

    @Test func prepareRefusesSeveralStatements() throws {
        let db = try memory()
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare("SELECT 1; DROP TABLE t") }
        #expect(error.message.contains("multiple statements"))
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 't'") == 1)
    }

    @Test func wrongArgumentCountIsAnError() throws {
        let db = try memory()
        #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO t (i) VALUES (?)", [1, 2]) }
    }

    @Test func scriptErrorNamesTheFailingStatement() throws {
        let db = try memory()
        let error = try #require(throws: SQLiteError.self) {
            try db.executeScript("CREATE TABLE a (x);\nINSERT INTO nowhere VALUES (1);\nCREATE TABLE b (y);")
        }
        #expect(error.sql == "INSERT INTO nowhere VALUES (1);")
        #expect(error.message == "no such table: nowhere")
    }

    @Test func transactionRollsBackOnThrow() throws {
        struct Boom: Error {}
        let db = try memory()
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO t (s) VALUES ('a')")
                throw Boom()
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
        #expect(db.isAutocommit)
    }

    @Test func transactionRollsBackAfterAFailedStatement() throws {
        let db = try memory()
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t (s) VALUES ('a')")
                try db.execute("INSERT INTO t (s) VALUES ('a')")  // UNIQUE fails
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
        #expect(db.isAutocommit)
    }

    @Test func nestedTransactionUsesASavepoint() throws {
        struct Boom: Error {}
        let db = try memory()
        try db.transaction {
            try db.execute("INSERT INTO t (s) VALUES ('kept')")
            try? db.transaction {
                try db.execute("INSERT INTO t (s) VALUES ('undone')")
                throw Boom()
            }
        }
        #expect(try db.rows("SELECT s FROM t") { $0.string(0) } == ["kept"])
    }

    @Test func cachedStatementsAreReused() throws {
        let db = try memory()
        let a = try db.cachedStatement("SELECT 1")
        let b = try db.cachedStatement("SELECT 1")
        #expect(a === b)
    }

    @Test func refusesAFileThatIsNotADatabaseWithoutTouchingIt() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("picture.jpg")
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: SQLiteError.self) { _ = try Database(path: path) }
        #expect(error == .notADatabase)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func readOnlyConnectionCannotWrite() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("ro.sqlite")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE x (a)")
        }
        let ro = try Database(path: path, mode: .readOnly)
        let error = try #require(throws: SQLiteError.self) { try ro.execute("INSERT INTO x VALUES (1)") }
        #expect(error == .readonly)
    }
}
