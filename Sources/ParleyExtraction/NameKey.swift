/// How names are compared: case, spaces, hyphens, dots and apostrophes do not count,
/// so "Choi Jong-kun", "Choi Jong Kun" and "CHOI Jong-kun" are one key.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        var name = name
        // The same answer as below, byte by byte, written straight into the key: ASCII lower-cases A-Z alone.
        let ascii: String? = name.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes {
                    switch b {
                    case 0x20, 0x2D, 0x2E, 0x27, 0x09, 0x0A: continue  // space - . ' tab newline
                    case 0x41...0x5A: out[n] = b + 0x20
                    default: out[n] = b
                    }
                    n += 1
                }
                return n
            }
        }
        if let ascii { return ascii }
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for ch in name.lowercased().unicodeScalars {
            switch ch {
            case " ", "-", ".", "'", "\u{2019}", "\u{2010}", "\u{2011}", "\u{2013}", "\t", "\n", "\u{00A0}": continue
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
