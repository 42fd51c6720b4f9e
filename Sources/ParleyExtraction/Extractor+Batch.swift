import Foundation

extension Extractor {
    /// One article to extract: its text, the file name the record carries, the publication if known.
    public struct Input: Sendable {
        public var text: String
        public var file: String?
        public var source: String?

        public init(text: String, file: String? = nil, source: String? = nil) {
            self.text = text
            self.file = file
            self.source = source
        }
    }

    /// Extracts `inputs` on up to `jobs` threads; the records come back in the order of `inputs`, each the
    /// same as `extract(text:file:source:)` gives (extraction is pure, and its answer does not depend on the thread).
    public func extract(_ inputs: [Input], jobs: Int) -> [ExtractionRecord] {
        let chunks = max(1, min(jobs, inputs.count / 8))  // a chunk of fewer than 8 articles is not worth a thread
        if chunks == 1 { return inputs.map { extract(text: $0.text, file: $0.file, source: $0.source) } }
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = inputs.count * chunk / chunks, upper = inputs.count * (chunk + 1) / chunks
            results.set(chunk, inputs[lower..<upper].map { extract(text: $0.text, file: $0.file, source: $0.source) })
        }
        return results.joined()
    }

    /// The records of each chunk, written by the chunk's thread, read when all are done.
    private final class ChunkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var chunks: [[ExtractionRecord]]

        init(count: Int) { chunks = Array(repeating: [], count: count) }

        func set(_ chunk: Int, _ records: [ExtractionRecord]) {
            lock.lock()
            defer { lock.unlock() }
            chunks[chunk] = records
        }

        func joined() -> [ExtractionRecord] {
            lock.lock()
            defer { lock.unlock() }
            return chunks.flatMap { $0 }
        }
    }
}
