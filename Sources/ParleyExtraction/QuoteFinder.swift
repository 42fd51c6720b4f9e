/// Finds direct quotes (“ ”, " ", `` '') and who said them: "…," Choi told reporters;
/// "…," he added; "…," the vice minister said. "…" (same speaker); Hill said: "…";
/// a paragraph that continues the previous speaker's quote.
final class QuoteFinder {
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
    /// Tokens strictly inside a pair of marks, set once the pairs are known (a scan of every pair for every
    /// token asked about was quadratic in a text of many quotations).
    private var inside = TokenSet(count: 0)
    private(set) var quotes: [Found] = []
    /// Paragraph of the last attributed quote, while attributing.
    private var lastQuoteParagraph: Int?
    private var lastQuoteClose: Int?

    init(document: Document, officials: OfficialFinder) {
        self.document = document
        self.officials = officials
    }

    func run() {
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
                    if let o = open {
                        pairs.append((o, k, pIndex))
                        // `"… in Zaire. "There are no pre-conditions."`: a mark after a full stop and a space, right
                        // before a word, opens the next quotation as it ends the one left open.
                        let opensNext = k > o + 1 && k + 1 < paragraph.upperBound && tokens[k + 1].start == tokens[k].end
                            && tokens[k].start > tokens[k - 1].end && [".", "?", "!"].contains(tokens[k - 1].text)
                            && tokens[k + 1].isWord
                        open = opensNext ? k : nil
                    } else {
                        open = k
                    }
                default: break
                }
            }
            if let o = open, o + 1 < paragraph.upperBound {
                pairs.append((o, paragraph.upperBound, pIndex))  // runs on into the next paragraph
            }
        }
        inside = TokenSet(count: tokens.count)
        for pair in pairs where pair.open + 1 < pair.close {
            for k in (pair.open + 1)..<min(pair.close, tokens.count) { inside.insert(k) }
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
    func maskedTokens() -> TokenSet {
        var masked = TokenSet(count: document.tokens.count)
        for pair in pairs { for k in pair.open...min(pair.close, document.tokens.count - 1) { masked.insert(k) } }
        return masked
    }

    // MARK: - Attribution

    private func attribute() {
        let tokens = document.tokens
        var lastSpeaker: (person: Int?, description: String?)?
        for q in quotes.indices {
            let paragraph = document.paragraphs[quotes[q].paragraph]
            // (One mark may close a quotation and open the next: `Zaire. "There are ...`; the ranges stay ordered.)
            let nextOpen = max(quotes[q].close + 1, quotes.indices.contains(q + 1) && quotes[q + 1].paragraph == quotes[q].paragraph
                ? quotes[q + 1].open : paragraph.upperBound)
            let previousClose = min(quotes[q].open,
                                    q > 0 && quotes[q - 1].paragraph == quotes[q].paragraph ? quotes[q - 1].close + 1 : paragraph.lowerBound)
            var found: (Int?, String?)?
            // After the quote: "…," Choi told reporters / "…," said Choi.
            if quotes[q].close < paragraph.upperBound {
                let sentenceEnd = document.sentences[tokens[quotes[q].close].sentence].range.upperBound
                let after = (quotes[q].close + 1)..<min(nextOpen, max(sentenceEnd, quotes[q].close + 1), quotes[q].close + 14)
                found = speaker(in: after, lastSpeaker: lastSpeaker)
            }
            // "…," Ali al-Jarbawi, a political science professor at Birzeit University in Ramallah, told AFP: a name,
            // an appositive too long for the window above, then the verb.
            if found == nil, quotes[q].close + 2 < paragraph.upperBound {
                let sentenceEnd = document.sentences[tokens[quotes[q].close].sentence].range.upperBound
                let first = quotes[q].close + 1
                var e = first
                while e < sentenceEnd, isNameWord(e) || officials.person(at: e) != nil { e += 1 }
                if e > first, e < sentenceEnd, tokens[e].text == ",",
                   (e..<min(sentenceEnd, nextOpen, e + 30)).contains(where: { tokens[$0].isWord && Vocabulary.reportingVerbs.contains(tokens[$0].lower) }) {
                    found = resolve(first..<e, verb: e, lastSpeaker: lastSpeaker, preferFirst: true)
                }
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
                lastQuoteParagraph = quotes[q].paragraph
                lastQuoteClose = quotes[q].close
            }
        }
        // Quotes with no attribution of their own: the same paragraph's speaker, else a
        // paragraph that opens with a quote continues the previous speaker.
        for q in quotes.indices where !quotes[q].attributed {
            // "McHugh said the bomb ... and ``would have caused massive destruction.''": a quote inside the sentence
            // is its reporting subject's, whoever else speaks in the paragraph (a wire story may be one paragraph).
            let sentence = document.sentences[tokens[quotes[q].open].sentence].range
            if quotes[q].open > sentence.lowerBound, let ref = references(in: sentence.lowerBound..<quotes[q].open).first(where: { ref in
                ref.range.upperBound < quotes[q].open
                    && tokens[ref.range.upperBound].isWord && Vocabulary.reportingVerbs.contains(tokens[ref.range.upperBound].lower)
                    && !insideQuote(ref.range.lowerBound)
            }) {
                quotes[q].speakerPerson = ref.person
            } else if quotes[q].open > sentence.lowerBound + 1, ["he", "she"].contains(tokens[sentence.lowerBound].lower),
                      tokens[sentence.lowerBound + 1].isWord, Vocabulary.reportingVerbs.contains(tokens[sentence.lowerBound + 1].lower),
                      tokens[sentence.lowerBound].sentence > 0,
                      let p = reportingSubject(after: document.sentences[tokens[sentence.lowerBound].sentence - 1].range.lowerBound - 1,
                                               before: sentence.lowerBound) {
                // "Funaro said on Saturday that ... He said earlier today that ... "because the banks have limits."":
                // the one the sentence before reports speaking.
                quotes[q].speakerPerson = p
            } else if case let sameParagraph = quotes.indices.filter({ quotes[$0].paragraph == quotes[q].paragraph && quotes[$0].attributed }),
                      let s = sameParagraph.last(where: { $0 < q }) ?? sameParagraph.first {
                quotes[q].speakerPerson = quotes[s].speakerPerson
                quotes[q].speakerDescription = quotes[s].speakerDescription
            } else if quotes[q].open == document.paragraphs[quotes[q].paragraph].lowerBound,
                      let previous = quotes[..<q].last(where: { $0.speakerPerson != nil || $0.speakerDescription != nil }) {
                quotes[q].speakerPerson = previous.speakerPerson
                quotes[q].speakerDescription = previous.speakerDescription
            } else if let p = unattributedSpeaker(quotes[q]) {
                quotes[q].speakerPerson = p
            }
        }
    }

    /// A speaker and a reporting verb inside `range`: "Choi told", "he added", "said the vice minister",
    /// "X was quoted as saying", "the agency quoted X as saying".
    private func speaker(in range: Range<Int>, lastSpeaker: (person: Int?, description: String?)?) -> (Int?, String?)? {
        let tokens = document.tokens
        guard !range.isEmpty else { return nil }
        // ("Asked about a truce, he replied": the participle opening the sentence is nobody's verb.)
        let opensSentence = { (k: Int) in
            tokens[k].lower == "asked" && (k == self.document.sentences[tokens[k].sentence].range.lowerBound)
        }
        guard let verb = range.first(where: { tokens[$0].isWord && Vocabulary.reportingVerbs.contains(tokens[$0].lower) && !opensSentence($0) })
        else {
            // "according to X"
            if let a = range.first(where: { tokens[$0].lower == "according" }), a + 2 < range.upperBound, tokens[a + 1].lower == "to" {
                return resolve((a + 2)..<phraseEnd(from: a + 2, limit: range.upperBound), verb: a + 1, lastSpeaker: lastSpeaker)
            }
            return nil
        }
        // "the agency quoted X as saying": the one quoted is the speaker.
        if tokens[verb].lower == "quoted", verb + 1 < range.upperBound, !["by", "as"].contains(tokens[verb + 1].lower) {
            let object = (verb + 1)..<phraseEnd(from: verb + 1, limit: range.upperBound)
            if let r = resolve(object, verb: verb, lastSpeaker: lastSpeaker, preferFirst: true) { return r }
        }
        // Subject before the verb: the words right before it, back to punctuation or a clause word (within its
        // sentence, even where the window given starts later: "the radical Islamic Jihad group said in a statement
        // that it was a waste of time that "…"").
        let subjectFloor = min(range.lowerBound, max(document.sentences[tokens[verb].sentence].range.lowerBound, verb - 8))
        var start = verb
        while start > subjectFloor, verb - start < 8 {
            let t = tokens[start - 1]
            guard t.isWord || t.kind == .number || t.kind == .stray else { break }
            if ["and", "that", "which", "who", "but", "while", "as", "when", "because"].contains(t.lower),
               !(t.lower == "and" && start - 2 >= range.lowerBound && officials.person(at: start - 2) != nil) { break }
            start -= 1
        }
        // Auxiliaries between subject and verb ("was quoted", "has said") are not part of the subject.
        var subjectEnd = verb
        while subjectEnd > start, ["was", "were", "is", "has", "have", "had", "also", "later", "then", "once", "again"].contains(tokens[subjectEnd - 1].lower) {
            subjectEnd -= 1
        }
        if start < subjectEnd, let r = resolve(start..<subjectEnd, verb: verb, lastSpeaker: lastSpeaker) { return r }
        // "He evoked ... and said:": the subject of the sentence.
        if start == verb, start > range.lowerBound || start > 0, verb > 0, tokens[verb - 1].lower == "and" {
            let sentenceStart = document.sentences[tokens[verb].sentence].range.lowerBound
            var e = sentenceStart
            while e < verb, e - sentenceStart < 4, tokens[e].isWord, isNameWord(e) || officials.person(at: e) != nil
                    || Vocabulary.pronouns[tokens[e].lower] != nil { e += 1 }
            if e > sentenceStart, let r = resolve(sentenceStart..<e, verb: e, lastSpeaker: lastSpeaker) { return r }
        }
        // "Franz Vranitzky, the former Austrian chancellor heading the mission, told journalists": the
        // sentence's subject, before its appositive.
        let sentenceStart = document.sentences[tokens[verb].sentence].range.lowerBound
        if start > sentenceStart, tokens[start - 1].text == ",", sentenceStart >= range.lowerBound - 40 {
            var e = sentenceStart
            while e < start, isNameWord(e) || officials.person(at: e) != nil { e += 1 }
            if e > sentenceStart, e < start, tokens[e].text == "," {
                if let r = resolve(sentenceStart..<e, verb: e, lastSpeaker: lastSpeaker) { return r }
            }
        }
        // Subject after the verb: "said Choi", "said the minister", skipping a day ("said Tuesday").
        var after = verb + 1
        while after < range.upperBound, Vocabulary.weekdays[tokens[after].bareLower] != nil || tokens[after].lower == "on"
                || tokens[after].lower == "today" || tokens[after].lower == "yesterday" || tokens[after].text == "," {
            after += 1
        }
        if after < range.upperBound {
            return resolve(after..<phraseEnd(from: after, limit: range.upperBound), verb: verb, lastSpeaker: lastSpeaker,
                           preferFirst: true)
        }
        return nil
    }

    private func phraseEnd(from start: Int, limit: Int) -> Int {
        let tokens = document.tokens
        var k = start
        while k < limit, tokens[k].isWord || tokens[k].kind == .stray, k - start < 8,
              !["as", "that", "on", "in", "at", "after", "before", "when", "while", "during"].contains(tokens[k].lower) || k == start {
            k += 1
        }
        return k
    }

    /// What speaks for an official: "Olmert's office said".
    static let speakingBodies: Set<String> = ["office", "aides", "aide", "camp", "spokesman", "spokeswoman", "spokesperson",
                                               "government", "ministry", "party", "staff", "lawyer", "lawyers"]

    /// Who a phrase names: an official, a pronoun's antecedent, a named person, or a description.
    private func resolve(_ phrase: Range<Int>, verb: Int, lastSpeaker: (person: Int?, description: String?)?,
                         preferFirst: Bool = false) -> (Int?, String?)? {
        let tokens = document.tokens
        guard !phrase.isEmpty else { return nil }
        // The official nearest the verb.
        let ordered = preferFirst ? Array(phrase) : phrase.reversed()
        if let k = ordered.first(where: { officials.person(at: $0) != nil }), let p = officials.person(at: k) {
            // "Olmert's office said", "Abbas's aides said": the office speaks, as the article names it.
            let name = officials.reference(around: k, within: phrase)
            let end = name.upperBound
            if end + 1 < phrase.upperBound, tokens[end].lower == "'s" || tokens[end].lower == "\u{2019}s",
               tokens[end + 1].isWord, !tokens[end + 1].isCapitalized, Self.speakingBodies.contains(tokens[end + 1].lower) {
                return (nil, document.text(tokens: name.lowerBound..<(end + 2)))
            }
            return (p, nil)
        }
        let words = phrase.map { tokens[$0].lower }
        if let pronoun = (preferFirst ? words.first : words.last), Vocabulary.pronouns[pronoun] != nil,
           words.count <= 2 {
            // The last speaker while the quotes run on; else the subject of the last sentence naming someone.
            // Someone else reported as speaking since the last quote ("Sato said the two governments would …
            // "…," he said") is the nearer antecedent.
            if let close = lastQuoteClose, let p = reportingSubject(after: close, before: phrase.lowerBound),
               p != lastSpeaker?.person {
                return (p, nil)
            }
            if let lastSpeaker, lastSpeaker.person != nil || lastSpeaker.description != nil,
               let lastQuote = lastQuoteParagraph, paragraph(of: phrase.lowerBound) - lastQuote <= 1 {
                return lastSpeaker
            }
            if let reporter = reporterBefore(phrase.lowerBound) { return reporter }
            if let p = subjectOfLastSentenceNamingSomeone(before: phrase.lowerBound) { return (p, nil) }
            if let lastSpeaker, lastSpeaker.person != nil || lastSpeaker.description != nil { return lastSpeaker }
            return nil
        }
        // A named person who is not an official: the capitalized run nearest the verb, as written;
        // an official whose whole name is that one word is meant ("Hussein").
        if let run = capitalizedRun(in: phrase, nearestEnd: !preferFirst) {
            if run.count == 1, let p = officials.people.firstIndex(where: {
                $0.nameWords.count == 1 && NameKey.fold($0.nameWords[0]) == NameKey.fold(tokens[run.lowerBound].text)
            }) {
                return (p, nil)
            }
            return (nil, fullName(for: run))
        }
        // A description: "a ministry official", "the statement".
        guard let first = words.firstIndex(where: { ["a", "an", "the", "one"].contains($0) }) else { return nil }
        let described = (phrase.lowerBound + first)..<phrase.upperBound
        guard described.count <= 6 else { return nil }
        // "the official said" after "According to one official familiar with the talks": the source introduced.
        // (Only when it tells more than "a statement" would.)
        if described.count == 2, words[first] == "the", let introduced = introduction(of: tokens[described.upperBound - 1].lower,
                                                                                      before: phrase.lowerBound),
           introduced.count > 2 {
            let text = document.text(tokens: introduced)
            return (nil, text.prefix(1).lowercased() + text.dropFirst())
        }
        let text = document.text(tokens: described)
        return (nil, text.prefix(1).lowercased() + text.dropFirst())
    }

    /// Where the story introduced an unnamed source, within the six sentences before `token`: "one official familiar
    /// with talks", "a diplomat close to the negotiations" for "the official", "the diplomat".
    private func introduction(of noun: String, before token: Int) -> Range<Int>? {
        let tokens = document.tokens
        let sentence = tokens[token].sentence
        let floor = document.sentences[max(0, sentence - 6)].range.lowerBound
        var i = token - 1
        while i >= floor {
            defer { i -= 1 }
            // ("an analysts": a determiner of one thing before a plural is someone else's.)
            guard tokens[i].lower == noun, !insideQuote(i), !noun.hasSuffix("s") || noun.hasSuffix("ss"),
                  let determiner = (max(floor, i - 3)..<i).last(where: { ["a", "an", "one"].contains(tokens[$0].lower) }),
                  ((determiner + 1)..<i).allSatisfy({ tokens[$0].isWord && !Vocabulary.reportingVerbs.contains(tokens[$0].lower) })
            else { continue }
            var end = i + 1
            // "familiar with talks", "close to the negotiations": the words that tell the source apart.
            if end + 1 < tokens.count, ["familiar", "close"].contains(tokens[end].lower), ["with", "to"].contains(tokens[end + 1].lower) {
                end += 2
                while end < tokens.count, end - i < 7, tokens[end].isWord, tokens[end].sentence == tokens[i].sentence,
                      !Vocabulary.reportingVerbs.contains(tokens[end].lower) {
                    end += 1
                }
            }
            return determiner..<end
        }
        return nil
    }

    /// Two or more capitalized words (or one surname) that read as a person's name.
    private func capitalizedRun(in phrase: Range<Int>, nearestEnd: Bool) -> Range<Int>? {
        let tokens = document.tokens
        var runs: [Range<Int>] = []
        var k = phrase.lowerBound
        while k < phrase.upperBound {
            guard isNameWord(k) else { k += 1; continue }
            var e = k
            while e < phrase.upperBound, isNameWord(e) || (e > k && OfficialFinder.nameParticles.contains(tokens[e].text)) { e += 1 }
            runs.append(k..<e)
            k = e
        }
        // A run right before a verb must end the phrase; after a verb it must start it.
        let candidate = nearestEnd ? runs.last : runs.first
        guard let run = candidate else { return nil }
        if nearestEnd ? run.upperBound != phrase.upperBound : run.lowerBound != phrase.lowerBound { return nil }
        // The first word of a sentence alone is not a name ("Officials said").
        if run.count == 1, run.lowerBound == document.sentences[tokens[run.lowerBound].sentence].range.lowerBound,
           !document.tokens.indices.contains(where: { $0 != run.lowerBound && tokens[$0].text == tokens[run.lowerBound].text }) {
            return nil
        }
        return run
    }

    private func isNameWord(_ k: Int) -> Bool {
        let t = document.tokens[k]
        // "al-Jarbawi", "el-Baradei": an Arabic article joined to a capitalized name.
        if t.isWord, !t.isCapitalized, let dash = t.text.firstIndex(of: "-"), ["al", "el", "ad", "as", "ash", "bin", "ibn", "abu"].contains(t.text[..<dash].lowercased()),
           t.text[t.text.index(after: dash)...].first?.isUppercase == true, k > 0, document.tokens[k - 1].isCapitalized {
            return true
        }
        guard t.isWord, t.isCapitalized, !t.isUpperCased || t.characterCount <= 2 else { return false }
        let w = t.bareLower
        if OfficialFinder.nonNameWords.contains(w) || Vocabulary.weekdays[w] != nil || Vocabulary.months[w] != nil { return false }
        if Lexicon.shared.titles.match(document.tokens, at: k) != nil { return false }
        if Lexicon.shared.country(at: k, in: document.tokens) != nil { return false }
        return !["officials", "sources", "diplomats", "analysts", "reporters", "experts", "president", "minister"].contains(w)
    }

    /// A surname written alone expands to the fullest name with that surname earlier in the article.
    private func fullName(for run: Range<Int>) -> String {
        let tokens = document.tokens
        let written = document.text(tokens: run)
        guard run.count == 1 else { return written }
        let surname = tokens[run.lowerBound].text
        var k = 0
        while k < run.lowerBound {
            if tokens[k].text == surname, k > 0, isNameWord(k - 1), tokens[k - 1].sentence == tokens[k].sentence {
                var s = k - 1
                while s > 0, isNameWord(s - 1), tokens[s - 1].sentence == tokens[k].sentence, k - s < 3 { s -= 1 }
                return document.text(tokens: s..<(k + 1))
            }
            k += 1
        }
        return written
    }

    /// A quote with no attribution of its own: words embedded in a sentence belong to its subject
    /// ("Khamenei called on the nation to "leave behind the current ordeal""); a quote that opens a
    /// sentence after one naming someone belongs to that sentence's subject.
    private func unattributedSpeaker(_ q: Found) -> Int? {
        let tokens = document.tokens
        let sentence = document.sentences[tokens[q.open].sentence].range
        if let ref = references(in: sentence.lowerBound..<q.open).first(where: { $0.range.upperBound <= q.open }) {
            return ref.person
        }
        guard q.open == sentence.lowerBound, sentence.lowerBound > document.paragraphs[q.paragraph].lowerBound else { return nil }
        return subjectOfLastSentenceNamingSomeone(before: q.open)
    }

    private func paragraph(of token: Int) -> Int {
        document.sentences[document.tokens[token].sentence].paragraph
    }

    /// The first person named (outside quotes) in the last sentence before `token` that names anyone.
    private func subjectOfLastSentenceNamingSomeone(before token: Int, depth: Int = 0) -> Int? {
        guard let last = lastReference(before: token) else { return nil }
        let tokens = document.tokens
        let sentence = tokens[last.range.lowerBound].sentence
        let inSentence = references(in: document.sentences[sentence].range).filter { !insideQuote($0.range.lowerBound) }
        // Prefer the one reported speaking ("US envoy Bill Richardson announced here"), then the one in subject
        // position: right before a verb ("Shultz delivered", "Kim said").
        if let reporter = inSentence.first(where: { ref in
            let k = ref.range.upperBound
            return k < tokens.count && tokens[k].isWord && Vocabulary.reportingVerbs.contains(tokens[k].lower)
        }) {
            return reporter.person
        }
        // "In between, he met Kabila": the sentence's subject is a pronoun before anyone it names, so it names only
        // the object; the subject is who "he" was before.
        // (Two sentences back at most: a run of such sentences must not make every quote walk the whole story.)
        if depth < 2, let firstNamed = inSentence.first?.range.lowerBound,
           (document.sentences[sentence].range.lowerBound..<firstNamed).contains(where: { k in
               ["he", "she"].contains(tokens[k].lower) && !insideQuote(k)
           }) {
            return subjectOfLastSentenceNamingSomeone(before: document.sentences[sentence].range.lowerBound, depth: depth + 1)
        }
        let subject = inSentence.first { ref in
            let k = ref.range.upperBound
            guard k < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized else { return false }
            let w = tokens[k].lower
            return Vocabulary.reportingVerbs.contains(w) || Vocabulary.irregularPast.contains(w) || Vocabulary.futureMarkers.contains(w)
                || (w.hasSuffix("ed") && w.count > 3) || ["is", "has", "also", "met", "will"].contains(w)
        }
        return (subject ?? inSentence.first)?.person
    }

    /// A named person who is not an official, reported speaking in the sentence right before the quote's
    /// own, when that sentence names no official ("The head of the investigation, Kenneth Piernick, said ...").
    private func reporterBefore(_ token: Int) -> (Int?, String?)? {
        let tokens = document.tokens
        let own = tokens[token].sentence
        guard own > 0 else { return nil }
        let range = document.sentences[own - 1].range
        if range.contains(where: { officials.person(at: $0) != nil && !insideQuote($0) }) { return nil }
        for k in range where tokens[k].isWord && Vocabulary.reportingVerbs.contains(tokens[k].lower) && !insideQuote(k) {
            // The name right before the verb, or before a comma closing an appositive.
            var e = k
            if e > range.lowerBound, tokens[e - 1].text == "," { e -= 1 }
            var b = e
            while b > range.lowerBound, isNameWord(b - 1) { b -= 1 }
            if e - b >= 2 { return (nil, document.text(tokens: b..<e)) }
        }
        return nil
    }

    private func insideQuote(_ k: Int) -> Bool {
        inside.contains(k)
    }

    /// The official in the last sentence naming anyone (outside quotes) between `start` and `end`, when
    /// that sentence reports them speaking ("Sato said", "Sato told").
    private func reportingSubject(after start: Int, before end: Int) -> Int? {
        let tokens = document.tokens
        let outside = references(in: max(0, start + 1)..<max(0, start + 1, end)).filter { ref in
            ref.range.upperBound < end && !insideQuote(ref.range.lowerBound)
        }
        guard let last = outside.last else { return nil }
        let sentence = tokens[last.range.lowerBound].sentence
        return outside.first(where: { ref in
            let k = ref.range.upperBound
            return tokens[ref.range.lowerBound].sentence == sentence && tokens[k].isWord
                && Vocabulary.reportingVerbs.contains(tokens[k].lower)
        })?.person
    }

    /// The person last named outside quotation marks before `token`.
    private func lastPersonMentioned(before token: Int) -> Int? {
        lastReference(before: token)?.person
    }

    /// The references (in text order) that start inside `range`.
    private func references(in range: Range<Int>) -> ArraySlice<OfficialFinder.Reference> {
        officials.references.slice(startingIn: range) { $0.range.lowerBound }
    }

    /// The last reference outside quotation marks that ends at or before `token`.
    private func lastReference(before token: Int) -> OfficialFinder.Reference? {
        references(in: 0..<token).last { $0.range.upperBound <= token && !insideQuote($0.range.lowerBound) }
    }
}
