import ArgumentParser
import Foundation
import ParleyStore

/// `parley check`: SQLite's integrity and foreign-key checks and Parley's schema check, read-only, with what to
/// do when something is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite's integrity_check and foreign_key_check, and Parley's schema. Read-only.",
        discussion: "Exit code 0 when the database is sound, 1 when a problem was found (each is listed, with what to do)."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let path = database.path
        let report: CheckReport
        do {
            report = try ParleyStore.check(path: path, busyTimeout: database.busyTimeout)
        } catch {
            Console.error(error, database: path)
            throw ExitCode.failure
        }
        var facts = [report.bytes.map { "\($0 / 1024) KB" }, report.articles.map { "\($0) article\($0 == 1 ? "" : "s")" }]
        if let last = report.migrations.last { facts.append("schema \(last)") }
        print("database: \(Output.printable(path)) (\(facts.compactMap { $0 }.joined(separator: ", ")))")
        if !report.pendingMigrations.isEmpty {
            print("upgrade: \(report.pendingMigrations.joined(separator: ", ")) will be applied by the next import or query")
        }
        guard !report.isHealthy else {
            print("integrity_check: ok\nforeign_key_check: ok\nok")
            return
        }
        for problem in report.problems { print(Output.printable(problem)) }
        let shown = Output.printable(path)
        print("""
            \(report.problems.count) \(report.problems.count == 1 ? "problem" : "problems") found. What to do:
              - your article files are the record: import them again into a new database
                  parley import --db new.sqlite ARTICLES...
              - or save what is still readable with the sqlite3 shell, then check the copy
                  sqlite3 \(shown) .recover | sqlite3 recovered.sqlite && parley check --db recovered.sqlite
              - and keep \(shown) as it is until you have a sound copy.
            """)
        throw ExitCode.failure
    }
}
