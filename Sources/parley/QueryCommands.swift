import ArgumentParser
import Foundation
import ParleyStore

/// Runs a query body, turning store errors into one clear line and exit code 1.
func runQuery(_ database: DatabaseOptions, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch {
        Console.error(error, database: database.path)
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

enum KindOption: String, ExpressibleByArgument, CaseIterable {
    case inPerson = "in_person", phone, video, summit, unknown
}

enum StatusOption: String, ExpressibleByArgument, CaseIterable {
    case planned, held, cancelled
}

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Meetings: of an official, between two officials or countries, by kind and status.",
        discussion: """
            NAME matches a full name or any alias ("Choi", "Vice FM Choi"), ignoring case, spaces and hyphens.
            Every condition given must hold; with none, every meeting is listed. Newest first.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var range: DateRangeOptions

    @Option(name: .long, help: ArgumentHelp("An official who took part (name or alias).", valueName: "name"))
    var official: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Two officials who both took part.", valueName: "name name"))
    var between: [String] = []

    @Option(name: .long, help: ArgumentHelp("A country (ISO code) with a participant; repeat for several.", valueName: "code"))
    var country: [String] = []

    @Option(name: .long, help: "Only this kind.")
    var kind: KindOption?

    @Option(name: .long, help: "Only this status.")
    var status: StatusOption?

    func validate() throws {
        if !between.isEmpty && between.count != 2 {
            throw ValidationError("--between takes two names, e.g. --between \"Choi\" \"Biegun\"")
        }
        for code in country where code.count != 2 || !code.allSatisfy(\.isLetter) {
            throw ValidationError("--country \(code): expected an ISO 3166 alpha-2 code such as KR or US")
        }
    }

    func run() throws {
        try runQuery(database) {
            let store = try database.openExisting()
            let filter = MeetingFilter(official: official, between: between, countries: country, kind: kind?.rawValue,
                                       status: status?.rawValue, from: range.fromDay, to: range.toDay, limit: output.limit)
            let rows = try store.meetings(filter)
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
        abstract: "Topics on the agenda by day, week or month, with how many meetings and articles mention them.",
        discussion: """
            A topic discussed at a dated meeting counts on the meeting's day; otherwise on its article's publication day.
            Weeks start on Monday. The table shows a bar per row; --format json|jsonl|csv give the counts alone.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var range: DateRangeOptions

    @Option(name: .long, help: "Count per day, week or month.")
    var by: PeriodOption = .day

    @Option(name: .long, help: ArgumentHelp("Only topics of this official's meetings.", valueName: "name"))
    var official: String?

    @Option(name: .long, help: ArgumentHelp("Only topics whose name contains this.", valueName: "name"))
    var topic: String?

    enum PeriodOption: String, ExpressibleByArgument, CaseIterable { case day, week, month }

    func run() throws {
        try runQuery(database) {
            let store = try database.openExisting()
            let rows = try store.topicTrends(by: Period(rawValue: by.rawValue)!, from: range.fromDay, to: range.toDay,
                                             official: official, topic: topic, limit: output.limit)
            let maximum = rows.map(\.articles).max() ?? 0
            let label = by == .day ? "date" : by.rawValue
            let table = Table(columns: [label, "topic", "meetings", "articles"] + (output.format == .table ? [""] : []),
                              rows: rows.map { r in
                                  [r.period, r.topic, String(r.meetings), String(r.articles)]
                                      + (output.format == .table ? [Output.bar(r.articles, of: maximum)] : [])
                              })
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
        try runQuery(database) {
            let store = try database.openExisting()
            let rows = try store.quotes(official: official, limit: output.limit)
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
        try runQuery(database) {
            let store = try database.openExisting()
            let rows = Array(try store.officials().prefix(output.limit ?? .max))
            let table = Table(columns: ["name", "title", "country", "organization", "aliases", "meetings", "quotes"],
                              rows: rows.map { [$0.name, $0.title ?? "", $0.country ?? "", $0.organization ?? "",
                                                $0.aliases.joined(separator: "; "), String($0.meetings), String($0.quotes)] })
            try Output.write(rows, table: table, format: output.format)
        }
    }
}
