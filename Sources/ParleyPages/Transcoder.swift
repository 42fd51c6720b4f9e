#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts a page's bytes from its declared encoding to UTF-8 with iconv, before libxml2 sees them: a byte the
/// encoding does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D in windows-1252; a broken double-byte pair in EUC-KR)
/// becomes U+FFFD and the conversion goes on, where libxml2's own conversion stops the page at the first one.
enum Transcoder {
    /// The bytes as UTF-8, or nil when iconv does not know `encoding`.
    static func utf8(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var written = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            guard var inPointer = source.baseAddress.map({ UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) })
            else { return }
            var inLeft = source.count
            while inLeft > 0 {
                let (status, produced) = output.withUnsafeMutableBufferPointer { target -> (Int, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count - written
                    var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                    let status = iconv(converter, &inOptional, &inLeft, &outPointer, &outLeft)
                    inPointer = inOptional!
                    return (status, target.count - written - outLeft)
                }
                written += produced
                if status != -1 { break }
                switch errno {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: max(output.count, 64)))
                case EILSEQ, EINVAL:
                    // An undefined or cut-off sequence: one replacement character, then on from the next byte.
                    if written + 3 > output.count { output.append(contentsOf: repeatElement(0, count: 64)) }
                    output.replaceSubrange(written..<written + 3, with: replacement)
                    written += 3
                    inPointer += 1
                    inLeft -= 1
                default:
                    inLeft = 0
                }
            }
        }
        output.removeSubrange(written...)
        // A byte-order mark converted from UTF-16 is not text.
        if output.starts(with: [0xEF, 0xBB, 0xBF]) { output.removeFirst(3) }
        return output
    }
}
