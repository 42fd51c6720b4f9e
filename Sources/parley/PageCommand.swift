import ArgumentParser
import Foundation
import ParleyInput
import ParleyPages

/// What Parley reads out of saved web pages, before any extraction: a way to check a site's pages, and the
/// adapter `eval/score_html.py` runs.
struct PageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "Show the headline, date, url and article body Parley finds in saved web pages.",
        discussion: """
            With --json, one object per page and line: file, headline, published, url, author, publisher,
            text (the body, paragraphs separated by blank lines) and ms (time spent reading the page).
            """
    )

    @Flag(name: .long, help: "Print JSON Lines (one object per page).")
    var json = false

    @Argument(help: ArgumentHelp("Saved web pages (.html, .htm) or folders of them.", valueName: "path"))
    var paths: [String]

    struct Line: Encodable {
        var file: String
        var headline: String?
        var published: String?
        var url: String?
        var author: String?
        var publisher: String?
        var text: String
        var ms: Double
    }

    func run() throws {
        let (files, problems) = ArticleFiles.collect(paths, extensions: ArticleFiles.pageExtensions)
        for problem in problems { Console.error(problem.description) }
        var failed = problems.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Pages are read on every core, a window at a time, and printed in the order given.
        for window in stride(from: 0, to: files.count, by: 64) {
            let slice = Array(files[window..<min(files.count, window + 64)])
            let results = ParallelMap.map(slice) { file -> (Result<WebPage, any Error>, Double) in
                let clock = ContinuousClock()
                let start = clock.now
                let result = Result { try ArticleFiles.readPage(file) }
                let elapsed = clock.now - start
                return (result, Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            }
            for (file, (result, ms)) in zip(slice, results) {
                do {
                    let page = try result.get()
                    if json {
                        let line = Line(file: file, headline: page.headline, published: page.published, url: page.url,
                                        author: page.author, publisher: page.publisher, text: page.body,
                                        ms: (ms * 1000).rounded() / 1000)
                        print(String(decoding: try encoder.encode(line), as: UTF8.self))
                    } else {
                        var lines = ["== \(file)", "headline:  \(page.headline ?? "-")",
                                     "published: \(page.published ?? "-")", "url:       \(page.url ?? "-")"]
                        if let a = page.author { lines.append("author:    \(a)") }
                        if let p = page.publisher { lines.append("publisher: \(p)") }
                        lines.append("")
                        lines.append(contentsOf: page.paragraphs.flatMap { [$0, ""] })
                        print(lines.map(Output.printable).joined(separator: "\n"))
                    }
                } catch {
                    failed += 1
                    Console.error("\(error)")
                }
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
