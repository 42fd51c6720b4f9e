import Foundation
import ParleyPages

/// Finds article files among the paths given and reads them, refusing what is not article text.
public enum ArticleFiles {
    public struct Problem: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        public var description: String { "\(path): \(reason)" }
    }

    public static let textExtensions: Set<String> = ["txt", "jsonl"]
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]
    public static let extensions = textExtensions.union(pageExtensions)

    public static func isPage(_ path: String) -> Bool {
        pageExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// One article to extract: a text file, or a line of a JSON Lines file.
    public struct Item: Sendable {
        /// `path` for a text file, `path:line` for a JSON Lines record.
        public var label: String
        public var text: String
        public var url: String?
        public var externalID: String?
        public var source: String?
    }

    /// The articles in one input (a `.txt` file, a `.jsonl` file, or `-` for standard input),
    /// each handed to `body` as it is read; a bad file or line is handed over as a `Problem`.
    public static func forEachItem(in path: String, _ body: (Result<Item, Problem>) -> Void) {
        if isPage(path) {
            do {
                body(.success(item(for: try readPage(path), label: path)))
            } catch let problem as Problem {
                body(.failure(problem))
            } catch {
                body(.failure(Problem(path: path, reason: "\(error)")))
            }
            return
        }
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                body(.failure(Problem(path: path, reason: "cannot read this file")))
                return
            }
            handle = h
        }
        defer { if path != "-" { try? handle.close() } }
        // JSON Lines are read a block at a time, so memory stays flat however long the file is.
        var buffer = Data()
        var first: Data
        repeat {
            first = handle.readData(ofLength: 1 << 20)
            buffer.append(first)
        } while !first.isEmpty && buffer.count < 64 && path == "-"
        let isJSONLines = path.lowercased().hasSuffix(".jsonl")
            || (path == "-" && buffer.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{"))
        guard isJSONLines else {
            // One article: read no more than the limit allows (a 10 GB file is refused, not loaded).
            while buffer.count <= maximumArticleBytes, case let more = handle.readData(ofLength: 1 << 20), !more.isEmpty {
                buffer.append(more)
            }
            if buffer.count > maximumArticleBytes {
                let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
                body(.failure(Problem(path: path, reason: tooLong(size ?? buffer.count))))
                return
            }
            do {
                // A saved web page given as text (or on standard input) is read as a page.
                if WebPage.looksLikeHTML([UInt8](buffer.prefix(65_536))) {
                    body(.success(item(for: try page([UInt8](buffer), path: path), label: path)))
                    return
                }
                body(.success(Item(label: path, text: try decode(buffer, path: path))))
            } catch let problem as Problem {
                body(.failure(problem))
            } catch {
                body(.failure(Problem(path: path, reason: "\(error)")))
            }
            return
        }
        var lineNumber = 0
        var sawRecord = false
        func handleLine(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
            sawRecord = true
            let label = "\(path):\(lineNumber)"
            switch record(Data(line), label: label) {
            case .success(let item): body(.success(item))
            case .failure(let problem): body(.failure(problem))
            }
        }
        // Lines are cut from a byte array: `Data`'s per-byte indexing costs an exclusivity check per byte.
        var bytes = [UInt8](buffer)
        buffer = Data()
        while true {
            var start = 0
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                handleLine(bytes[start..<newline])
                start = newline + 1
            }
            bytes.removeSubrange(0..<start)
            let more = handle.readData(ofLength: 1 << 20)
            if more.isEmpty { break }
            bytes.append(contentsOf: more)
        }
        if !bytes.isEmpty { handleLine(bytes[...]) }
        if !sawRecord { body(.failure(Problem(path: path, reason: "empty file, no JSON Lines records"))) }
    }

    struct Record: Decodable {
        var id: String?
        var headline: String?
        var published: String?
        var text: String?
        var url: String?
        var source: String?
        var html: String?
    }

    /// One JSON Lines record: `text` or `html` is required; `headline` and `published` become the article's header.
    public static func record(_ line: Data, label: String) -> Result<Item, Problem> {
        if let bad = firstInvalidUTF8([UInt8](line)) {
            return .failure(Problem(path: label, reason: "not valid UTF-8 (bad byte at offset \(bad))"))
        }
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: line)
        } catch {
            return .failure(Problem(path: label, reason: "not a JSON object with string fields (\(shortReason(error)))"))
        }
        let labelled = record.id.map { "\(label) (\($0))" } ?? label
        if record.text == nil, let html = record.html {
            do {
                var item = item(for: try WebPage(html: html), label: labelled)
                item.url = record.url ?? item.url
                item.externalID = record.id
                item.source = record.source ?? item.source
                return .success(item)
            } catch {
                return .failure(Problem(path: labelled, reason: "the \"html\" field: \(error.description)"))
            }
        }
        guard let body = record.text, body.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            return .failure(Problem(path: labelled, reason: "no \"text\" (or \"html\") field, or it is empty"))
        }
        if containsNUL(body) { return .failure(Problem(path: labelled, reason: "the text holds a NUL character")) }
        if body.utf8.count > maximumArticleBytes { return .failure(Problem(path: labelled, reason: tooLong(body.utf8.count))) }
        var header = ""
        if let headline = record.headline, headline.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }),
           !headline.utf8.contains(0x0A) {
            header += headline + "\n"
        }
        if let published = record.published, !published.isEmpty { header += "Published : \(published)\n" }
        let text = header.isEmpty ? body : header + "\n" + body
        return .success(Item(label: labelled, text: text, url: record.url,
                             externalID: record.id, source: record.source))
    }

    /// A page as an article: its headline and date become the header, its canonical url the article's url.
    public static func item(for page: WebPage, label: String) -> Item {
        var header = ""
        if let headline = page.headline, !headline.isEmpty { header += headline + "\n" }
        if let published = page.published { header += "Published : \(published)\n" }
        return Item(label: label, text: header.isEmpty ? page.body : header + "\n" + page.body, url: page.url,
                    source: page.publisher)
    }

    /// Reads and parses a saved web page; throws `Problem` naming the file and what is wrong with it.
    public static func readPage(_ path: String) throws -> WebPage {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > WebPage.maximumSize {
            throw Problem(path: path, reason: WebPage.Problem.tooLarge(bytes: size).description)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Problem(path: path, reason: "cannot read: \((error as NSError).localizedDescription)")
        }
        return try page([UInt8](data), path: path)
    }

    /// A page read from `bytes`; its problem is reported with `path`.
    private static func page(_ bytes: [UInt8], path: String) throws(Problem) -> WebPage {
        do {
            return try WebPage(bytes: bytes)
        } catch {
            throw Problem(path: path, reason: error.description)
        }
    }

    private static func shortReason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: return "not JSON"
        case DecodingError.typeMismatch(_, let context): return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "not JSON"
        }
    }

    /// The article files named by `paths`: files as given, folders searched recursively for `.txt` and `.jsonl`,
    /// `-` for standard input.
    public static func collect(_ paths: [String], extensions: Set<String> = extensions) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(path: path, reason: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let enumerator = fm.enumerator(atPath: path) else {
                problems.append(Problem(path: path, reason: "cannot list this directory"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue,
                   extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(full)
                }
            }
            if found.isEmpty { problems.append(Problem(path: path, reason: "no \(extensions.sorted().map { "." + $0 }.joined(separator: ", ")) files in this directory")) }
            files.append(contentsOf: found.sorted())
        }
        return (files, problems)
    }

    /// How many articles `files` hold, counting JSON Lines records by their lines (for the progress ETA).
    public static func estimatedCount(_ files: [String]) -> Int? {
        var total = 0
        for file in files {
            if file == "-" { return nil }
            guard file.lowercased().hasSuffix(".jsonl") else { total += 1; continue }
            guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
            defer { try? handle.close() }
            var last: UInt8 = 0x0A
            while case let chunk = handle.readData(ofLength: 1 << 20), !chunk.isEmpty {
                total += chunk.withUnsafeBytes { bytes in  // memchr: Data's iterator costs a call per byte
                    guard let base = bytes.baseAddress else { return 0 }
                    var count = 0, offset = 0
                    while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                        count += 1
                        offset = UnsafeRawPointer(found) - base + 1
                    }
                    return count
                }
                last = chunk.last ?? last
            }
            if last != 0x0A { total += 1 }
        }
        return total
    }

    /// The most text one article may hold (the limit of a web page): longer text is a collection or a dump,
    /// and its extraction would only take time and memory.
    public static let maximumArticleBytes = WebPage.maximumSize

    static func tooLong(_ count: Int) -> String {
        String(format: "%.1f", Double(count) / 1_048_576) + " MB of text is not one article (the limit is \(maximumArticleBytes >> 20) MB): "
            + "split it into articles, one file each or one JSON Lines record each"
    }

    public static func decode(_ data: Data, path: String) throws -> String {
        if data.count > maximumArticleBytes { throw Problem(path: path, reason: tooLong(data.count)) }
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Problem(path: path, reason: "empty file, no article text")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw Problem(path: path, reason: "binary file (NUL byte at offset \(nul)), not article text")
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw Problem(path: path, reason: "not valid UTF-8 (bad byte 0x\(String(bytes[bad], radix: 16)) at offset \(bad)); convert it to UTF-8 first")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // HTML pages never reach here (they are read as pages); other markup is not article text.
        if text.drop(while: { $0.isWhitespace }).hasPrefix("<?xml") {
            throw Problem(path: path, reason: "an XML document, not article text or a web page")
        }
        return text
    }

    /// Whether `text` holds a NUL character (one `memchr` over its bytes).
    static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        // ASCII, nearly every JSON Lines record (JSON escapes the rest), is checked eight bytes at a time.
        let ascii = bytes.withUnsafeBytes { raw -> Bool in
            var i = 0
            while i + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < raw.count { if raw[i] >= 0x80 { return false }; i += 1 }
            return true
        }
        if ascii { return nil }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            // Overlong and surrogate forms.
            if b == 0xE0 && bytes[i + 1] < 0xA0 { return i }
            if b == 0xED && bytes[i + 1] > 0x9F { return i }
            if b == 0xF0 && bytes[i + 1] < 0x90 { return i }
            if b == 0xF4 && bytes[i + 1] > 0x8F { return i }
            i += length
        }
        return nil
    }
}
