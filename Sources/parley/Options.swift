import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyStore

/// `--db PATH`, shared by every command that reads or writes a database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Default: $PARLEY_DB, else parley.sqlite.",
                                            valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["PARLEY_DB"], !env.isEmpty { return env }
        return "parley.sqlite"
    }

    /// How long to wait for another process's lock, in milliseconds: $PARLEY_BUSY_TIMEOUT_MS, else 5000.
    var busyTimeout: Int32 {
        ProcessInfo.processInfo.environment["PARLEY_BUSY_TIMEOUT_MS"].flatMap { Int32($0) }.map { max(0, $0) }
            ?? ParleyStore.defaultBusyTimeout
    }

    /// Opens an existing database for queries (applying pending migrations; read-only when it cannot be written).
    func openExisting() throws -> ParleyStore {
        try ParleyStore.openForReading(path: path, busyTimeout: busyTimeout)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("At most this many rows.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }
}

/// Inclusive date bounds given as `2020-09-01`, `2020-09` or `2020`.
struct DateRangeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("First day (2020-09-01, 2020-09 or 2020).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last day (2020-09-30, 2020-09 or 2020).", valueName: "date"))
    var to: String?

    func validate() throws {
        if let from, CivilDate(periodStart: from) == nil {
            throw ValidationError("--from \(from): expected a date like 2020-09-01, 2020-09 or 2020")
        }
        if let to, CivilDate(periodEnd: to) == nil {
            throw ValidationError("--to \(to): expected a date like 2020-09-30, 2020-09 or 2020")
        }
    }

    var fromDay: String? { from.flatMap { CivilDate(periodStart: $0)?.description } }
    var toDay: String? { to.flatMap { CivilDate(periodEnd: $0)?.description } }
}

/// `--jobs N`: threads that extract (`parley import`, `parley extract`).
struct JobsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Threads that extract articles (default: one per core; 1: all on one thread).", valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}

enum Console {
    /// An error, and for the database's troubles what to do about them.
    static func error(_ failure: any Error, database path: String, context: String? = nil) {
        error(([context, "\(failure)"].compactMap { $0 }).joined(separator: ": "))
        if let hint = hint(for: failure, database: path) { FileHandle.standardError.write(Data("parley: \(hint)\n".utf8)) }
    }

    /// What to do about a database error, in the user's terms.
    static func hint(for error: any Error, database path: String) -> String? {
        guard let error = error as? SQLiteError else { return nil }
        let path = Output.printable(path)
        if error == .readonly {
            return "\(path) cannot be written (the file or its folder is read-only): queries still work; to import, make it "
                + "writable or copy it somewhere writable"
        }
        if error == .busy || error == .locked {
            return "another process kept \(path) locked for longer than Parley waits: try again when it has finished"
        }
        if error == .full {
            return "the disk is full (or the database reached its size limit): nothing half-written was kept; free some space "
                + "and run the same command again to add the rest"
        }
        if error == .ioerr {
            return "the disk reported an I/O error; nothing half-written was kept: check the disk, run `parley check --db \(path)`, "
                + "then run the same command again"
        }
        if error == .corrupt || error == .notADatabase {
            return "\(path) is damaged: `parley check --db \(path)` says where, and how to save what is readable"
        }
        if error == .cantOpen { return "cannot open \(path): check that its folder exists and can be read" }
        return nil
    }

    static func error(_ message: String) {
        // File names and record ids come from outside: shown, not obeyed.
        FileHandle.standardError.write(Data("parley: error: \(Output.printable(message))\n".utf8))
    }

}
