/// A list of short byte patterns searched for inside short texts (class names, page lines) without Foundation
/// string searches: the patterns are filed by their first byte, so each position is tried against few of them.
struct Fragments {
    private let byFirstByte: [[[UInt8]]]

    init(_ strings: [String]) {
        var table = Array(repeating: [[UInt8]](), count: 256)
        for s in strings where !s.isEmpty { table[Int(s.utf8.first!)].append(Array(s.utf8)) }
        byFirstByte = table
    }

    /// Whether any pattern occurs in `haystack`.
    func matches(_ haystack: [UInt8]) -> Bool {
        let n = haystack.count
        for i in 0..<n {
            for p in byFirstByte[Int(haystack[i])] where p.count <= n - i {
                var k = 1
                while k < p.count && haystack[i + k] == p[k] { k += 1 }
                if k == p.count { return true }
            }
        }
        return false
    }

    /// ASCII letters of `s` lower-cased, as bytes to match against.
    static func lowercasedBytes(_ s: String) -> [UInt8] {
        s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }
}
