import Foundation
import Testing

/// Escape sequences and bidirectional overrides in articles, record ids and file names reach the terminal as
/// visible text; JSON output keeps them exactly.
@Suite("CLI: hostile values", .serialized)
struct HostileCLITests {
    let escape = "\u{1B}]0;pwned\u{7}\u{1B}[2J"

    @Test func escapeSequencesAreShownNotObeyed() throws {
        let ws = try Workspace()
        let quote = "We will talk again \(escape)\u{202E}reversed\u{202C}"
        func record(_ fields: [String: String]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        let lines = [
            try record(["id": "a1", "headline": "Talks \(escape)", "published": "2031-04-16",
                        "text": "Foreign Minister Mara Velk met Borovian Foreign Minister Ivo Stann on Monday. \"\(quote),\" Velk said."]),
            try record(["id": "bad\(escape)", "text": ""]),
        ]
        try ws.write("articles.jsonl", Data(lines.joined(separator: "\n").utf8))
        let imported = try parley(["import", "articles.jsonl"], in: ws.url)
        #expect(imported.status == 1, "the record without text fails")
        #expect(imported.stderr.contains("bad\\u{1b}]0;pwned"))
        #expect(!imported.stderr.contains("\u{1B}"))

        let table = try parley(["quotes"], in: ws.url)
        #expect(table.status == 0)
        #expect(table.stdout.contains("We will talk again"))
        #expect(!table.stdout.contains("\u{1B}") && !table.stdout.contains("\u{7}") && !table.stdout.contains("\u{202E}"))
        #expect(table.stdout.contains("\\u{202e}reversed"))
        let profile = try parley(["official", "Velk"], in: ws.url)
        #expect(!profile.stdout.contains("\u{1B}"))

        let json = try parley(["quotes", "--format", "jsonl"], in: ws.url)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(row["text"] as? String == quote + ",", "JSON keeps the text exactly")
        let csv = try parley(["sql", "SELECT headline FROM article", "--format", "csv"], in: ws.url)
        #expect(csv.stdout.contains("Talks \(escape)"), "CSV is data: kept exactly")
    }

    /// JSON Lines are cut at line feeds from a byte buffer: CRLF endings, blank lines, a NUL inside a text, bytes
    /// that are not UTF-8 and a last line without its line feed each get the right line number and outcome.
    @Test func jsonLinesAreCutIntoTheRightLines() throws {
        let ws = try Workspace()
        var file = Data()
        file.append(Data(#"{"id":"a","text":"Foreign Minister Mara Velk met Ivo Stann on Monday."}"#.utf8 + [0x0D, 0x0A]))
        file.append(Data("   \n".utf8))
        file.append(Data(#"{"id":"nul","text":"Velk\u0000 met Stann."}"#.utf8 + [0x0A]))
        file.append(Data(#"{"id":"latin","text":"Velk met Stann in Z"#.utf8 + [0xFC] + Data(#"rich."}"#.utf8) + [0x0A]))
        file.append(Data(#"{"id":"b","text":"Prime Minister Ola Brenn visited Ruvania on Tuesday."}"#.utf8))
        try ws.write("lines.jsonl", file)
        let run = try parley(["import", "--db", "p.sqlite", "lines.jsonl"], in: ws.url)
        #expect(run.status == 1, "two records fail")
        #expect(run.stderr.contains("lines.jsonl:3 (nul): the text holds a NUL character"), "\(run.stderr)")
        #expect(run.stderr.contains("lines.jsonl:4: not valid UTF-8 (bad byte at offset 41)"), "\(run.stderr)")
        let ids = try parley(["sql", "--db", "p.sqlite", "SELECT external_id FROM article ORDER BY external_id", "--format", "csv"],
                             in: ws.url)
        #expect(ids.stdout.split(whereSeparator: \.isNewline).dropFirst() == ["a", "b"], "\(ids.stdout)")
    }

    @Test func aHugeTextFileIsRefusedWithoutBeingRead() throws {
        let ws = try Workspace()
        let sentence = Data("Foreign Minister Mara Velk met Ivo Stann on Monday. ".utf8)
        var huge = Data()
        while huge.count <= 11 << 20 { huge.append(sentence) }
        try ws.write("articles/huge.txt", huge)
        let run = try parley(["import", "--db", "p.sqlite", "articles"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("huge.txt: 11.0 MB of text is not one article (the limit is 10 MB)"), "\(run.stderr)")
        #expect(run.stdout.contains("1 article imported"), "the example article still imports")
    }
}
