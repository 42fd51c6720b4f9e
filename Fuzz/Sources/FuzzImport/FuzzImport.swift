import FuzzChecks
import Foundation
import ParleyExtraction
import ParleyInput
import ParleyStore

/// One database for the whole run, in memory: inputs accumulate as in a long import.
nonisolated(unsafe) let store = try! ParleyStore(path: ":memory:")
nonisolated(unsafe) var runs = 0
let file = FileManager.default.temporaryDirectory
    .appendingPathComponent("parley-fuzz-\(getpid()).jsonl").path

func count(_ table: String) -> Int64 {
    try! store.database.scalarInt("SELECT count(*) FROM \(table)") ?? -1
}

/// libFuzzer entry point: the input bytes as a JSON Lines file, read by the importer's reader, each record
/// extracted and stored in one batch (one savepoint each). A record that fails must leave no row behind;
/// one that imports must be stored with what its outcome counted; the database must stay consistent.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FileManager.default.createFile(atPath: file, contents: Data(bytes: data, count: size))
    var items: [(ArticleInput, ExtractionRecord)] = []
    ArticleFiles.forEachItem(in: file) { result in
        guard case .success(let item) = result else { return }
        precondition(!item.text.isEmpty, "\(item.label): a record accepted without text")
        let record = extractAndCheck(item.text)
        items.append((ArticleInput(text: item.text, filePath: file, url: item.url, externalID: item.externalID), record))
    }
    let articlesBefore = count("article")
    var imported: Int64 = 0
    try! store.importBatch(items) { _, result in
        switch result {
        case .success(let outcome) where outcome.status == .imported:
            imported += 1
            let quotes = try! store.database.scalarInt("SELECT count(*) FROM quote WHERE article_id = ?", [outcome.articleID])
            precondition(quotes == Int64(outcome.quotes), "article \(outcome.articleID): \(quotes ?? -1) quotes stored, \(outcome.quotes) counted")
        case .success:
            break
        case .failure(let error):
            preconditionFailure("a record that read and extracted failed to store: \(error)")
        }
    }
    precondition(count("article") == articlesBefore + imported, "articles stored do not add up")
    runs += 1
    if runs % 500 == 0 {
        try! store.finishBulkImport()
        let integrity = try! store.database.scalarString("PRAGMA integrity_check")
        precondition(integrity == "ok", "integrity_check: \(integrity ?? "nil")")
        let orphans = try! store.database.rows("PRAGMA foreign_key_check") { $0.string(0) }
        precondition(orphans.isEmpty, "foreign_key_check: \(orphans)")
    }
    return 0
}
