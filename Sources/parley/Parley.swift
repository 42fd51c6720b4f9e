import ArgumentParser

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turn news articles about diplomacy into a queryable SQLite database of officials, meetings, topics and quotes.",
        discussion: """
            The database is --db PATH, else $PARLEY_DB, else parley.sqlite in the current directory.
            Query commands print a table, or --format json|jsonl|csv, and take --limit.
            """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, ExtractCommand.self, MeetingsCommand.self, TopicsCommand.self, QuotesCommand.self,
            OfficialsCommand.self, OfficialCommand.self, SearchCommand.self, ExportCommand.self, SQLCommand.self, PageCommand.self,
            MergeOfficialsCommand.self, CheckCommand.self,
        ]
    )
}
