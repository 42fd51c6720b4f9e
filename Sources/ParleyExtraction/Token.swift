/// A word, number or punctuation mark of the article, as a span of UTF-8 bytes.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word, number, punct
        /// “ or `` : opens a quotation.
        case openQuote
        /// ” or '' : closes a quotation.
        case closeQuote
        /// " : opens or closes, by position.
        case straightQuote
        /// Punctuation to ignore: a period left by a broken line ("meet US.\n\nDeputy ...").
        case stray
    }

    var start: Int
    var end: Int
    var kind: Kind
    var text: String
    var lower: String
    /// `lower`'s number in the lexicons' `WordTable` (0: in no lexicon), and the number of `bareLower`.
    var word: Int32 = 0
    var bareWord: Int32 = 0
    /// The period at the end of `text` belongs to the word ("Mr.", "U.S.", "Sept.").
    var hasAbbreviationPeriod = false
    /// A line break or more comes between this token and the previous one.
    var newlineBefore = false
    /// Offset of the sentence the token belongs to (set by the document).
    var sentence = 0

    var isWord: Bool { kind == .word }
    var isQuote: Bool { kind == .openQuote || kind == .closeQuote || kind == .straightQuote }

    /// First letter upper case ("Choi", "US", "McCain"). Set by the tokenizer.
    var isCapitalized = false

    /// The token's bytes are ASCII, and whether they hold a lower-case letter (a-z). Set by the tokenizer.
    var isASCII = false
    var hasLowercaseASCII = false

    /// `text.count`, without grapheme breaking for ASCII text (nearly all): its bytes are its characters.
    @inline(__always)
    var characterCount: Int { isASCII ? end - start : text.count }

    /// `text == text.uppercased()`, without upper-casing ASCII text.
    @inline(__always)
    var isUpperCased: Bool { isASCII ? !hasLowercaseASCII : text == text.uppercased() }

    /// The word without an abbreviation period: "Sept." -> "sept".
    var bareLower: String {
        hasAbbreviationPeriod ? String(lower.dropLast()) : lower
    }
}
