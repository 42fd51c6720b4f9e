import Foundation

/// What `parley check` found: SQLite's own checks of the file, and Parley's of its schema.
public struct CheckReport: Sendable, Equatable {
    public var path: String
    /// Migrations applied, in order (empty when the schema could not be read).
    public var migrations: [String] = []
    public var pendingMigrations: [String] = []
    public var articles: Int?
    public var bytes: Int?
    /// `PRAGMA integrity_check` lines other than "ok", and `foreign_key_check` rows, in words.
    public var problems: [String] = []

    public var isHealthy: Bool { problems.isEmpty }
}

extension ParleyStore {
    /// Checks the database at `path` without writing to it: that it can be opened and is Parley's, SQLite's
    /// `integrity_check` (every page, index and constraint; up to `limit` problems) and `foreign_key_check`.
    public static func check(path: String, limit: Int = 100, busyTimeout: Int32 = defaultBusyTimeout) throws -> CheckReport {
        guard FileManager.default.fileExists(atPath: path) else { throw OpenError.missing(path: path) }
        var report = CheckReport(path: path)
        report.bytes = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        let database: Database
        do {
            database = try readOnlyDatabase(path: path, busyTimeout: busyTimeout)
            report.migrations = try Migrator().check(database)
        } catch let error as SQLiteError where error == .busy || error == .locked || error == .cantOpen {
            throw error   // not a fault of the file: another process holds it, or it cannot be opened at all
        } catch let error as SQLiteError {
            report.problems.append("cannot read the schema: \(error.message)")
            return report
        } catch {
            report.problems.append("\(error)")
            return report
        }
        report.pendingMigrations = Migrator().pending(after: report.migrations)
        do {
            let lines = try database.rows("PRAGMA integrity_check(\(max(1, limit)))") { $0.string(0) }
            report.problems += lines.filter { $0 != "ok" }.map { "integrity_check: \($0)" }
            let orphans = try database.rows("PRAGMA foreign_key_check") { row in
                "foreign_key_check: row \(row.string(1)) of \(row.string(0)) refers to a missing row of \(row.string(2))"
            }
            report.problems += orphans.prefix(limit)
            if report.migrations.contains("0001_initial") {
                report.articles = try database.scalarInt("SELECT count(*) FROM article").map(Int.init)
            }
        } catch let error as SQLiteError where error == .busy || error == .locked {
            throw error
        } catch let error as SQLiteError {
            report.problems.append("checking stopped: \(error.message)")
        }
        return report
    }
}
