import Foundation

/// An article read for extraction: its bytes, header fields, paragraphs, tokens and sentences.
/// Every span is a byte offset into `bytes`; `characterOffset` converts at the boundary.
struct Document {
    struct Sentence {
        /// Token indexes.
        var range: Range<Int>
        var paragraph: Int
        var isHeadline: Bool
    }

    let text: String
    let bytes: [UInt8]
    var header = Header()
    /// All tokens: the headline's first (as its own paragraph), then the body's.
    var tokens: [Token] = []
    var paragraphs: [Range<Int>] = []
    var sentences: [Sentence] = []
    /// Byte range of the body (after the header).
    var bodyRange: Range<Int> = 0..<0
    /// Byte ranges of body paragraphs kept (page noise removed).
    var bodyParagraphRanges: [Range<Int>] = []
    private var scalarStarts: [Int32] = []
    /// For a text NFC changed: for each byte of `bytes` (and its end), the scalar offset in the text as read.
    private var originalScalarOffsets: [Int32]?
    /// The text is ASCII: every byte is a character, and offsets need no table.
    private var isASCII = false

    struct Header {
        var headline: String?
        var headlineRange: Range<Int>?
        var source: String?
        var byline: String?
        var publishedRaw: String?
        var dateline: String?
    }

    init(text: String) {
        // ASCII is already in NFC; only other text pays for normalization, and only text that NFC changes
        // (decomposed accents, composition exclusions) needs its offsets mapped back to the text as read.
        let utf8 = Array(text.utf8)
        var high: UInt8 = 0
        for b in utf8 { high |= b }
        if high < 0x80 {
            self.text = text
            self.bytes = utf8
            isASCII = true
        } else if Self.isQuickNFC(text) || text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8) {
            self.text = text
            self.bytes = utf8
        } else {
            (bytes, originalScalarOffsets) = Self.normalizedKeepingOffsets(text)
            self.text = String(decoding: bytes, as: UTF8.self)
        }
        parseHeader()
        buildParagraphs()
        splitSentences()
    }

    /// Whether `text` is in NFC by the Unicode quick check, the standard library's own. Nearly all text that is not
    /// ASCII only has typographic quotes and dashes, and passes; a "maybe" (a combining mark) goes on to the full
    /// normalization. Foundation's `precomposedStringWithCanonicalMapping` bridged every such article to an
    /// `NSString` and back: 1.2 million instructions an article, more than all of its extraction.
    static func isQuickNFC(_ text: String) -> Bool {
        var span = text.utf8Span
        return span.checkForNFC(quickCheck: true)
    }

    // MARK: - Offsets

    /// Unicode-scalar offset (as Python counts characters) of a byte offset.
    mutating func prepareCharacterOffsets() {
        guard scalarStarts.isEmpty, !isASCII else { return }
        if let originalScalarOffsets {
            scalarStarts = originalScalarOffsets
            return
        }
        scalarStarts = bytes.withUnsafeBufferPointer { bytes in
            [Int32](unsafeUninitializedCapacity: bytes.count + 1) { starts, initialized in
                var count: Int32 = 0
                for i in 0..<bytes.count {
                    starts[i] = count
                    if bytes[i] & 0xC0 != 0x80 { count += 1 }
                }
                starts[bytes.count] = count
                initialized = bytes.count + 1
            }
        }
    }

    /// NFC, one character (grapheme cluster) at a time, with every byte of the result mapped to the scalar offset
    /// of its character in `text`: spans found in the normalized bytes point into the text as read. (Found by
    /// fuzzing: NFC writes U+0A5A as two scalars, and every offset after it was one too far.)
    static func normalizedKeepingOffsets(_ text: String) -> (bytes: [UInt8], offsets: [Int32]) {
        var bytes: [UInt8] = [], offsets: [Int32] = []
        bytes.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var original: Int32 = 0
        for character in text {
            for byte in String(character).precomposedStringWithCanonicalMapping.utf8 {
                bytes.append(byte)
                offsets.append(original)
            }
            original += Int32(character.unicodeScalars.count)
        }
        offsets.append(original)
        return (bytes, offsets)
    }

    func characterOffset(_ byte: Int) -> Int {
        scalarStarts.isEmpty ? byte : Int(scalarStarts[min(byte, bytes.count)])
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text from the start of token `a` to the end of token `b`, with line breaks folded to spaces.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return folded(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// `bytes[range]` with runs of white space folded to one space (see `foldSpaces`).
    func folded(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { Self.foldSpaces(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Runs of white space (line breaks, tabs, no-break spaces) become one space; the ends are trimmed.
    static func foldSpaces(_ s: String) -> String {
        var s = s
        return s.withUTF8 { foldSpaces($0) }
    }

    /// `foldSpaces` of UTF-8 bytes, written straight into the string's storage.
    static func foldSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                var width = 1
                var isSpace = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0B || b == 0x0C
                // U+00A0 (C2 A0) is a space too.
                if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { isSpace = true; width = 2 }
                i += width
                if isSpace { pendingSpace = count > 0; continue }
                if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                out[count] = b
                count += 1
            }
            return count
        }
    }

    // MARK: - Lines and header

    /// Byte ranges of lines, without their line breaks; the first `limit` of them.
    /// Line breaks are found with `memchr`: every byte of the article passes here.
    private func lines(in range: Range<Int>, limit: Int = .max) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            while start < range.upperBound, result.count < limit,
                  let found = memchr(base + start, 0x0A, range.upperBound - start) {
                let i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                var e = i
                if e > start, all[e - 1] == 0x0D { e -= 1 }
                result.append(start..<e)
                start = i + 1
            }
        }
        if start < range.upperBound, result.count < limit { result.append(start..<range.upperBound) }
        return result
    }

    private func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
        return a..<b
    }

    private func startsWith(_ r: Range<Int>, _ prefix: String, caseInsensitive: Bool = true) -> Bool {
        let p = Array(prefix.utf8)
        guard r.count >= p.count else { return false }
        for (k, c) in p.enumerated() {
            var b = bytes[r.lowerBound + k]
            if caseInsensitive, b >= 0x41, b <= 0x5A { b += 32 }
            var c2 = c
            if caseInsensitive, c2 >= 0x41, c2 <= 0x5A { c2 += 32 }
            if b != c2 { return false }
        }
        return true
    }

    /// Reads the header in the seed's style: lines up to a `Published :` line.
    private mutating func parseHeader() {
        let all = lines(in: 0..<bytes.count, limit: 21)  // a header of up to 20 lines, and the body's first
        var publishedLine: Int?
        for (n, line) in all.prefix(20).enumerated() {
            let t = trimmed(line)
            if startsWith(t, "Published") {
                var k = t.lowerBound + 9
                while k < t.upperBound, bytes[k] == 0x20 { k += 1 }
                if k < t.upperBound, bytes[k] == UInt8(ascii: ":") {
                    publishedLine = n
                    header.publishedRaw = string(trimmed((k + 1)..<t.upperBound))
                    break
                }
            }
        }
        guard let p = publishedLine else {
            bodyRange = 0..<bytes.count
            return
        }
        for line in all[0..<p] {
            let t = trimmed(line)
            guard !t.isEmpty else { continue }
            let value = string(t)
            if startsWith(t, "By ") {
                header.byline = Self.foldSpaces(String(value.dropFirst(3)))
            } else if let source = Sources.entry(named: value) {
                header.source = source.name
            } else if isMostlyForeignScript(t) {
                continue
            } else if header.headline == nil {
                header.headline = Self.foldSpaces(value)
                header.headlineRange = t
            }
        }
        let bodyStart = p + 1 < all.count ? all[p + 1].lowerBound : bytes.count
        bodyRange = bodyStart..<bytes.count
    }

    /// A line written mostly in a non-Latin script (a stray Korean caption, say).
    private func isMostlyForeignScript(_ r: Range<Int>) -> Bool {
        var latin = 0, other = 0
        let tokenizer = Tokenizer(bytes: bytes, words: Lexicon.shared.words)
        var i = r.lowerBound
        while i < r.upperBound {
            let (s, n) = tokenizer.scalar(at: i)
            if Tokenizer.isLetter(s) {
                if s.value < 0x250 { latin += 1 } else { other += 1 }
            }
            i += n
        }
        return other > latin
    }

    private func endsSentence(_ r: Range<Int>) -> Bool {
        guard let last = bytes[r].last else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "\"") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }

    /// Page furniture that is not part of the story: share widgets, photo credits, stray scripts.
    private func isNoiseLine(_ t: Range<Int>) -> Bool {
        if t.isEmpty { return true }
        if contains(t, Self.linkCopied) || contains(t, Self.copyLink) { return true }
        if bytes[t].contains(where: { $0 >= 0x80 }), isMostlyForeignScript(t) { return true }
        // Only parenthesized credits: "(Yonhap) (Yonhap)".
        var inParen = false
        for b in bytes[t] {
            if b == UInt8(ascii: "(") { inParen = true } else if b == UInt8(ascii: ")") { inParen = false }
            else if !inParen && b != 0x20 && b != 0x09 { return false }
        }
        return true
    }

    private static let linkCopied = Array("Link copied".utf8)
    private static let copyLink = Array("Copy link".utf8)

    /// Whether `bytes[range]` contains `needle` (every line of the article is searched).
    private func contains(_ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { Self.contains(UnsafeBufferPointer(rebasing: all[range]), $0) }
        }
    }

    /// Whether `haystack` contains the bytes of `needle` (false for an empty needle, as Foundation's `contains`
    /// says): its first byte found by `memchr`, the rest compared by `memcmp`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count, let base = haystack.baseAddress,
              let n = needle.baseAddress else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last, let found = memchr(base + i, Int32(n[0]), last - i + 1) {
            i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + i, n, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }

    // MARK: - Paragraphs and tokens

    private mutating func buildParagraphs() {
        let tokenizer = Tokenizer(bytes: bytes, words: Lexicon.shared.words)
        if let h = header.headlineRange {
            let first = tokens.count
            tokenizer.append(to: &tokens, in: h)
            if tokens.count > first { paragraphs.append(first..<tokens.count) }
        }
        // Paragraph blocks: split on blank lines and on indented line starts.
        var blocks: [Range<Int>] = []
        var current: Range<Int>?
        var previousIndented = false
        for line in lines(in: bodyRange) {
            let t = trimmed(line)
            let indent = t.lowerBound - line.lowerBound
            let indented = indent >= 3 || (line.lowerBound < bytes.count && bytes[line.lowerBound] == 0x09)
            if t.isEmpty || isNoiseLine(t) {
                if let c = current { blocks.append(c) }
                current = nil
            } else if let c = current, !(indented && (!previousIndented || endsSentence(c))) {
                current = c.lowerBound..<t.upperBound
            } else {
                if let c = current { blocks.append(c) }
                current = t
            }
            previousIndented = indented
        }
        if let c = current { blocks.append(c) }
        bodyParagraphRanges = blocks
        tokens.reserveCapacity(tokens.count + (bodyRange.count / 5) + 4)
        for block in blocks {
            let first = tokens.count
            tokenizer.append(to: &tokens, in: block)
            if tokens.count > first { paragraphs.append(first..<tokens.count) }
        }
        joinBrokenParagraphs()
    }

    /// Rejoins a sentence broken across paragraphs after a country abbreviation:
    /// "is scheduled to meet US.\n\nDeputy Secretary of State ..." is one sentence.
    private mutating func joinBrokenParagraphs() {
        var p = 0
        while p + 1 < paragraphs.count {
            let a = paragraphs[p], b = paragraphs[p + 1]
            let headlineFirst = header.headlineRange != nil && p == 0
            if !headlineFirst, a.count >= 2, tokens[a.upperBound - 1].text == ".",
               Lexicon.shared.countryAbbreviation(tokens[a.upperBound - 2]) != nil,
               Lexicon.shared.titles.match(tokens, at: b.lowerBound) != nil {
                tokens[a.upperBound - 1].kind = .stray  // a stray period, not a full stop
                paragraphs[p] = a.lowerBound..<b.upperBound
                paragraphs.remove(at: p + 1)
                continue
            }
            p += 1
        }
    }

    // MARK: - Sentences

    /// No prose sentence is this long; text without full stops (a table, a list, a dump) is cut into pieces
    /// of at most this many tokens, at the last comma or semicolon when there is one, so that the work per
    /// sentence stays bounded and extraction stays linear in the length of the text.
    static let maximumSentenceTokens = 300

    private mutating func splitSentences() {
        for (pIndex, paragraph) in paragraphs.enumerated() {
            let isHeadline = header.headlineRange != nil && pIndex == 0
            var start = paragraph.lowerBound
            var i = paragraph.lowerBound
            while i < paragraph.upperBound {
                if i - start >= Self.maximumSentenceTokens {
                    var cut = i
                    for c in stride(from: i - 1, to: start + Self.maximumSentenceTokens / 2, by: -1)
                    where isPunct(c, ",") || isPunct(c, ";") {
                        cut = c + 1
                        break
                    }
                    sentences.append(Sentence(range: start..<cut, paragraph: pIndex, isHeadline: isHeadline))
                    start = cut
                    i = cut
                    continue
                }
                if tokens[i].kind == .punct, isPunct(i, ".") || isPunct(i, "?") || isPunct(i, "!") {
                    var j = i + 1
                    while j < paragraph.upperBound, tokens[j].kind == .closeQuote || isPunct(j, ")")
                        || (tokens[j].kind == .straightQuote && (j + 1 == paragraph.upperBound || tokens[j + 1].newlineBefore
                            || tokens[j].start == tokens[j - 1].end)) {
                        j += 1
                    }
                    if j >= paragraph.upperBound || startsSentence(tokens[j]) {
                        sentences.append(Sentence(range: start..<j, paragraph: pIndex, isHeadline: isHeadline))
                        start = j
                        i = j
                        continue
                    }
                }
                i += 1
            }
            if start < paragraph.upperBound {
                sentences.append(Sentence(range: start..<paragraph.upperBound, paragraph: pIndex, isHeadline: isHeadline))
            }
        }
        for (n, s) in sentences.enumerated() {
            for k in s.range { tokens[k].sentence = n }
        }
    }

    /// Token `i` is the one ASCII character `c` (no string built or compared).
    @inline(__always)
    func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        tokens[i].end - tokens[i].start == 1 && bytes[tokens[i].start] == UInt8(truncatingIfNeeded: c.value)
    }

    private func startsSentence(_ t: Token) -> Bool {
        if t.isQuote || t.kind == .number { return true }
        if t.text == "(" || t.text == "\u{2018}" || t.text == "'" { return true }
        return t.isCapitalized
    }

    /// Byte span of a sentence.
    func span(of sentence: Sentence) -> Range<Int> {
        tokens[sentence.range.lowerBound].start..<tokens[sentence.range.upperBound - 1].end
    }

    /// The index of the sentence that holds token `i`.
    func sentenceIndex(ofToken i: Int) -> Int { tokens[i].sentence }
}

extension String {
    /// Whether `other`'s bytes occur in this string's (a literal search; false for an empty `other`, as Foundation's
    /// `contains` says). Foundation's `contains` bridged both strings and cost 6,000 instructions a call, the standard
    /// library's generic `firstRange(of:)` more.
    func containsBytes(of other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { a in other.withUTF8 { Document.contains(a, $0) } }
    }
}
