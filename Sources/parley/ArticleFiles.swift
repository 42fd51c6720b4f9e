import Foundation

/// Finds article files among the paths given and reads them, refusing what is not article text.
enum ArticleFiles {
    struct Problem: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static let extensions: Set<String> = ["txt"]

    /// The article files named by `paths`: files as given, folders searched recursively for `.txt`.
    static func collect(_ paths: [String]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        let fm = FileManager.default
        for path in paths {
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
            if found.isEmpty { problems.append(Problem(path: path, reason: "no .txt articles in this directory")) }
            files.append(contentsOf: found.sorted())
        }
        return (files, problems)
    }

    /// The text of an article file; throws `Problem` for an empty, binary or non-UTF-8 file.
    static func read(_ path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Problem(path: path, reason: "cannot read: \((error as NSError).localizedDescription)")
        }
        return try decode(data, path: path)
    }

    static func decode(_ data: Data, path: String) throws -> String {
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
        return text
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
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
