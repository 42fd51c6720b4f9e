/// How names are compared: case, spaces, hyphens, dots and apostrophes do not count,
/// so "Choi Jong-kun", "Choi Jong Kun" and "CHOI Jong-kun" are one key.
public enum NameKey {
    public static func fold(_ name: String) -> String {
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
