import ArgumentParser
import Foundation
import ParleyStore

/// Runs a query body, turning store errors into one clear line and exit code 1.
func runQuery(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch {
        Console.error("\(error)")
        throw ExitCode.failure
    }
}

extension OfficialRef {
    /// "Stephen Biegun (Deputy Secretary of State, US)"
    var display: String {
        let role = [title, country].compactMap { $0 }.joined(separator: ", ")
        return role.isEmpty ? name : "\(name) (\(role))"
    }
}

extension ArticleRef {
    var display: String { headline ?? file ?? url ?? "article \(id)" }
}

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Every meeting of an official: with whom, when, how, where, about what.",
        discussion: "NAME matches a full name or any alias (\"Choi\", \"Vice FM Choi\"), ignoring case, spaces and hyphens."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var range: DateRangeOptions

    @Option(name: .long, help: ArgumentHelp("The official's name or alias.", valueName: "name"))
    var official: String

    func run() throws {
        try runQuery {
            let store = try database.openExisting()
            let rows = try store.meetings(official: official, from: range.fromDay, to: range.toDay)
            let table = Table(
                columns: ["date", "kind", "status", "official", "with", "location", "topics", "source"],
                rows: rows.map { m in
                    [m.date ?? "?", m.kind, m.status, m.official.name, m.counterparts.map(\.display).joined(separator: "; "),
                     m.location ?? "", m.topics.joined(separator: "; "), m.sources.map(\.display).joined(separator: " | ")]
                })
            try Output.write(rows, table: table, format: output.format)
        }
    }
}

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Topics on the agenda by date, with how many meetings and articles mention them.",
        discussion: "A topic discussed at a dated meeting counts on the meeting's day; otherwise on its article's publication day."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var range: DateRangeOptions

    func run() throws {
        try runQuery {
            let store = try database.openExisting()
            let rows = try store.topicsByDay(from: range.fromDay, to: range.toDay)
            let table = Table(columns: ["date", "topic", "meetings", "articles"],
                              rows: rows.map { [$0.date, $0.topic, String($0.meetings), String($0.articles)] })
            try Output.write(rows, table: table, format: output.format)
        }
    }
}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Direct quotes, with their speakers and articles."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Only this official's quotes (name or alias).", valueName: "name"))
    var official: String?

    func run() throws {
        try runQuery {
            let store = try database.openExisting()
            let rows = try store.quotes(official: official)
            let table = Table(columns: ["speaker", "quote", "published", "source"],
                              rows: rows.map { [$0.speaker ?? "?", $0.text, $0.article.published.map { String($0.prefix(10)) } ?? "",
                                                $0.article.display] })
            try Output.write(rows, table: table, format: output.format)
        }
    }
}

struct OfficialsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officials",
        abstract: "Every official: latest title, country, aliases, and counts of meetings and quotes."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runQuery {
            let store = try database.openExisting()
            let rows = try store.officials()
            let table = Table(columns: ["name", "title", "country", "organization", "aliases", "meetings", "quotes"],
                              rows: rows.map { [$0.name, $0.title ?? "", $0.country ?? "", $0.organization ?? "",
                                                $0.aliases.joined(separator: "; "), String($0.meetings), String($0.quotes)] })
            try Output.write(rows, table: table, format: output.format)
        }
    }
}
