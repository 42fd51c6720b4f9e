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

    /// Opens an existing database for queries (applying pending migrations).
    func openExisting() throws -> ParleyStore {
        try ParleyStore(path: path, create: false)
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

enum Console {
    static func error(_ message: String) {
        // File names and record ids come from outside: shown, not obeyed.
        FileHandle.standardError.write(Data("parley: error: \(Output.printable(message))\n".utf8))
    }

}
