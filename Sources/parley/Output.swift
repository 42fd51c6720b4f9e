import Foundation

/// Rows for table and CSV output.
struct Table {
    var columns: [String]
    var rows: [[String]]
}

/// Writes query results the way the sqlite3 shell and sqlite-utils do: an aligned table,
/// a JSON array (one object per line) or CSV with a header. stdout is data only.
enum Output {
    static func write<T: Encodable>(_ items: [T], table: Table, format: OutputFormat) throws {
        switch format {
        case .json: print(try json(items))
        case .jsonl: print(try jsonLines(items), terminator: "")
        case .csv: print(csv(table), terminator: "")
        case .table: print(text(table), terminator: "")
        }
    }

    static func jsonLines<T: Encodable>(_ items: [T]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try items.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    /// A bar of `value` against `maximum`, at most `width` cells: the terminal's chart.
    static func bar(_ value: Int, of maximum: Int, width: Int = 24) -> String {
        guard maximum > 0, value > 0 else { return "" }
        return String(repeating: "\u{2588}", count: max(1, value * width / maximum))
    }

    static func json<T: Encodable>(_ items: [T]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try items.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return lines.isEmpty ? "[]" : "[" + lines.joined(separator: ",\n ") + "]"
    }

    static func csv(_ table: Table) -> String {
        var out = csvLine(table.columns)
        for row in table.rows { out += csvLine(row) }
        return out
    }

    /// One CSV record (RFC 4180): fields with commas, quotes or line breaks are quoted.
    static func csvLine(_ fields: [String]) -> String {
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// An aligned table; on a terminal, wide columns are cut to fit its width.
    static func text(_ table: Table, width: Int? = terminalWidth()) -> String {
        let cleaned = table.rows.map { $0.map(printable) }
        var widths = table.columns.map { $0.count }
        for row in cleaned { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        if let width {
            let separators = 2 * (widths.count - 1)
            while widths.reduce(0, +) + separators > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > 12 {
                widths[widest] -= 1
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let c = cell.count > widths[i] ? String(cell.prefix(widths[i] - 1)) + "…" : cell
                return i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var out = line(table.columns) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cleaned { out += line(row) + "\n" }
        return out
    }

    /// Control characters, escape sequences and bidirectional overrides are shown, not obeyed: a name from the
    /// web cannot clear the screen, retitle the terminal or print its letters in another order.
    static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value)
            || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: out.unicodeScalars.append(" ")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(columns), n > 20 { return n }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }
}
