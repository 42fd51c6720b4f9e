import ArgumentParser
import Foundation
import ParleyInput
import ParleyExtraction
import ParleyStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Extract articles and store them in the database.",
        discussion: """
            PATH is a .txt article, a .jsonl file (one article a line: id, headline, published,
            text, optional url and source), a folder searched for both, or - for standard input. Each article is stored in one
            transaction: whole or not at all. A bad file is reported and skipped; the rest still
            imports, and the exit code is 1. Re-importing an article already stored changes nothing.
            The next batch is extracted (on --jobs threads) while this one is stored.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("Articles per transaction.", valueName: "n"))
    var batchSize = ParleyStore.defaultBatchSize

    @OptionGroup var jobs: JobsOptions

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    /// A batch being extracted on other threads while the previous one is stored.
    final class Extraction: @unchecked Sendable {
        let group = DispatchGroup()
        /// Written by the extracting thread before it leaves `group`; read after `group.wait()`.
        var records: [ExtractionRecord] = []
    }

    func run() throws {
        let (files, problems) = ArticleFiles.collect(paths)
        for problem in problems { Console.error(problem.description) }
        let store: ParleyStore
        do {
            store = try ParleyStore(path: database.path, busyTimeout: database.busyTimeout)
        } catch {
            Console.error(error, database: database.path)
            throw ExitCode.failure
        }
        let extractor = Extractor(includesBody: false, includesDates: false)  // the store keeps the text as read, and no date list
        try? store.beginBulkImport()
        defer { try? store.finishBulkImport() }
        var total = ImportOutcome(status: .imported, articleID: 0)
        var imported = 0, duplicates = 0, failed = problems.count
        // One line per article is too much for a JSON Lines corpus: only the summary then.
        let terse = files.contains { $0.lowercased().hasSuffix(".jsonl") || $0 == "-" }
        let progress = Progress(enabled: !quiet, expected: quiet ? nil : ArticleFiles.estimatedCount(files))
        var stopped = false, skipped = 0

        func save(_ pending: [(ArticleInput, ExtractionRecord, String)]) {
            guard !pending.isEmpty else { return }
            if stopped {
                skipped += pending.count
                progress.advance(by: pending.count)
                return
            }
            do {
                try store.importBatch(pending.map { ($0.0, $0.1) }) { index, result in
                    let label = pending[index].2
                    switch result {
                    case .success(let outcome) where outcome.status == .imported:
                        imported += 1
                        total.officials += outcome.officials
                        total.meetings += outcome.meetings
                        total.quotes += outcome.quotes
                        total.topics += outcome.topics
                        if !quiet && !terse {
                            print("imported \(Output.printable(label)): \(outcome.officials) officials, \(outcome.meetings) meetings, "
                                  + "\(outcome.quotes) quotes, \(outcome.topics) topics")
                        }
                    case .success(let outcome):
                        duplicates += 1
                        if !quiet && !terse { print("skipped \(Output.printable(label)): already imported (article \(outcome.articleID))") }
                    case .failure(let error):
                        failed += 1
                        Console.error("\(label): \(error)")
                    }
                }
            } catch {
                failed += pending.count
                Console.error(error, database: database.path,
                              context: "could not store \(pending.count) articles (\(pending.first!.2) ...)")
                // A full disk or a damaged file fails every later batch too: stop here.
                if let error = error as? SQLiteError, ParleyStore.endsBatch(error) { stopped = true }
            }
            progress.advance(by: pending.count)
        }

        // Articles read and waiting for extraction; the batch being extracted meanwhile.
        var waiting: [(ArticleInput, Extractor.Input, String)] = []
        var ahead: (items: [(ArticleInput, Extractor.Input, String)], extraction: Extraction)?
        let jobs = self.jobs.jobs
        func flush() {
            let items = waiting
            waiting.removeAll(keepingCapacity: true)
            var next: (items: [(ArticleInput, Extractor.Input, String)], extraction: Extraction)?
            if !items.isEmpty {
                let extraction = Extraction()
                let inputs = items.map(\.1)
                if jobs > 1 {
                    DispatchQueue.global().async(group: extraction.group) {
                        extraction.records = extractor.extract(inputs, jobs: jobs)
                    }
                } else {
                    extraction.records = extractor.extract(inputs, jobs: 1)
                }
                next = (items, extraction)
            }
            if let (items, extraction) = ahead {
                extraction.group.wait()
                save(zip(items, extraction.records).map { ($0.0.0, $0.1, $0.0.2) })
            }
            ahead = next
        }

        for file in files {
            if stopped { skipped += 1; continue }
            ArticleFiles.forEachItem(in: file) { result in
                if stopped { skipped += 1; return }
                switch result {
                case .success(let item):
                    let input = ArticleInput(text: item.text, filePath: file == "-" ? nil : file, url: item.url,
                                             externalID: item.externalID)
                    waiting.append((input, Extractor.Input(text: item.text, file: item.label, source: item.source), item.label))
                    if waiting.count >= batchSize { flush() }
                case .failure(let problem):
                    failed += 1
                    Console.error("\(problem)")
                    progress.advance(by: 1)
                }
            }
        }
        flush()  // the last batch read goes to extraction
        flush()  // and is stored
        progress.finish()
        if stopped {
            Console.error("import stopped: \(skipped) more \(skipped == 1 ? "input was" : "inputs were") skipped; "
                          + "the same command, run again, adds what is missing")
        }
        if !quiet {
            print("\(imported) \(imported == 1 ? "article" : "articles") imported (\(total.officials) officials, "
                  + "\(total.meetings) meetings, \(total.quotes) quotes, \(total.topics) topics), "
                  + "\(duplicates) already present, \(failed) failed; database: \(database.path)")
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
