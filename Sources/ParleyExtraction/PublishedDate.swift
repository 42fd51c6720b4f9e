/// Reads the `Published :` value in the forms wire copy uses and writes ISO 8601.
///
///     Sept. 9, 2020 - 10:50        -> 2020-09-09T10:50:00 (+ the source's offset when known)
///     1998-02-27T08:17:00          -> 1998-02-27T08:17:00
///     11-MAR-1987 08:43:20.63      -> 1987-03-11T08:43:20
///     2025-12-30 00:00             -> 2025-12-30  (a midnight stamp carries no time)
enum PublishedDate {
    struct Parsed: Equatable {
        var date: CivilDate
        var hour: Int?
        var minute: Int?
        var second: Int?
        /// The UTC offset the stamp itself gives ("Z", "+05:30"), if any.
        var offset: String?

        func iso(utcOffset: String?) -> String {
            guard let hour, let minute else { return date.description }
            let s = second ?? 0
            let time = [hour, minute, s].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
            return "\(date)T\(time)\(offset ?? utcOffset ?? "")"
        }
    }

    /// Splits into runs of letters and runs of digits.
    static func parts(_ s: String) -> [Substring] {
        // An ASCII stamp, nearly every one, is read byte by byte: cutting it into Characters cost some 16,000
        // instructions an article. (Every ASCII character is one byte but CR LF, a separator either way.)
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return cut(s, at: s.utf8.indices) { i in
                let b = s.utf8[i]
                return (b &- 0x30 < 10, (b | 0x20) &- 0x61 < 26)
            }
        }
        return cut(s, at: s.indices) { i in
            let c = s[i]
            return (c.isASCII && c.isNumber, c.isLetter)
        }
    }

    /// Runs of digits and runs of letters of `s`, read at `indices`, each classed by `kind`.
    private static func cut<Indices: Sequence>(_ s: String, at indices: Indices,
                                               kind: (String.Index) -> (digit: Bool, letter: Bool)) -> [Substring]
    where Indices.Element == String.Index {
        var result: [Substring] = []
        var start: String.Index?
        var lastWasDigit = false
        for i in indices {
            let (isDigit, isLetter) = kind(i)
            if isDigit || isLetter {
                if let st = start, isDigit != lastWasDigit {
                    result.append(s[st..<i])
                    start = i
                } else if start == nil {
                    start = i
                }
                lastWasDigit = isDigit
            } else if let st = start {
                result.append(s[st..<i])
                start = nil
            }
        }
        if let st = start { result.append(s[st...]) }
        return result
    }

    /// "2019-11-20T11:06:01+05:30" -> "+05:30", "...T05:36:01Z" -> "Z": an ISO 8601 stamp's own offset.
    static func explicitOffset(_ raw: String) -> String? {
        let bytes = Array(raw.utf8.reversed().drop(while: { $0 == 0x20 }).reversed())
        guard bytes.contains(UInt8(ascii: "T")), let last = bytes.last else { return nil }
        if last == UInt8(ascii: "Z") { return "Z" }
        guard bytes.count >= 6 else { return nil }
        let tail = Array(bytes.suffix(6))
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        guard tail[0] == UInt8(ascii: "+") || tail[0] == UInt8(ascii: "-"), isDigit(tail[1]), isDigit(tail[2]),
              tail[3] == UInt8(ascii: ":"), isDigit(tail[4]), isDigit(tail[5]) else { return nil }
        return String(decoding: tail, as: UTF8.self)
    }

    static func parse(_ raw: String) -> Parsed? {
        let p = parts(raw)
        var year: Int?, month: Int?, day: Int?
        var numbers: [(value: Int, width: Int, index: Int)] = []
        numbers.reserveCapacity(p.count)
        var monthIndex: Int?
        for (i, part) in p.enumerated() {
            if let n = Int(part) {
                numbers.append((n, part.utf8.count, i))  // digits only: bytes are characters
            } else if monthIndex == nil, let m = Vocabulary.months[part.lowercased()] {
                month = m
                monthIndex = i
            }
        }
        var used: [Int] = []  // the parts taken by the date (a few: an array, not a hashed set)
        if let y = numbers.first(where: { $0.width == 4 }) {
            year = y.value
            used.append(y.index)
            if month == nil, y.index == numbers.first?.index {
                // 1998-02-27 ...
                let rest = numbers.filter { $0.index > y.index }
                guard rest.count >= 2 else { return nil }
                month = rest[0].value
                day = rest[1].value
                used.append(rest[0].index)
                used.append(rest[1].index)
            }
        }
        if day == nil, month != nil {
            // "Sept. 9, 2020" or "11-MAR-1987": the first unused number of at most two digits.
            if let d = numbers.first(where: { !used.contains($0.index) && $0.width <= 2 && $0.value >= 1 && $0.value <= 31 }) {
                day = d.value
                used.append(d.index)
            }
        }
        guard let y = year, let m = month, let d = day, let date = CivilDate(year: y, month: m, day: d) else { return nil }
        var result = Parsed(date: date)
        let lastDateIndex = used.max() ?? 0
        let time = numbers.filter { $0.index > lastDateIndex && !used.contains($0.index) }
        if time.count >= 2, time[0].value < 24, time[1].value < 60 {
            result.hour = time[0].value
            result.minute = time[1].value
            if time.count >= 3, time[2].value < 60, time[2].width == 2 { result.second = time[2].value }
            result.offset = explicitOffset(raw)
            // A stamp of exactly midnight with no seconds is a date, not a time.
            if result.hour == 0 && result.minute == 0 && result.second == nil {
                result.hour = nil
                result.minute = nil
            }
        }
        return result
    }
}
