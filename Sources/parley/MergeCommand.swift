import ArgumentParser
import Foundation
import ParleyStore

struct MergeOfficialsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-officials",
        abstract: "Merge two officials the rules kept apart (or undo such a merge).",
        discussion: """
            parley merge-officials KEEP MERGE moves everything of MERGE (aliases, roles, articles, meetings,
            quotes) to KEEP, and records the merge so that a later import of MERGE's name lands on KEEP.
            --dry-run says what would move; --undo MERGE splits them again.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Say what would move, change nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("Undo the merge of this official.", valueName: "name"))
    var undo: String?

    @Argument(help: ArgumentHelp("The official to keep, then the one to merge into it.", valueName: "name"))
    var names: [String] = []

    func validate() throws {
        if undo == nil && names.count != 2 { throw ValidationError("give two names: the official to keep, then the one to merge") }
        if undo != nil && !names.isEmpty { throw ValidationError("--undo takes the merged official's name alone") }
    }

    func run() throws {
        try runQuery(database) {
            let store = try database.openExisting()
            if let undo {
                let o = try store.undoMerge(of: undo)
                print("split \"\(Output.printable(o.merged))\" from \"\(Output.printable(o.kept))\" again: \(summary(o)) moved back")
            } else {
                let o = try store.mergeOfficials(keep: names[0], merge: names[1], dryRun: dryRun)
                print((dryRun ? "would merge" : "merged") + " \"\(o.merged)\" into \"\(o.kept)\": \(summary(o)) "
                      + (dryRun ? "would move (dry run: nothing changed)" : "moved"))
            }
        }
    }

    private func summary(_ o: MergeOutcome) -> String {
        "\(o.aliases) aliases, \(o.roles) roles, \(o.articles) articles, \(o.meetings) meetings, \(o.quotes) quotes"
    }
}
