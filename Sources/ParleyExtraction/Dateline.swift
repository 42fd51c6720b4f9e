/// The place that opens a wire story: "SEOUL, April 16 (Yonhap) --", "WASHINGTON, March 11 -",
/// "MOSCOW (AP) _", "NARITA, Japan, Dec 16", "BEIJING —".
enum Dateline {
    struct Found {
        var place: String
        var country: String?
        /// Tokens of the dateline, its date and agency included ("SEOUL, Jan. 4 (Yonhap) --").
        var tokens: Range<Int> = 0..<0
        /// The agency the dateline names: "(Yonhap)", "(AP)".
        var agency: String?
    }

    static func find(in document: Document) -> Found? {
        let tokens = document.tokens
        let firstBody = document.header.headlineRange == nil ? 0 : 1
        guard firstBody < document.paragraphs.count else { return nil }
        let paragraph = document.paragraphs[firstBody]
        // Scan the opening of the first paragraph for CAPS words followed by a dateline mark.
        var k = paragraph.lowerBound
        let limit = min(paragraph.upperBound, paragraph.lowerBound + 60)
        while k < limit {
            var end = k
            while end < limit, tokens[end].isWord, tokens[end].characterCount > 1 || tokens[end].hasAbbreviationPeriod,
                  tokens[end].isUpperCased, tokens[end].text.contains(where: { $0.isLetter }) {
                end += 1
            }
            if end > k, let found = check(document, capsStart: k, capsEnd: end, limit: limit) { return found }
            k = max(end, k + 1)
        }
        return nil
    }

    private static func check(_ document: Document, capsStart: Int, capsEnd: Int, limit: Int) -> Found? {
        let tokens = document.tokens
        var place = document.text(tokens: capsStart..<capsEnd)
        var k = capsEnd
        // ", Japan" / ", Northern Ireland" / ", Mo."
        if k + 1 < limit, tokens[k].text == ",", tokens[k + 1].isCapitalized, Vocabulary.months[tokens[k + 1].bareLower] == nil {
            var e = k + 1
            while e < limit, tokens[e].isCapitalized, !tokens[e].isUpperCased || tokens[e].characterCount <= 3,
                  Vocabulary.months[tokens[e].bareLower] == nil, e - k <= 3 { e += 1 }
            if e < limit, tokens[e].text == "," || tokens[e].text == "(" || tokens[e].text.hasPrefix("_") || tokens[e].text.hasPrefix("-") {
                place += ", " + document.text(tokens: (k + 1)..<e)
                k = e
            }
        }
        guard k < limit else { return nil }
        let next = tokens[k].text
        let marked: Bool
        if next == "," && k + 1 < limit, Vocabulary.months[tokens[k + 1].bareLower] != nil {
            marked = true
        } else if next == "(" || next == "\u{2014}" || next == "\u{2013}" || next == "_" || next.hasPrefix("-") {
            marked = true
        } else {
            marked = false
        }
        guard marked else { return nil }
        let country = Lexicon.shared.capitals.match(tokens, at: capsStart)?.value
            ?? Lexicon.shared.countryNames.match(tokens, at: capsStart)?.value
        // The dateline runs to its dash or closing parenthesis.
        var end = k
        var agency: String?
        while end < min(limit, k + 12) {
            let t = tokens[end].text
            if t == "(", end + 2 < tokens.count, tokens[end + 2].text == ")",
               let source = Sources.entry(named: tokens[end + 1].text) {
                agency = source.name
            }
            end += 1
            if t == ")" || t == "\u{2014}" || t == "_" || t.hasPrefix("-") { break }
        }
        return Found(place: place, country: country, tokens: capsStart..<end, agency: agency)
    }
}
