import Foundation
import Testing
@testable import parley

/// Runs the built `parley` binary: stdout, stderr and exit code.
struct Run {
    var stdout: String
    var stderr: String
    var status: Int32
}

func parleyBinary() throws -> URL {
    // The test bundle sits next to the products in .build/<config>/.
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("parley")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/parley")
    guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "parley binary"])
    }
    return fallback
}

func parley(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = try parleyBinary()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "PARLEY_DB")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
               status: process.terminationStatus)
}

/// The bundled example article (the seed), copied into a fresh folder per test.
final class Workspace {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/articles")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name),
                                             to: url.appendingPathComponent("articles/\(name)"))
        }
    }
    func write(_ name: String, _ data: Data) throws { try data.write(to: url.appendingPathComponent(name)) }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("CLI end to end", .serialized)
struct CLITests {
    @Test func importThenQueryTheSeed() throws {
        let ws = try Workspace()
        let imported = try parley(["import", "articles"], in: ws.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 article imported (2 officials, 2 meetings, 4 quotes, 6 topics)"))
        #expect(FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("parley.sqlite").path))

        for name in ["Choi Jong-kun", "choi", "CHOI JONG KUN", "Vice FM Choi"] {
            let run = try parley(["meetings", "--official", name, "--format", "json"], in: ws.url)
            #expect(run.status == 0)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 2, "for \(name)")
            #expect(rows.map { $0["date"] as? String } == ["2020-09-10", "2020-09-02"])
            #expect(rows.map { $0["kind"] as? String } == ["in_person", "phone"])
            #expect(rows.map { $0["status"] as? String } == ["planned", "held"])
            #expect(rows.first?["location"] as? String == "Washington")
            let with = rows.first?["counterparts"] as? [[String: Any]]
            #expect(with?.first?["name"] as? String == "Stephen Biegun")
            #expect(with?.first?["country"] as? String == "US")
        }

        let topics = try parley(["topics", "--from", "2020-09-01", "--to", "2020-09-30", "--format", "csv"], in: ws.url)
        let lines = topics.stdout.split(separator: "\r\n")
        #expect(lines.first == "date,topic,meetings,articles")
        #expect(lines.count == 7)
        #expect(topics.stdout.contains("2020-09-10,defense cost-sharing,1,1"))

        let biegun = try parley(["quotes", "--official", "Biegun", "--format", "json"], in: ws.url)
        #expect(biegun.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let choi = try parley(["quotes", "--official", "Choi", "--format", "json"], in: ws.url)
        let quotes = try #require(try JSONSerialization.jsonObject(with: Data(choi.stdout.utf8)) as? [[String: Any]])
        #expect(quotes.count == 4)

        let officials = try parley(["officials"], in: ws.url)
        #expect(officials.stdout.contains("Stephen Biegun"))
        #expect(officials.stdout.contains("Deputy Secretary of State"))
    }

    @Test func reimportIsANoOp() throws {
        let ws = try Workspace()
        _ = try parley(["import", "articles"], in: ws.url)
        let again = try parley(["import", "articles"], in: ws.url)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 articles imported"))
        #expect(again.stdout.contains("1 already present"))
    }

    @Test func unknownOfficialSaysSoAndSuggests() throws {
        let ws = try Workspace()
        _ = try parley(["import", "articles"], in: ws.url)
        let run = try parley(["meetings", "--official", "Beigun"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("no official named \"Beigun\""))
        #expect(run.stderr.contains("Stephen Biegun"))
    }

    @Test func badInputsAreNamedAndTheRestImports() throws {
        let ws = try Workspace()
        try ws.write("articles/binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]))
        try ws.write("articles/latin1.txt", Data("Caf\u{E9} talks".utf8.map { $0 }.dropLast(0)) + Data([0x20, 0xE9, 0x0A]))
        try ws.write("articles/empty.txt", Data())
        try ws.write("articles/page.txt", Data("<!DOCTYPE html><html><body><p>Ministers met.</p></body></html>".utf8))
        let run = try parley(["import", "articles", "missing.txt"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.txt: no such file or directory"))
        #expect(run.stderr.contains("binary.txt: binary file"))
        #expect(run.stderr.contains("latin1.txt: not valid UTF-8"))
        #expect(run.stderr.contains("empty.txt: empty file"))
        #expect(run.stderr.contains("page.txt: not an article page"))
        #expect(run.stdout.contains("1 article imported"))
        #expect(run.stdout.contains("5 failed"))
        let meetings = try parley(["meetings", "--official", "Biegun", "--format", "csv"], in: ws.url)
        #expect(meetings.stdout.split(separator: "\r\n").count == 3)
    }

    @Test func queriesWithoutADatabaseFailClearly() throws {
        let ws = try Workspace()
        let run = try parley(["officials", "--db", "nowhere.sqlite"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no database at nowhere.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("nowhere.sqlite").path))
    }

    @Test func refusesAForeignFileAsDatabase() throws {
        let ws = try Workspace()
        let bytes = Data(String(repeating: "hello\n", count: 1000).utf8)
        try ws.write("notes.db", bytes)
        let run = try parley(["import", "--db", "notes.db", "articles"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("notes.db is not an SQLite database"))
        #expect(try Data(contentsOf: ws.url.appendingPathComponent("notes.db")) == bytes)
    }

    @Test func databaseFromTheEnvironment() throws {
        let ws = try Workspace()
        let run = try parley(["import", "articles"], in: ws.url, environment: ["PARLEY_DB": "env.sqlite"])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("env.sqlite").path))
    }

    @Test func extractJSONLinesCarriesTheFile() throws {
        let ws = try Workspace()
        let run = try parley(["extract", "--json", "articles"], in: ws.url)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((object["file"] as? String)?.hasSuffix(".txt") == true)
        #expect((object["meetings"] as? [Any])?.count == 2)
    }

    /// Swift seeds its hashing anew in every process: an answer that depended on the order of a set or dictionary
    /// (two people named in one title phrase, first mentioned at the same token) changed from run to run.
    @Test func extractionIsTheSameInEveryProcess() throws {
        let ws = try Workspace()
        try """
            Ministers meet
            Published : 2031-04-16

            Deputy Prime Ministers Ivo Karn, Lev Odin and Per Lund met Foreign Minister Aki Mori in Oslo on Monday.
            """.write(to: ws.url.appendingPathComponent("tie.txt"), atomically: true, encoding: .utf8)
        var answers = Set<String>()
        for _ in 0..<8 {
            let run = try parley(["extract", "--json", "tie.txt"], in: ws.url)
            #expect(run.status == 0)
            answers.insert(run.stdout)
        }
        #expect(answers.count == 1)
        #expect(answers.first?.contains(#""participants":["Ivo Karn","Lev Odin","Per Lund","Aki Mori"]"#) == true,
                "\(answers.first ?? "")")
    }

    /// Extraction on several threads prints the records a single thread prints, in the order of the input, and a bad
    /// file among them is reported without losing the others.
    @Test func extractOnSeveralThreadsKeepsTheOrder() throws {
        let ws = try Workspace()
        let folder = ws.url.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for n in 0..<40 {
            let text = "Talks \(n)\nPublished : 2031-04-16\n\nForeign Minister Lena Holm\(n) met Foreign Minister Aki Mori on Monday "
                + "to discuss fisheries. \"We agreed on quota \(n),\" Holm\(n) said."
            try text.write(to: folder.appendingPathComponent(String(format: "a%02d.txt", n)), atomically: true, encoding: .utf8)
        }
        try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("a20-bad.txt"))
        let one = try parley(["extract", "--json", "--jobs", "1", "many"], in: ws.url)
        let four = try parley(["extract", "--json", "--jobs", "4", "many"], in: ws.url)
        #expect(one.status == 1 && four.status == 1, "a bad file fails the command")
        #expect(four.stderr.contains("a20-bad.txt"))
        #expect(one.stdout == four.stdout)
        let files = four.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["file"] as? String
        }
        #expect(files.count == 40)
        #expect(files == files.sorted(), "in the order of the input")
        #expect(four.stdout.contains("Lena Holm39"))
    }

    @Test func badDateIsAUsageError() throws {
        let ws = try Workspace()
        _ = try parley(["import", "articles"], in: ws.url)
        let run = try parley(["topics", "--from", "September"], in: ws.url)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--from September"))
    }
}

@Suite("Output formats")
struct OutputTests {
    let table = Table(columns: ["name", "note"], rows: [["Choi", "said \"yes\", then left"], ["Kim", "line\nbreak"]])

    @Test func csvQuotesWhatNeedsIt() {
        #expect(Output.csv(table) == "name,note\r\nChoi,\"said \"\"yes\"\", then left\"\r\nKim,\"line\nbreak\"\r\n")
    }

    @Test func tableAlignsAndNeutralizesControlCharacters() {
        let t = Table(columns: ["a", "b"], rows: [["x\u{1B}[31mred", "y"]])
        let text = Output.text(t, width: nil)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("x\\u{1b}[31mred"))
        #expect(Output.text(table, width: nil).split(separator: "\n")[1] == "----  ---------------------")
    }

    @Test func tableFitsTheTerminal() {
        let wide = Table(columns: ["a", "b"], rows: [[String(repeating: "x", count: 200), "y"]])
        let text = Output.text(wide, width: 60)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(text.contains("…"))
    }
}
