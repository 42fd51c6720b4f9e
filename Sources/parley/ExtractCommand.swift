import ArgumentParser
import Foundation
import ParleyInput
import ParleyExtraction

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract officials, meetings, quotes and topics from articles, without a database.",
        discussion: "With --json, one JSON object per article and line, in the shape the README documents. Records are "
            + "printed in the order of the input, however many threads extract them."
    )

    @Flag(name: .long, help: "Print JSON Lines (one record per article).")
    var json = false

    @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "path"))
    var paths: [String]

    @OptionGroup var jobs: JobsOptions

    /// Articles extracted together; their records are printed in order before the next batch is read.
    static let batchSize = 256

    func run() throws {
        let (files, problems) = ArticleFiles.collect(paths)
        for problem in problems { Console.error(problem.description) }
        var failed = problems.count
        let extractor = Extractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var batch: [Extractor.Input] = []
        func flush() {
            for record in extractor.extract(batch, jobs: jobs.jobs) {
                if json {
                    // Encoding a record of strings, numbers and arrays cannot fail.
                    print(String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self))
                } else {
                    print(summary(record))
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        for file in files {
            ArticleFiles.forEachItem(in: file) { result in
                switch result {
                case .success(let item):
                    batch.append(Extractor.Input(text: item.text, file: item.label, source: item.source))
                    if batch.count >= Self.batchSize { flush() }
                case .failure(let problem):
                    flush()  // what came before the bad input is printed before its error
                    failed += 1
                    Console.error("\(problem)")
                }
            }
        }
        flush()
        if failed > 0 { throw ExitCode.failure }
    }

    private func summary(_ r: ExtractionRecord) -> String {
        var lines = ["== \(r.file ?? "")"]
        lines.append("headline:  \(r.article.headline ?? "-")")
        lines.append("published: \(r.article.published ?? "-")   source: \(r.article.source ?? "-")   byline: \(r.article.byline ?? "-")")
        for o in r.officials {
            let role = [o.title, o.country].compactMap { $0 }.joined(separator: ", ")
            lines.append("official:  \(o.name)\(role.isEmpty ? "" : " (\(role))")")
        }
        for m in r.meetings {
            lines.append("meeting:   \(m.date ?? "date unknown")  \(m.kind.rawValue)  \(m.status.rawValue)  "
                         + "\(m.participants.joined(separator: " + "))\(m.location.map { "  in \($0)" } ?? "")")
        }
        for q in r.quotes {
            let text = q.text.count > 70 ? String(q.text.prefix(69)) + "…" : q.text
            lines.append("quote:     \(q.speaker ?? "?"): \"\(text)\"")
        }
        if !r.topics.isEmpty { lines.append("topics:    " + r.topics.map(\.name).joined(separator: "; ")) }
        return lines.map(Output.printable).joined(separator: "\n") + "\n"
    }
}
