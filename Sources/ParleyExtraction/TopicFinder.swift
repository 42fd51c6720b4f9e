/// Finds what the officials discuss: taxonomy terms in agenda sentences (the headline,
/// sentences that report a meeting, talk of "the two sides" or name an agenda verb),
/// widened to the noun phrase the text gives ("defense cost-sharing", "dialogue with
/// North Korea"), one topic per concept. Reasons and background ("given that ...",
/// "amid ...") are not agenda.
struct TopicFinder {
    struct Found {
        var name: String
        var concept: Int
        var sentence: Int
        var start: Int   // token index
        var end: Int
    }

    let document: Document
    let masked: Set<Int>
    /// Sentences that report a meeting.
    let meetingSentences: Set<Int>
    private let lexicon = Lexicon.shared

    private(set) var topics: [Found] = []

    static let agendaVerbs: Set<String> = [
        "discuss", "discussed", "discusses", "discussing", "discussion", "discussions", "agenda", "include",
        "includes", "included", "address", "addressed", "touch", "focus", "focused", "focuses", "coordinate",
        "exchanged", "exchange", "review", "reviewed", "explore", "explored",
    ]

    /// Words that open background rather than agenda.
    static let backgroundOpeners: Set<String> = ["given", "amid", "because", "although", "though", "despite", "while", "since"]

    static let prepositions: Set<String> = [
        "for", "on", "of", "with", "in", "to", "and", "or", "at", "by", "from", "over", "about", "into", "as", "than",
        "including", "between", "among", "against", "under", "after", "before",
    ]

    init(document: Document, masked: Set<Int>, meetingSentences: Set<Int>) {
        self.document = document
        self.masked = masked
        self.meetingSentences = meetingSentences
    }

    mutating func run() {
        let tokens = document.tokens
        var byConcept: [Int: Int] = [:]
        for (s, sentence) in document.sentences.enumerated() where isAgenda(sentence, index: s) {
            let end = agendaEnd(sentence.range)
            var k = sentence.range.lowerBound
            while k < end {
                guard !masked.contains(k), let (length, concept) = lexicon.topicTerms.match(tokens, at: k, limit: end) else {
                    k += 1
                    continue
                }
                let (start, stop) = widen(k..<(k + length), limit: sentence.range.lowerBound..<end)
                let name = label(start..<stop)
                if let existing = byConcept[concept] {
                    // Keep the fullest wording that still says the concept's own label.
                    if score(name, concept) > score(topics[existing].name, concept) { topics[existing].name = name }
                } else {
                    byConcept[concept] = topics.count
                    topics.append(Found(name: name, concept: concept, sentence: s, start: start, end: stop))
                }
                k += length
            }
        }
    }

    private func isAgenda(_ sentence: Document.Sentence, index s: Int) -> Bool {
        if sentence.isHeadline || meetingSentences.contains(s) { return true }
        let tokens = document.tokens
        for k in sentence.range where !masked.contains(k) {
            let w = tokens[k].lower
            if Self.agendaVerbs.contains(w) { return true }
            if MeetingWords.triggers[w] != nil { return true }
            if (w == "sides" || w == "leaders" || w == "ministers"), k > sentence.range.lowerBound,
               ["two", "both"].contains(tokens[k - 1].lower) { return true }
        }
        return false
    }

    /// The agenda part of a sentence ends where background opens: ", given that", ", amid".
    private func agendaEnd(_ range: Range<Int>) -> Int {
        let tokens = document.tokens
        for k in range.dropFirst() where tokens[k - 1].text == "," && Self.backgroundOpeners.contains(tokens[k].lower) {
            return k
        }
        return range.upperBound
    }

    /// Widens a term to its noun phrase: modifiers before ("defense", "inter-Korean",
    /// "Korean Peninsula"), and "with <Name>" after ("dialogue with North Korea").
    private func widen(_ term: Range<Int>, limit: Range<Int>) -> (Int, Int) {
        let tokens = document.tokens
        var start = term.lowerBound
        var added = 0
        while start > limit.lowerBound, added < 2 {
            let t = tokens[start - 1]
            guard t.isWord, !masked.contains(start - 1) else { break }
            let w = t.lower
            if Vocabulary.determiners.contains(w) || TopicTaxonomy.leadingNoise.contains(w) || Self.prepositions.contains(w)
                || Vocabulary.clauseBoundaries.contains(w) || MeetingWords.triggers[w] != nil || w == "'s"
                || Self.agendaVerbs.contains(w) { break }
            if !t.isCapitalized && (w.hasSuffix("ing") || w.hasSuffix("ed") || w.hasSuffix("ly")) { break }
            if Vocabulary.reportingVerbs.contains(w) || Vocabulary.futureMarkers.contains(w) { break }
            // A capitalized word is a proper modifier only when it is not where the sentence starts.
            if t.isCapitalized && start - 1 == limit.lowerBound && !w.contains("-") { break }
            start -= 1
            added += 1
        }
        var end = term.upperBound
        if end + 1 < limit.upperBound, tokens[end].lower == "with", tokens[end + 1].isCapitalized {
            var k = end + 1
            while k < limit.upperBound, tokens[k].isCapitalized, k - end <= 3 { k += 1 }
            end = k
        }
        return (start, end)
    }

    private func score(_ name: String, _ concept: Int) -> Int {
        let label = TopicTaxonomy.concepts[concept].label
        return (name.lowercased().contains(label) ? 1000 : 0) + name.count
    }

    /// The phrase as a label: lower case except proper names, no articles.
    private func label(_ range: Range<Int>) -> String {
        let tokens = document.tokens
        var words: [String] = []
        for k in range {
            let t = tokens[k]
            if t.text == "-" { continue }
            let sentenceStart = k == document.sentences[t.sentence].range.lowerBound
            let keepCase = t.text != t.lower
                && (!sentenceStart || lexicon.placeWords.contains(t.lower) || t.text.contains("-"))
            words.append(keepCase ? t.text : t.lower)
        }
        return words.joined(separator: " ")
    }
}
