import ArgumentParser
import Foundation
import ParleyStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search in articles or quotes, best matches first, with the matched words in «».",
        discussion: """
            QUERY is SQLite FTS5 syntax: words (all must occur), "a phrase", OR, NOT, prefix*,
            headline: to search headlines only.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var range: DateRangeOptions

    @Option(name: .long, help: "Search articles or quotes.")
    var `in`: ScopeOption = .articles

    @Argument(help: "The search query.")
    var query: String

    enum ScopeOption: String, ExpressibleByArgument, CaseIterable { case articles, quotes }

    func run() throws {
        try runQuery(database) {
            let store = try database.openExisting()
            let hits = try store.search(query, in: SearchScope(rawValue: `in`.rawValue)!, from: range.fromDay,
                                        to: range.toDay, limit: output.limit ?? 20)
            let table = Table(
                columns: [`in` == .quotes ? "speaker" : "headline", "published", "snippet"],
                rows: hits.map { [$0.title ?? $0.article.display, $0.article.published.map { String($0.prefix(10)) } ?? "", $0.snippet] })
            try Output.write(hits, table: table, format: output.format)
        }
    }
}

struct OfficialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "official",
        abstract: "One official's profile: roles over time, meetings, counterparts, topics, latest quotes, sources."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Output format: table (a report) or json.")
    var format: OutputFormat = .table

    @Argument(help: "The official's name or alias.")
    var name: String

    func run() throws {
        try runQuery(database) {
            let store = try database.openExisting()
            let p = try store.profile(of: name)
            switch format {
            case .json, .jsonl:
                print(try Output.jsonLines([p]), terminator: "")
            case .table, .csv:
                print(report(p), terminator: "")
            }
        }
    }

    private func report(_ p: OfficialProfile) -> String {
        var out = Output.printable(p.official.name) + "\n"
        if !p.official.aliases.isEmpty { out += "also: \(Output.printable(p.official.aliases.joined(separator: "; ")))\n" }
        out += "\nroles\n"
        out += Output.text(Table(columns: ["title", "organization", "country", "from", "to"], rows: p.official.roles.map {
            [$0.title ?? "", $0.organization ?? "", $0.country ?? "", $0.firstSeen ?? "", $0.lastSeen ?? ""]
        }))
        out += "\nmeetings (\(p.meetings.count))\n"
        out += Output.text(Table(columns: ["date", "kind", "status", "with", "location", "topics"], rows: p.meetings.map {
            [$0.date ?? "?", $0.kind, $0.status, $0.counterparts.map(\.display).joined(separator: "; "), $0.location ?? "",
             $0.topics.joined(separator: "; ")]
        }))
        let top = p.counterparts.map(\.count).max() ?? 0
        out += "\ncounterparts\n"
        out += Output.text(Table(columns: ["name", "meetings", ""], rows: p.counterparts.map {
            [$0.name, String($0.count), Output.bar($0.count, of: top, width: 12)]
        }))
        out += "\ntopics\n"
        out += Output.text(Table(columns: ["topic", "meetings"], rows: p.topics.map { [$0.name, String($0.count)] }))
        out += "\nlatest quotes\n"
        out += Output.text(Table(columns: ["published", "quote"], rows: p.latestQuotes.map {
            [$0.article.published.map { String($0.prefix(10)) } ?? "", $0.text]
        }))
        out += "\narticles (\(p.articles.count))\n"
        out += Output.text(Table(columns: ["published", "article"], rows: p.articles.map {
            [$0.published.map { String($0.prefix(10)) } ?? "", $0.display]
        }))
        return out
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every table to DIR as JSON Lines or CSV, one file per table, with the schema's columns.",
        discussion: "Tables: \(ParleyStore.exportTables.joined(separator: ", ")). Columns keep their names and meanings across versions."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "jsonl or csv.")
    var format: ExportFormat = .jsonl

    @Option(name: .long, help: ArgumentHelp("The folder to write (created if missing).", valueName: "dir"))
    var out: String

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    func run() throws {
        try runQuery(database) {
            let store = try database.openExisting()
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            for table in ParleyStore.exportTables {
                let path = (out as NSString).appendingPathComponent("\(table).\(format.rawValue)")
                let temporary = path + ".partial"
                guard FileManager.default.createFile(atPath: temporary, contents: nil),
                      let handle = FileHandle(forWritingAtPath: temporary) else {
                    throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
                }
                var count = 0
                var wroteHeader = false
                var buffer = Data()
                try store.exportRows(of: table) { columns, values in
                    if format == .csv, !wroteHeader {
                        buffer.append(Data(Output.csvLine(columns).utf8))
                        wroteHeader = true
                    }
                    switch format {
                    case .jsonl:
                        buffer.append(try encoder.encode(JSONRow(columns: columns, values: values)))
                        buffer.append(0x0A)
                    case .csv:
                        buffer.append(Data(Output.csvLine(values.map(\.cell)).utf8))
                    }
                    count += 1
                    if buffer.count > 1 << 20 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
                }
                handle.write(buffer)
                try handle.close()
                if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
                try FileManager.default.moveItem(atPath: temporary, toPath: path)
                print("\(path): \(count) rows")
            }
        }
    }
}

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query on the database.",
        discussion: "The connection is opened read-only (and query_only, without ATTACH): no statement can write."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "One SELECT statement.")
    var query: String

    func run() throws {
        try runQuery(database) {
            let result = try ParleyStore.readOnlyQuery(path: database.path, sql: query, limit: output.limit,
                                                       busyTimeout: database.busyTimeout)
            let table = Table(columns: result.columns, rows: result.rows.map { $0.map(\.cell) })
            switch output.format {
            case .json, .jsonl:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes]
                let lines = try result.rows.map { String(decoding: try encoder.encode(JSONRow(columns: result.columns, values: $0)), as: UTF8.self) }
                if output.format == .jsonl { for l in lines { print(l) } }
                else { print(lines.isEmpty ? "[]" : "[" + lines.joined(separator: ",\n ") + "]") }
            case .csv: print(Output.csv(table), terminator: "")
            case .table: print(Output.text(table), terminator: "")
            }
        }
    }
}
