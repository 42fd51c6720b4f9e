/// Splits UTF-8 text into tokens by scanning bytes once. Spans are byte offsets.
struct Tokenizer {
    let bytes: [UInt8]
    /// Gives each token its word's number (`Token.word`); empty while the lexicons themselves are being built.
    /// (Not an optional: unwrapping one copied the table, four arrays retained and released per token.)
    var words: WordTable = .empty

    // MARK: - Character classes

    /// Decodes the scalar at `i`: (scalar, byte length).
    @inline(__always)
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 1
        var value: UInt32
        if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = (value << 6) | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2009, 0x200A, 0x202F, 0x3000, 0x200B, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    // MARK: - Scanning

    /// Tokens of `bytes[range]`.
    func tokens(in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((range.count / 5) + 4)
        append(to: &tokens, in: range)
        return tokens
    }

    /// Appends the tokens of `bytes[range]` to `tokens` (no intermediate array to copy).
    func append(to tokens: inout [Token], in range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        var sawNewline = false
        while i < end {
            let (s, n) = scalar(at: i)
            if Self.isSpace(s) {
                if s == "\n" { sawNewline = true }
                i += n
                continue
            }
            let start = i
            var kind: Token.Kind = .punct
            var abbreviation = false
            if Self.isLetter(s) || Self.isDigit(s) {
                (i, kind, abbreviation) = scanWord(from: i, end: end)
            } else {
                i += n
                switch s {
                case "\u{201C}", "\u{201E}": kind = .openQuote
                case "\u{201D}": kind = .closeQuote
                case "\"": kind = .straightQuote
                case "`":
                    if i < end, bytes[i] == UInt8(ascii: "`") { i += 1; kind = .openQuote }
                case "'":
                    if i < end, bytes[i] == UInt8(ascii: "'") { i += 1; kind = .closeQuote }
                    else if i < end, bytes[i] == UInt8(ascii: "s") || bytes[i] == UInt8(ascii: "S"),
                            i + 1 >= end || !Self.isLetter(scalar(at: i + 1).0) {
                        i += 1; kind = .word  // a detached possessive: "the US 's"
                    }
                case "-":
                    while i < end, bytes[i] == UInt8(ascii: "-") { i += 1 }
                default: break
                }
            }
            // Split a possessive 's / ’s off its word: "Korea's" -> "Korea" "'s".
            if kind == .word, let cut = possessiveCut(start: start, end: i) {
                tokens.append(token(start, cut, kind: kind, abbreviation: abbreviation, newlineBefore: sawNewline))
                let number = words.id("'s")
                var possessive = Token(start: cut, end: i, kind: .word, text: String(decoding: bytes[cut..<i], as: UTF8.self),
                                       lower: "'s", word: number, bareWord: number)
                possessive.isASCII = bytes[cut] < 0x80
                possessive.hasLowercaseASCII = bytes[i - 1] == UInt8(ascii: "s")
                tokens.append(possessive)
            } else {
                tokens.append(token(start, i, kind: kind, abbreviation: abbreviation, newlineBefore: sawNewline))
            }
            sawNewline = false
        }
    }

    /// The token spelt by `bytes[start..<end]`: its text, lower-cased text and word numbers, made from the bytes
    /// in one pass (ASCII words, nearly all of them, are looked up without building their lower-cased string twice).
    /// The token is built once from locals: filling in a `var` from inside the buffer closure copied it (two
    /// strings retained and released per token).
    @inline(__always)
    private func token(_ start: Int, _ end: Int, kind: Token.Kind, abbreviation: Bool, newlineBefore: Bool) -> Token {
        bytes.withUnsafeBufferPointer { all in
            let spelling = UnsafeBufferPointer(rebasing: all[start..<end])
            var upper = false, lowercase = false, ascii = true
            for b in spelling {
                if b >= 0x80 { ascii = false; break }
                if b &- 0x41 < 26 { upper = true } else if b &- 0x61 < 26 { lowercase = true }
            }
            let text: String, lower: String
            var word: Int32 = 0, bareWord: Int32 = 0
            if ascii {
                word = words.id(asciiLowercasing: spelling)
                bareWord = abbreviation ? words.id(asciiLowercasing: UnsafeBufferPointer(rebasing: spelling.dropLast())) : word
                // A lexicon word's lower-cased string is made once, in the table ("the", "said", "minister").
                lower = word != 0 ? words.string(word) : upper ? Self.asciiLowercased(spelling) : String(decoding: spelling, as: UTF8.self)
                text = upper ? String(decoding: spelling, as: UTF8.self) : lower
            } else {
                text = String(decoding: spelling, as: UTF8.self)
                lower = text.lowercased()
                word = words.id(lower)
                bareWord = abbreviation ? words.id(String(lower.dropLast())) : word
            }
            var capitalized = false
            if kind == .word {
                let b = all[start]
                capitalized = b < 0x80 ? (b >= 0x41 && b <= 0x5A) : scalar(at: start).0.properties.isUppercase
            }
            return Token(start: start, end: end, kind: kind, text: text, lower: lower, word: word, bareWord: bareWord,
                         hasAbbreviationPeriod: abbreviation, newlineBefore: newlineBefore, isCapitalized: capitalized,
                         isASCII: ascii, hasLowercaseASCII: ascii && lowercase)
        }
    }

    /// Where a possessive 's or ’s starts at the end of the word `bytes[start..<end]`, if it ends in one.
    @inline(__always)
    private func possessiveCut(start: Int, end: Int) -> Int? {
        let count = end - start, last = bytes[end - 1]
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return nil }
        if count > 2, bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
        if count > 4, last == UInt8(ascii: "s"), bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 {
            return end - 4
        }
        return nil
    }

    /// Lower-cases ASCII quickly (in place of the string's bytes), falling back to Unicode rules for other text.
    static func lowercase(_ text: String) -> String {
        var text = text
        enum Case { case lower, upperASCII, other }
        let kind: Case = text.withUTF8 { bytes in
            var upper = false
            for b in bytes {
                if b >= 0x80 { return .other }
                if b &- 0x41 < 26 { upper = true }
            }
            return upper ? .upperASCII : .lower
        }
        switch kind {
        case .lower: return text
        case .other: return text.lowercased()
        case .upperASCII: return text.withUTF8 { asciiLowercased($0) }
        }
    }

    /// A byte with A-Z lower-cased; every other byte as it is.
    @inline(__always)
    static func lowerASCII(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// A byte with a-z upper-cased; every other byte as it is.
    @inline(__always)
    static func upperASCII(_ b: UInt8) -> UInt8 { b &- 0x61 < 26 ? b & ~0x20 : b }

    /// ASCII `bytes` lower-cased, written straight into the string's storage.
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for k in 0..<bytes.count { out[k] = lowerASCII(bytes[k]) }
            return bytes.count
        }
    }

    /// The bytes of the longest word in `Vocabulary.abbreviations`.
    static let longestAbbreviation = Vocabulary.abbreviations.map(\.utf8.count).max() ?? 0

    /// A word: letters and digits, with inner hyphens, apostrophes and abbreviation periods.
    private func scanWord(from start: Int, end: Int) -> (Int, Token.Kind, Bool) {
        var i = start
        var allDigits = true
        var segmentLength = 0      // letters since the last inner period
        var innerPeriod = false
        while i < end {
            // ASCII letters and digits, nearly every byte of a word, without decoding a scalar.
            bytes.withUnsafeBufferPointer { p in
                while i < end {
                    let b = p[i]
                    if b &- 0x30 < 10 {
                    } else if (b | 0x20) &- 0x61 < 26 {
                        allDigits = false
                    } else {
                        break
                    }
                    segmentLength += 1
                    i += 1
                }
            }
            guard i < end else { break }
            // A space or other ASCII mark that cannot continue a word ends it: nearly every word ends so.
            let b = bytes[i]
            if b < 0x80 && b != UInt8(ascii: "-") && b != UInt8(ascii: "'") && b != UInt8(ascii: ",")
                && b != UInt8(ascii: ".") { break }
            let (s, n) = scalar(at: i)
            if Self.isLetter(s) || Self.isDigit(s) || (s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark) {
                if !Self.isDigit(s) { allDigits = false }
                segmentLength += 1
                i += n
                continue
            }
            guard i + n < end else { break }
            let (next, _) = scalar(at: i + n)
            let nextIsAlnum = Self.isLetter(next) || Self.isDigit(next)
            if (s == "-" || s == "\u{2010}" || s == "\u{2011}") && nextIsAlnum {
                allDigits = false; segmentLength = 0; i += n; continue
            }
            if Self.isApostrophe(s) && Self.isLetter(next) {
                // Keep "don't", "O'Brien"; a trailing 's is split off later.
                allDigits = false; i += n; continue
            }
            if (s == "," || s == ".") && allDigits && Self.isDigit(next) {
                i += n; continue  // 28,500 and 3.5
            }
            if s == "." && segmentLength == 1 && Self.isLetter(next) && !allDigits {
                innerPeriod = true; segmentLength = 0; i += n; continue  // U.S
            }
            break
        }
        // A final period that belongs to the word.
        var abbreviation = false
        if i < end, bytes[i] == UInt8(ascii: "."), !allDigits {
            let singleCapital = i - start == 1 && bytes[start] >= 0x41 && bytes[start] <= 0x5A
            // (Most words before a full stop end a sentence and are longer than any abbreviation: no string for them.)
            if innerPeriod || singleCapital || (i - start <= Self.longestAbbreviation
                && Vocabulary.abbreviations.contains(Self.lowercase(String(decoding: bytes[start..<i], as: UTF8.self)))) {
                i += 1
                abbreviation = true
            }
        }
        return (i, allDigits ? .number : .word, abbreviation)
    }
}

