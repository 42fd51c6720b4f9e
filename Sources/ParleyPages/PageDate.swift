import Foundation

/// Publication dates as pages write them, to ISO 8601.
///
///     2019-11-20T11:06:01+05:30         -> 2019-11-20T11:06:01+05:30
///     2019-11-20T05:36:01.000Z          -> 2019-11-20T05:36:01Z
///     2019-11-20                        -> 2019-11-20
///     Wed, 20 Nov 2019 11:06:01 GMT     -> 2019-11-20T11:06:01Z
///     November 20, 2019 11:06 AM EST    -> 2019-11-20T11:06:00-05:00
///     20191120T110601                   -> 2019-11-20T11:06:01
enum PageDate {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let zones: [String: String] = [
        "gmt": "Z", "utc": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
        "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00",
        "cest": "+02:00", "ist": "+05:30", "kst": "+09:00", "jst": "+09:00",
    ]

    static func iso(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty, s.count < 80 else { return nil }
        let bytes = Array(s.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var v = 0
            for b in bytes[from..<from + count] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { y >= 1800 && y <= 2200 && (1...12).contains(m) && (1...31).contains(d) }

        // ISO forms: YYYY-MM-DD[Thh:mm[:ss][.fff][Z|±hh:mm]], or the compact YYYYMMDD[Thhmmss].
        if let y = digits(0, 4) {
            var m: Int?, d: Int?, i = 0
            if bytes.count >= 10, bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"), let mm = digits(5, 2),
               bytes[7] == bytes[4], let dd = digits(8, 2) {
                (m, d, i) = (mm, dd, 10)
            } else if let mm = digits(4, 2), let dd = digits(6, 2), bytes.count == 8 || bytes.count > 8 && bytes[8] == UInt8(ascii: "T") {
                (m, d, i) = (mm, dd, 8)
            }
            if let m, let d, valid(y, m, d) {
                var result = "\(y)-\(two(m))-\(two(d))"
                guard i < bytes.count, bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: " ") else { return result }
                i += 1
                guard let h = digits(i, 2) else { return result }
                i += 2
                if i < bytes.count, bytes[i] == UInt8(ascii: ":") { i += 1 }
                guard let mi = digits(i, 2), h < 24, mi < 60 else { return result }
                i += 2
                var sec = 0
                if i < bytes.count, bytes[i] == UInt8(ascii: ":") { i += 1 }
                if let ss = digits(i, 2), ss < 61 { sec = ss; i += 2 }
                if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                }
                result += "T\(two(h)):\(two(mi)):\(two(sec))"
                while i < bytes.count, bytes[i] == 0x20 { i += 1 }
                if i < bytes.count {
                    if bytes[i] == UInt8(ascii: "Z") || bytes[i] == UInt8(ascii: "z") { return result + "Z" }
                    if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-"), let oh = digits(i + 1, 2) {
                        var j = i + 3
                        if j < bytes.count, bytes[j] == UInt8(ascii: ":") { j += 1 }
                        let om = digits(j, 2) ?? 0
                        if oh <= 14 && om < 60 { return result + "\(Character(Unicode.Scalar(bytes[i])))\(two(oh)):\(two(om))" }
                    }
                }
                return result
            }
        }

        // Written forms: "Wed, 20 Nov 2019 11:06:01 GMT", "November 20, 2019 11:06 AM EST", "20 November 2019".
        var words: [Substring] = []
        var numbers: [(value: Int, width: Int, position: Int)] = []
        var month: Int?, monthPosition = -1
        var afterNoon: Bool?
        var zone: String?
        for (position, part) in s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ":" || $0 == "/" || $0 == "-" }).enumerated() {
            let lower = part.lowercased()
            if let v = Int(part), part.allSatisfy(\.isNumber) {
                numbers.append((v, part.count, position))
            } else if month == nil, let m = months[lower] {
                month = m
                monthPosition = position
            } else if lower == "am" || lower == "a" {
                afterNoon = false
            } else if lower == "pm" || lower == "p" {
                afterNoon = true
            } else if let z = zones[lower] {
                zone = z
            }
            words.append(part)
        }
        guard let month, let yearEntry = numbers.first(where: { $0.width == 4 }) else { return nil }
        // The day: the one- or two-digit number next to the month name.
        guard let dayEntry = numbers.first(where: { $0.width <= 2 && abs($0.position - monthPosition) == 1 && (1...31).contains($0.value) })
        else { return nil }
        guard valid(yearEntry.value, month, dayEntry.value) else { return nil }
        var result = "\(yearEntry.value)-\(two(month))-\(two(dayEntry.value))"
        let time = numbers.filter { $0.position > max(yearEntry.position, dayEntry.position) && $0.width <= 2 }
        if time.count >= 2, time[1].position == time[0].position + 1, var h = Optional(time[0].value), h < 24, time[1].value < 60 {
            if afterNoon == true, h < 12 { h += 12 }
            if afterNoon == false, h == 12 { h = 0 }
            let sec = time.count >= 3 && time[2].position == time[1].position + 1 && time[2].value < 61 ? time[2].value : 0
            result += "T\(two(h)):\(two(time[1].value)):\(two(sec))" + (zone ?? "")
        }
        return result
    }
}
