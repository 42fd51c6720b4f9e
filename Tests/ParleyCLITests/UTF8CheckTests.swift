import ParleyInput
import Testing

/// The UTF-8 check of a JSON Lines record: ASCII is read eight bytes at a time, the rest byte by byte; either way
/// the offset of the first bad byte is reported.
@Suite("UTF-8 check of records")
struct UTF8CheckTests {
    @Test func asciiOfEveryLengthIsValid() {
        for length in 0...24 {
            #expect(ArticleFiles.firstInvalidUTF8(Array(repeating: UInt8(ascii: "a"), count: length)) == nil, "\(length)")
        }
        #expect(ArticleFiles.firstInvalidUTF8(Array("{\"text\":\"Kim met Sato.\\nThey talked.\"}".utf8)) == nil)
    }

    @Test func aBadByteIsFoundWhereverItIs() {
        // Positions on both sides of the eight-byte steps and in the tail.
        for length in [1, 7, 8, 9, 16, 17, 23] {
            for position in 0..<length {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: length)
                bytes[position] = 0xFF
                #expect(ArticleFiles.firstInvalidUTF8(bytes) == position, "\(length) \(position)")
            }
        }
    }

    @Test func otherScriptsAreValidAndBrokenSequencesAreNot() {
        #expect(ArticleFiles.firstInvalidUTF8(Array("Choi Jong-kun (최종건) met Biegun — “talks”".utf8)) == nil)
        #expect(ArticleFiles.firstInvalidUTF8(Array("abcdefgh".utf8) + [0xC3]) == 8)           // cut short at the end
        #expect(ArticleFiles.firstInvalidUTF8(Array("abcdefgh".utf8) + [0xC0, 0x80]) == 8)     // overlong
        #expect(ArticleFiles.firstInvalidUTF8(Array("abc".utf8) + [0xED, 0xA0, 0x80]) == 3)    // a surrogate
        #expect(ArticleFiles.firstInvalidUTF8(Array("é".utf8) + [0x80]) == 2)                  // a stray continuation
    }
}
