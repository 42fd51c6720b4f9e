/// Finds direct quotes (“ ”, " ", `` '') and who said them: "…," Choi told reporters;
/// "…," he added; "…," the vice minister said. "…" (same speaker); Hill said: "…";
/// a paragraph that continues the previous speaker's quote.
struct QuoteFinder {
    struct Found {
        /// Token index of the opening and closing marks (`close` may be the paragraph end).
        var open: Int
        var close: Int
        var paragraph: Int
        var text: String
        var textRange: Range<Int>      // bytes
        var speakerPerson: Int?
        var speakerDescription: String?
        var attributed = false
    }

    let document: Document
    let officials: OfficialFinder

    /// Every pair of quotation marks, including scare quotes, as token ranges (for masking).
    private(set) var pairs: [(open: Int, close: Int, paragraph: Int)] = []
    private(set) var quotes: [Found] = []

    init(document: Document, officials: OfficialFinder) {
        self.document = document
        self.officials = officials
    }

    mutating func run() {
        let tokens = document.tokens
        for (pIndex, paragraph) in document.paragraphs.enumerated() {
            var open: Int?
            for k in paragraph {
                switch tokens[k].kind {
                case .openQuote:
                    if open == nil { open = k }
                case .closeQuote:
                    if let o = open { pairs.append((o, k, pIndex)); open = nil }
                case .straightQuote:
                    if let o = open { pairs.append((o, k, pIndex)); open = nil } else { open = k }
                default: break
                }
            }
            if let o = open, o + 1 < paragraph.upperBound {
                pairs.append((o, paragraph.upperBound, pIndex))  // runs on into the next paragraph
            }
        }
        for pair in pairs {
            let inner = (pair.open + 1)..<pair.close
            let words = inner.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }.count
            guard words >= 4 else { continue }
            let textStart = tokens[pair.open].end
            let textEnd = pair.close < tokens.count && pair.close < document.paragraphs[pair.paragraph].upperBound
                ? tokens[pair.close].start : tokens[pair.close - 1].end
            let raw = document.string(textStart..<textEnd)
            let text = Document.foldSpaces(raw)
            guard !text.isEmpty else { continue }
            quotes.append(Found(open: pair.open, close: pair.close, paragraph: pair.paragraph, text: text,
                                textRange: textStart..<textEnd))
        }
        attribute()
    }

    /// Token indexes inside any pair of quotation marks (marks included).
    func maskedTokens() -> Set<Int> {
        var masked = Set<Int>()
        for pair in pairs { for k in pair.open...min(pair.close, document.tokens.count - 1) { masked.insert(k) } }
        return masked
    }

    // MARK: - Attribution

    private mutating func attribute() {
        let tokens = document.tokens
        var lastSpeaker: (person: Int?, description: String?)?
        for q in quotes.indices {
            let paragraph = document.paragraphs[quotes[q].paragraph]
            let nextOpen = quotes.indices.contains(q + 1) && quotes[q + 1].paragraph == quotes[q].paragraph
                ? quotes[q + 1].open : paragraph.upperBound
            let previousClose = q > 0 && quotes[q - 1].paragraph == quotes[q].paragraph ? quotes[q - 1].close + 1 : paragraph.lowerBound
            var found: (Int?, String?)?
            // After the quote: "…," Choi told reporters / "…," said Choi.
            if quotes[q].close < paragraph.upperBound {
                let sentenceEnd = document.sentences[tokens[quotes[q].close].sentence].range.upperBound
                let after = (quotes[q].close + 1)..<min(nextOpen, max(sentenceEnd, quotes[q].close + 1), quotes[q].close + 14)
                found = speaker(in: after, lastSpeaker: lastSpeaker)
            }
            // Before the quote: Hill said: "…" / Choi said that "…".
            if found == nil {
                let start = max(previousClose, quotes[q].open - 14, document.sentences[tokens[quotes[q].open].sentence].range.lowerBound)
                found = speaker(in: start..<quotes[q].open, lastSpeaker: lastSpeaker)
            }
            if let (person, description) = found {
                quotes[q].speakerPerson = person
                quotes[q].speakerDescription = description
                quotes[q].attributed = true
                lastSpeaker = (person, description)
            }
        }
        // Quotes with no attribution of their own: the same paragraph's speaker, else a
        // paragraph that opens with a quote continues the previous speaker.
        for q in quotes.indices where !quotes[q].attributed {
            let sameParagraph = quotes.indices.filter { quotes[$0].paragraph == quotes[q].paragraph && quotes[$0].attributed }
            if let s = sameParagraph.last(where: { $0 < q }) ?? sameParagraph.first {
                quotes[q].speakerPerson = quotes[s].speakerPerson
                quotes[q].speakerDescription = quotes[s].speakerDescription
            } else if quotes[q].open == document.paragraphs[quotes[q].paragraph].lowerBound,
                      let previous = quotes[..<q].last(where: { $0.speakerPerson != nil || $0.speakerDescription != nil }) {
                quotes[q].speakerPerson = previous.speakerPerson
                quotes[q].speakerDescription = previous.speakerDescription
            }
        }
    }

    /// A speaker and a reporting verb inside `range`: "Choi told", "he added", "said the vice minister".
    private func speaker(in range: Range<Int>, lastSpeaker: (person: Int?, description: String?)?) -> (Int?, String?)? {
        let tokens = document.tokens
        guard !range.isEmpty else { return nil }
        guard let verb = range.first(where: { tokens[$0].isWord && Vocabulary.reportingVerbs.contains(tokens[$0].lower) })
        else {
            // "according to X"
            if let a = range.first(where: { tokens[$0].lower == "according" }), a + 2 < range.upperBound, tokens[a + 1].lower == "to" {
                return resolve((a + 2)..<phraseEnd(from: a + 2, limit: range.upperBound), lastSpeaker: lastSpeaker)
            }
            return nil
        }
        // Subject before the verb, back to the last punctuation.
        var start = verb
        while start > range.lowerBound, tokens[start - 1].isWord || tokens[start - 1].kind == .number || tokens[start - 1].kind == .stray {
            start -= 1
        }
        if start < verb, let r = resolve(start..<verb, lastSpeaker: lastSpeaker) { return r }
        // Subject after the verb: "said Choi", "said the minister".
        let after = verb + 1
        if after < range.upperBound {
            return resolve(after..<phraseEnd(from: after, limit: range.upperBound), lastSpeaker: lastSpeaker)
        }
        return nil
    }

    private func phraseEnd(from start: Int, limit: Int) -> Int {
        let tokens = document.tokens
        var k = start
        while k < limit, tokens[k].isWord || tokens[k].kind == .stray, k - start < 8 { k += 1 }
        return k
    }

    /// Who a phrase names: an official, a pronoun's antecedent, or a description.
    private func resolve(_ phrase: Range<Int>, lastSpeaker: (person: Int?, description: String?)?) -> (Int?, String?)? {
        let tokens = document.tokens
        guard !phrase.isEmpty else { return nil }
        // The official nearest the verb.
        if let k = phrase.reversed().first(where: { officials.person(at: $0) != nil }), let p = officials.person(at: k) {
            return (p, nil)
        }
        let words = phrase.map { tokens[$0].lower }
        if words.count <= 2, let pronoun = words.last, Vocabulary.pronouns[pronoun] != nil {
            if let lastSpeaker, lastSpeaker.person != nil || lastSpeaker.description != nil { return lastSpeaker }
            if let p = lastPersonMentioned(before: phrase.lowerBound) { return (p, nil) }
            return nil
        }
        // A description: "a ministry official", "the statement". Keep from its article on.
        guard let first = words.firstIndex(where: { ["a", "an", "the", "one"].contains($0) }) else {
            // A capitalized name we do not know as an official: keep it as written.
            let names = phrase.filter { tokens[$0].isCapitalized }
            if !names.isEmpty, names.count == phrase.count { return (nil, document.text(tokens: phrase)) }
            return nil
        }
        let described = (phrase.lowerBound + first)..<phrase.upperBound
        let text = document.text(tokens: described)
        return (nil, text.prefix(1).lowercased() + text.dropFirst())
    }

    private func lastPersonMentioned(before token: Int) -> Int? {
        officials.references.last(where: { $0.range.upperBound <= token })?.person
    }
}
