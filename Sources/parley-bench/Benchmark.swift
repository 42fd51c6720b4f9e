import Foundation
import ParleyExtraction
import ParleyStore

/// Measures Parley on a JSON Lines corpus (default ../shared/corpus/bulk/articles.jsonl):
/// extraction alone, extraction + storage into a fresh database, peak memory, database size,
/// and the latency of `meetings --official` and `topics` for a month over the imported database.
///
///     swift run -c release parley-bench [CORPUS.jsonl] [--repeat N] [--queries N] [--db PATH] [--sql-profile]
///     (--sql-profile: the thirty statements of the import SQLite spent most time in, the most costly first)
///     swift run -c release parley-bench --hostile    (extraction time on texts shaped to hurt, at 1 MB and 4 MB)
@main
struct Benchmark {
    struct Article {
        var text: String
        var id: String
        var source: String?
    }

    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.contains("--help") || args.contains("-h") {
            print("""
                usage: parley-bench [CORPUS.jsonl] [--repeat N] [--queries N] [--db PATH] [--sql-profile]
                       parley-bench --hostile
                CORPUS.jsonl defaults to ../shared/corpus/bulk/articles.jsonl. --repeat imports N differing copies,
                --queries sets the runs of each query (1000), --db keeps the database at PATH, --sql-profile prints the
                thirty statements of the import SQLite spent most time in; --hostile times texts shaped to hurt at 1 and 4 MB.
                """)
            return
        }
        if args.contains("--hostile") {
            Hostile.run()
            return
        }
        func option(_ name: String) -> String? {
            guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
            defer { args.removeSubrange(i...(i + 1)) }
            return args[i + 1]
        }
        let repeatCount = Int(option("--repeat") ?? "1") ?? 1
        let queryCount = Int(option("--queries") ?? "1000") ?? 1000
        let profileSQL = args.contains("--sql-profile")
        args.removeAll { $0 == "--sql-profile" }
        let keep = args.contains("--db")
        let dbPath = option("--db") ?? NSTemporaryDirectory() + "parley-bench-\(getpid()).sqlite"
        if let unknown = args.first(where: { $0.hasPrefix("-") }) {
            FileHandle.standardError.write(Data("parley-bench: unknown option \(unknown) (--help lists them)\n".utf8))
            exit(64)
        }
        let corpusPath = args.first ?? "../shared/corpus/bulk/articles.jsonl"

        let base: [Article]
        do {
            base = try load(corpusPath)
        } catch {
            FileHandle.standardError.write(Data("parley-bench: cannot read \(corpusPath): \(error.localizedDescription)\n".utf8))
            exit(1)
        }
        // The corpus is held once (reading it is not timed); the copies of --repeat are made a batch at a time,
        // outside the timers, so that memory stays that of one corpus and one batch however many copies there are.
        // Copies differ by a line, so that each is a new article, not a duplicate.
        let count = base.count * repeatCount
        let batchSize = ParleyStore.defaultBatchSize
        let batches = stride(from: 0, to: count, by: batchSize).map { $0..<min($0 + batchSize, count) }
        func suffix(_ copy: Int) -> String { "\n\n(copy \(copy))" }
        func articles(_ range: Range<Int>) -> [Article] {
            range.map { i in
                let copy = i / base.count, a = base[i % base.count]
                return copy == 0 ? a : Article(text: a.text + suffix(copy), id: "\(a.id)#\(copy)", source: a.source)
            }
        }
        let baseBytes = base.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double((0..<repeatCount).reduce(0) { $0 + baseBytes + ($1 == 0 ? 0 : base.count * suffix($1).utf8.count) })
            / 1_000_000
        print("corpus: \(corpusPath) x\(repeatCount): \(count) articles, \(String(format: "%.1f", megabytes)) MB")

        // Extraction alone.
        let extractor = Extractor(includesBody: false, includesDates: false)  // the store keeps the text as read, and no date list
        var seconds: TimeInterval = 0
        var sink = 0
        for range in batches {
            let batch = articles(range)
            let start = Date()
            for a in batch { sink &+= extractor.extract(text: a.text, source: a.source).officials.count }
            seconds += Date().timeIntervalSince(start)
        }
        report("extraction", count: count, megabytes: megabytes, seconds: seconds)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if cores > 1 {
            // What `parley import` does by default: the batch's articles on one thread per core.
            seconds = 0
            for range in batches {
                let inputs = articles(range).map { Extractor.Input(text: $0.text, source: $0.source) }
                let start = Date()
                sink &+= extractor.extract(inputs, jobs: cores).count
                seconds += Date().timeIntervalSince(start)
            }
            report("extraction on \(cores) threads", count: count, megabytes: megabytes, seconds: seconds)
        }

        // Extraction and storage, in batches as `parley import` makes them.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        let store = try ParleyStore(path: dbPath)
        if profileSQL { store.database.startProfiling() }
        try store.beginBulkImport()
        var failures = 0
        var storing: TimeInterval = 0
        seconds = 0
        for range in batches {
            let batch = articles(range)
            let start = Date()
            let items = batch.map { a in
                (ArticleInput(text: a.text, externalID: a.id), extractor.extract(text: a.text, source: a.source))
            }
            let t = Date()
            try store.importBatch(items) { _, r in if case .failure = r { failures += 1 } }
            storing += Date().timeIntervalSince(t)
            seconds += Date().timeIntervalSince(start)
        }
        let finishing = Date()
        try store.finishBulkImport()
        storing += Date().timeIntervalSince(finishing)
        seconds += Date().timeIntervalSince(finishing)
        report("extraction+storage", count: count, megabytes: megabytes, seconds: seconds)
        report("  of which storage", count: count, megabytes: megabytes, seconds: storing)
        if profileSQL {
            for entry in store.database.statementProfile().prefix(30) {
                let sql = entry.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                print(String(format: "  %7.0f ms %7d runs  ", Double(entry.nanoseconds) / 1e6, entry.runs) + sql.prefix(90))
            }
        }
        if failures > 0 { print("  \(failures) articles failed to store") }
        try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let size = (try? FileManager.default.attributesOfItem(atPath: dbPath)[.size] as? Int) ?? 0
        print("database: \(String(format: "%.1f", Double(size) / 1_000_000)) MB" + (keep ? " at \(dbPath)" : ""))

        // Query latency: varied names and months.
        let names = try store.database.rows("""
            SELECT o.name FROM official o JOIN meeting_participant mp ON mp.official_id = o.id
             GROUP BY o.id ORDER BY count(*) DESC LIMIT 200
            """) { $0.string(0) }
        let months = try store.database.rows("""
            SELECT DISTINCT substr(published_day, 1, 7) FROM article WHERE published_day IS NOT NULL ORDER BY 1
            """) { $0.string(0) }
        if !names.isEmpty {
            let times = try (0..<queryCount).map { i -> Double in
                let t = Date()
                _ = try store.meetings(official: names[i % names.count])
                return Date().timeIntervalSince(t)
            }
            latency("meetings --official (\(names.count) names)", times)
        }
        if !months.isEmpty {
            let times = try (0..<queryCount).map { i -> Double in
                let month = months[i % months.count]
                let t = Date()
                _ = try store.topicTrends(by: .day, from: CivilDate(periodStart: month)!.description,
                                          to: CivilDate(periodEnd: month)!.description)
                return Date().timeIntervalSince(t)
            }
            latency("topics for a month (\(months.count) months)", times)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak resident memory: \(usage.ru_maxrss / 1024) MB")
        if !keep {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        }
        if sink == -1 { print(sink) }
    }

    static func load(_ path: String) throws -> [Article] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        struct Line: Decodable { var id: String?; var headline: String?; var published: String?; var text: String?; var source: String? }
        let decoder = JSONDecoder()
        var articles: [Article] = []
        for (n, line) in data.split(separator: 0x0A).enumerated() {
            guard let r = try? decoder.decode(Line.self, from: Data(line)), let body = r.text else { continue }
            var header = ""
            if let h = r.headline, !h.contains("\n") { header += h + "\n" }
            if let p = r.published { header += "Published : \(p)\n" }
            articles.append(Article(text: header.isEmpty ? body : header + "\n" + body, id: r.id ?? "line\(n)", source: r.source))
        }
        return articles
    }

    static func report(_ what: String, count: Int, megabytes: Double, seconds: Double) {
        print(String(format: "%@: %.2f s, %.0f articles/s, %.2f MB/s", what, seconds, Double(count) / seconds, megabytes / seconds))
    }

    static func latency(_ what: String, _ times: [Double]) {
        let sorted = times.sorted()
        let p50 = sorted[sorted.count / 2] * 1000, p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)] * 1000
        print(String(format: "%@: p50 %.3f ms, p99 %.3f ms over %d runs", what, p50, p99, times.count))
    }
}
