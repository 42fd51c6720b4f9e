import Foundation
import ParleyInput
import Testing

/// The article count the import's progress bar expects before it starts.
@Suite("Expected article count")
struct ArticleCountTests {
    @Test func jsonLinesAreCountedByLinesAndOtherFilesAsOne() throws {
        let ws = try Workspace()
        try ws.write("three.jsonl", Data("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}".utf8))  // no final newline
        try ws.write("two.jsonl", Data("{\"text\":\"a\"}\n{\"text\":\"b\"}\n".utf8))
        try ws.write("one.txt", Data("An article.\nTwo lines.\n".utf8))
        try ws.write("empty.jsonl", Data())
        let path = { (name: String) in ws.url.appendingPathComponent(name).path }
        #expect(ArticleFiles.estimatedCount([path("three.jsonl")]) == 3)
        #expect(ArticleFiles.estimatedCount([path("two.jsonl")]) == 2)
        #expect(ArticleFiles.estimatedCount([path("empty.jsonl")]) == 0)
        #expect(ArticleFiles.estimatedCount([path("three.jsonl"), path("two.jsonl"), path("one.txt")]) == 6)
        #expect(ArticleFiles.estimatedCount([path("two.jsonl"), "-"]) == nil)  // standard input: unknown
    }

    @Test func linesAcrossReadChunksAreCountedOnce() throws {
        // Files are read a megabyte at a time: lines that straddle a chunk's end count once.
        let ws = try Workspace()
        let line = "{\"text\":\"" + String(repeating: "x", count: 997) + "\"}\n"  // 1,008 bytes
        try ws.write("big.jsonl", Data(String(repeating: line, count: 3_000).utf8))
        #expect(ArticleFiles.estimatedCount([ws.url.appendingPathComponent("big.jsonl").path]) == 3_000)
    }
}
