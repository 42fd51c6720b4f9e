/// How names are compared: case, spaces, hyphens, dots and apostrophes do not count,
/// so "Choi Jong-kun", "Choi Jong Kun" and "CHOI Jong-kun" are one key.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        var ascii = true
        for b in name.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            // The same answer as below, byte by byte: ASCII lower-cases A-Z alone.
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            for b in name.utf8 {
                switch b {
                case 0x20, 0x2D, 0x2E, 0x27, 0x09, 0x0A: continue  // space - . ' tab newline
                case 0x41...0x5A: out.append(b + 0x20)
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
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
