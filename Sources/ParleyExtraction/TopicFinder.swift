/// Finds what the officials discuss: taxonomy terms in agenda sentences (the headline,
/// sentences that report a meeting, talk of "the two sides" or name an agenda verb),
/// widened to the noun phrase the text gives ("defense cost-sharing", "dialogue with
/// North Korea"), one topic per concept. Reasons and background ("given that ...",
/// "amid ...") are not agenda.
final class TopicFinder {
    struct Found {
        var name: String
        var concept: Int
        var sentence: Int
        var start: Int   // token index
        var end: Int
    }

    let document: Document
    let masked: TokenSet
    /// Sentences that report a meeting.
    let meetingSentences: Set<Int>
    /// Tokens that name a person: never part of a topic.
    var personTokens = TokenSet(count: 0)
    /// Tokens of officials' titles: "minister for foreign economic relations and trade" names an office, not a subject.
    var titleTokens = TokenSet(count: 0)
    /// The phrase being read follows a cue inside a quotation: its quoted words count.
    private var readingQuote = false
    private let lexicon = Lexicon.shared

    private(set) var topics: [Found] = []

    static let agendaVerbs: Set<String> = [
        "discuss", "discussed", "discusses", "discussing", "discussion", "discussions", "agenda", "include",
        "includes", "included", "address", "addressed", "touch", "focus", "focused", "focuses", "coordinate",
        "exchanged", "exchange", "review", "reviewed", "explore", "explored",
    ]

    /// Verbs that take a subject of talks as their object ("mend ties", "lift sanctions"): never part of the topic.
    static let actionVerbs: Set<String> = [
        "improve", "mend", "restore", "lift", "ease", "boost", "strengthen", "promote", "enhance", "expand", "deepen",
        "foster", "protect", "resolve", "end", "seek", "probe", "discuss", "review", "resume", "revive", "advance",
        "bolster", "broaden", "push", "pursue", "settle", "tackle", "address", "secure", "support", "reduce", "cut",
        "impose", "maintain", "build", "develop", "increase", "open", "close", "sign", "ratify", "reaffirm", "renew",
        "normalize", "normalise", "stabilize", "stabilise", "coordinate", "implement", "finalize", "conclude",
    ]

    /// Words that open background rather than agenda.
    static let backgroundOpeners: Set<String> = ["given", "amid", "because", "although", "though", "despite", "while", "since"]

    static let prepositions: Set<String> = [
        "for", "on", "of", "with", "in", "to", "and", "or", "at", "by", "from", "over", "about", "into", "as", "than",
        "including", "between", "among", "against", "under", "after", "before",
    ]

    /// The headline is all in capitals: computed once.
    private let isCapsHeadline: Bool

    init(document: Document, masked: TokenSet, meetingSentences: Set<Int>) {
        self.document = document
        self.masked = masked
        self.meetingSentences = meetingSentences
        isCapsHeadline = Self.isCapsHeadline(document)
    }

    func run() {
        let tokens = document.tokens
        var byConcept: [Int: Int] = [:]
        let agenda = document.sentences.indices.map { isAgenda(document.sentences[$0], index: $0) }
        let terms = lexicon.topicTerms  // read at every token of an agenda sentence
        for (s, sentence) in document.sentences.enumerated() where agenda[s] {
            let end = agendaEnd(sentence.range)
            var k = sentence.range.lowerBound
            while k < end {
                guard !masked.contains(k), !titleTokens.contains(k), let (length, concept) = terms.match(tokens, at: k, limit: end) else {
                    k += 1
                    continue
                }
                // "Asia-Pacific Economic Cooperation": a term written in capitals after a capitalized word is
                // part of a name (a forum, an organization), not a subject.
                // "Partnership for Peace", "Department of Trade": a capitalized term inside a sentence is a name too.
                if !sentence.isHeadline, k > sentence.range.lowerBound, tokens[k].isCapitalized,
                   !tokens[k].isUpperCased, !tokens[k - 1].isQuote, tokens[k - 1].text != "(" {
                    k += length
                    continue
                }
                if !sentence.isHeadline, k > sentence.range.lowerBound, tokens[k].isCapitalized, tokens[k - 1].isCapitalized,
                   tokens[k - 1].isWord,
                   (k..<(k + length)).allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord }) {
                    k += length
                    continue
                }
                let (start, stop) = widen(k..<(k + length), limit: sentence.range.lowerBound..<end)
                let name = label(start..<stop)
                if let existing = byConcept[concept] ?? topics.firstIndex(where: { $0.concept == concept }) {
                    // Keep the fullest wording that still says the concept's own label.
                    if score(name, concept) > score(topics[existing].name, concept) { topics[existing].name = name }
                } else {
                    byConcept[concept] = topics.count
                    topics.append(Found(name: name, concept: concept, sentence: s, start: start, end: stop))
                }
                k += length
            }
            // A cue still names the agenda in a clause set beside the first ("..., while Muoi stressed his focus
            // on education"); the taxonomy's own terms stop there, as everything stops at ", given that".
            phraseTopics(in: sentence.range.lowerBound..<agendaEnd(sentence.range, besides: true), sentence: s)
        }
        // Agenda words name topics in other sentences too ("They also discussed X"), in the story's first part.
        // Later in the story only "discuss" still does ("We will discuss regional and international issues").
        let firstPart = document.sentences.count / 2 + 1
        for (s, sentence) in document.sentences.enumerated() where !agenda[s] {
            guard s < firstPart || sentence.range.contains(where: {
                lexicon.topicOpeners.contains(tokens[$0]) && Self.discussWords.contains(tokens[$0].lower)
            }) else { continue }
            phraseTopics(in: sentence.range.lowerBound..<agendaEnd(sentence.range), sentence: s)
        }
        if topics.count > Self.maximum { topics = Array(topics.prefix(Self.maximum)) }
    }

    /// At most this many topics an article: the first ones found (headline and lead first).
    static let maximum = 8

    // MARK: - Agenda phrases

    /// Words after which the agenda follows: "discussed X", "talks on X", "including X".
    static let cueWords: Set<String> = [
        "discuss", "discussed", "discusses", "discussing", "including", "regarding", "concerning", "about",
        "address", "addressed", "addressing", "review", "reviewed",
    ]
    /// Nouns and verbs that take their agenda after "on" or "over": "talks on X", "agreed on X".
    static let onHeads: Set<String> = [
        "talks", "talk", "talked", "meeting", "meetings", "consultations", "negotiations", "dialogue", "summit", "agreement",
        "agreed", "accord", "deal", "focus", "focused", "focusing", "touch", "touched", "views", "cooperation", "cooperate",
        "coordinate", "discussions", "discussion", "conversation", "exchanged", "differences", "dispute", "call", "pact",
        // "various issues on economy, politics and trade"
        "issues", "matters", "questions",
    ]
    /// Amounts and counts before a subject: "2.15 billion dlr loan", "one Iranian oil rig".
    static let quantityWords: Set<String> = [
        "mln", "million", "billion", "bln", "trillion", "thousand", "hundred", "dlr", "dlrs", "dollar-denominated",
        "pct", "percent", "yen", "tonnes", "tons", "barrels", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "dozen", "dozens",
    ]

    /// Nouns of means that take "to" and a verb before the subject: "measures to fight X".
    static let meansNouns: Set<String> = ["ways", "measures", "steps", "efforts", "means", "plans", "moves"]
    /// The cues read inside quotations.
    static let quotedCues: Set<String> = ["discuss", "discussed", "discussing", "review", "reviewed"]
    static let focusWords: Set<String> = ["focus", "focused", "focusing", "focuses", "focussed"]
    static let signWords: Set<String> = ["sign", "signed", "signing", "signs"]
    /// Modifiers that do not tell one agreement from another.
    static let genericModifiers: Set<String> = [
        "definitive", "final", "similar", "new", "large", "big", "formal", "preliminary", "tentative", "initial",
        "long-term", "short-term", "multi-year", "exclusive", "another", "first", "second", "third", "landmark",
        "historic", "separate", "same", "such", "binding", "draft", "year",
    ]
    /// What is signed: an agreement of some kind names a subject ("signed a third-stage contract", "a signing
    /// ceremony for memorandums of understanding").
    static let signedThings: Set<String> = [
        "agreement", "agreements", "accord", "accords", "memorandum", "memorandums", "memoranda", "treaty", "treaties",
        "deal", "deals", "pact", "pacts", "contract", "contracts", "protocol", "protocols", "declaration", "charter",
        "convention", "plan", "program", "programme", "mou", "mous", "mou's", "arrangement", "arrangements",
    ]
    static let discussWords: Set<String> = ["discuss", "discussed", "discusses", "discussing"]
    /// Verbs that follow a subject: a name before one starts a clause ("... project Seoul has said ...").
    static let clauseVerbs: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "said", "says", "will", "would", "could", "can", "may",
        "might", "must", "should", "did", "does", "claims", "claimed", "believes", "believed", "sees", "saw", "wants",
    ]
    /// Words that name the format of a negotiation ("multilateral trade talks"), as "six-party" does.
    static let formatWords: Set<String> = ["multilateral", "bilateral", "trilateral", "quadrilateral", "round"]
    /// Nouns of effort whose subject follows "for", "against" or "to <verb>": "struggle for X", "fight against X".
    static let effortNouns: Set<String> = [
        "struggle", "fight", "battle", "campaign", "drive", "push", "bid", "quest", "effort", "efforts", "work", "war",
    ]

    /// Verbs too light to name a subject with their object ("making his debut", "letting a country").
    static let lightGerunds: Set<String> = [
        "making", "letting", "helping", "giving", "taking", "getting", "having", "putting", "keeping", "coming",
        "seeing", "saying", "telling", "asking", "allowing", "visiting", "meeting", "holding", "attending",
    ]

    /// Verbs of more or better: their object is the subject ("strengthening ties" is about ties). Verbs of less
    /// keep theirs ("easing tension" is not about tension as such).
    static let growthGerunds: Set<String> = [
        "expanding", "strengthening", "enhancing", "boosting", "deepening", "promoting", "improving", "bolstering",
        "fostering", "developing", "furthering", "advancing", "broadening", "increasing", "intensifying", "reinforcing",
        "solidifying", "upgrading", "cementing", "widening", "accelerating",
    ]

    /// Words that never belong to a topic phrase.
    static let functionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her",
        "its", "their", "our", "my", "your", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does", "did", "not", "no",
        "to", "for", "with", "by", "from", "at", "in", "on", "of", "and", "or", "but", "as", "than", "over", "about",
        "into", "after", "before", "during", "between", "among", "against", "under", "which", "who", "whom", "what",
        "when", "where", "while", "how", "why", "if", "also", "said", "says", "told", "there", "here", "very", "more",
        "most", "such", "other", "some", "all", "any", "each", "both", "including", "according", "amid", "given",
        "up", "out", "so", "then", "them", "him", "us", "me", "all", "new", "first", "last", "next", "two", "three",
        "earlier", "later", "once", "again", "now", "soon", "still", "already", "yet", "just", "only", "even",
        "well", "how", "much", "many", "whether", "because", "through", "via", "within", "without", "toward", "towards",
        "along", "across", "around", "beyond", "despite", "since", "until", "upon", "onto", "unlike", "behind",
        "throughout", "alongside", "near",
    ]
    static let evaluative: Set<String> = [
        "controversial", "so-called", "possible", "various", "several", "many", "further", "key", "major", "important",
        "latest", "current", "recent", "pending", "stalled", "deadlocked", "ongoing", "outstanding", "mutual", "common",
        "related", "relevant", "specific", "certain", "broad", "wide", "wider", "sensitive", "thorny", "urgent",
    ]
    /// Heads that take their complement: "situation in Iraq", "release of prisoners".
    static let complementHeads: Set<String> = [
        "situation", "issue", "question", "problem", "future", "release", "normalization", "normalisation",
        "withdrawal", "sharing", "development", "security", "status", "resumption", "lifting", "removal",
        "expansion", "enlargement", "stability", "peace", "reunification", "accession", "cooperation",
        "memorandum", "memorandums",
    ]

    private func phraseTopics(in range: Range<Int>, sentence s: Int) {
        let tokens = document.tokens
        let openers = lexicon.topicOpeners  // read at every token
        var k = range.lowerBound
        while k < range.upperBound {
            defer { k += 1 }
            guard tokens[k].isWord, openers.contains(tokens[k]) else { continue }
            // Inside a quotation only "discuss", "review" and "focused on" name the agenda ("We will discuss regional
            // issues", "the meeting was very focused on X"), and the words they take are read though quoted.
            let quoted = masked.contains(k)
            if quoted && !Self.quotedCues.contains(tokens[k].lower)
                && !(tokens[k].lower == "on" && k > range.lowerBound && Self.focusWords.contains(tokens[k - 1].lower)
                     && isAgenda(document.sentences[s], index: s)) {
                continue
            }
            readingQuote = quoted
            defer { readingQuote = false }
            let w = tokens[k].lower
            var start: Int?
            if Self.signWords.contains(w) {
                signedTopic(after: k, limit: range.upperBound, sentence: s)
                continue
            }
            if w == "to" {
                agreedAction(after: k, limit: range.upperBound, sentence: s)
                continue
            }
            if Self.cueWords.contains(w) {
                // "these issues should not be discussed on the same table": in the passive, what was discussed
                // comes before the verb.
                if w.hasSuffix("ed"), k > range.lowerBound,
                   ["be", "been", "being", "is", "are", "was", "were"].contains(tokens[k - 1].lower) {
                    continue
                }
                start = k + 1
                if start! < range.upperBound, tokens[start!].lower == "on" || tokens[start!].lower == "the" && w.hasPrefix("discuss") {
                    start! += tokens[start!].lower == "on" ? 1 : 0
                }
            } else if (w == "on" || w == "over"), k > range.lowerBound, Self.onHeads.contains(tokens[k - 1].lower)
                        || (k > range.lowerBound + 1 && Self.onHeads.contains(tokens[k - 2].lower) && tokens[k - 1].lower != ",") {
                // "the General Agreement on Tariffs and Trade": a name, not an agreement on tariffs.
                if tokens[k - 1].isCapitalized, k - 1 > range.lowerBound, k + 1 < range.upperBound, tokens[k + 1].isCapitalized,
                   !document.sentences[s].isHeadline {
                    continue
                }
                start = k + 1
            } else if (w == "on" || w == "over"), talksWithSomeone(before: k, from: range.lowerBound) {
                start = k + 1  // "held talks with Foreign Minister Ana Ruiz on fishing rights"
            } else if w == "such", k + 1 < range.upperBound, tokens[k + 1].lower == "as" {
                start = k + 2
            } else if w == "terms", k > range.lowerBound, tokens[k - 1].lower == "in", k + 1 < range.upperBound,
                      tokens[k + 1].lower == "of", isAgenda(document.sentences[s], index: s) {
                start = k + 2  // "exchanges in terms of X, Y and Z"
            }
            guard var cursor = start else { continue }
            // "discussed moving ahead on X", "discussed ways to improve X": the subject follows the next "on".
            if cursor < range.upperBound, tokens[cursor].isWord, !tokens[cursor].isCapitalized,
               tokens[cursor].lower.hasSuffix("ing") || tokens[cursor].lower == "ways" || tokens[cursor].lower == "how" {
                if let on = (cursor..<min(range.upperBound, cursor + 4)).first(where: { ["on", "toward", "towards"].contains(tokens[$0].lower) }) {
                    cursor = on + 1
                }
            }
            // ("discuss measures to fight X": `nounPhrase` reads the subject after the verb.)
            addList(from: cursor, limit: range.upperBound, sentence: s)
        }
    }

    /// "signed a third-stage contract with ...", "sign more than 10 memorandums of understanding", "a signing
    /// ceremony for X": the thing signed, when it is an agreement of some kind.
    private func signedTopic(after k: Int, limit: Int, sentence s: Int) {
        let tokens = document.tokens
        // "signs of progress", "a sign that": the noun, not the verb.
        guard k + 1 < limit, !["of", "that"].contains(tokens[k + 1].lower) else { return }
        var cursor = k + 1
        if tokens[cursor].lower == "ceremony", cursor + 1 < limit, tokens[cursor + 1].lower == "for" { cursor += 2 }
        // "more than 10", "a", "the": determiners and amounts before the thing.
        while cursor < limit, tokens[cursor].isWord || tokens[cursor].kind == .number,
              Vocabulary.determiners.contains(tokens[cursor].lower) || ["more", "than", "some", "several", "two", "three"].contains(tokens[cursor].lower)
                || tokens[cursor].kind == .number {
            cursor += 1
        }
        guard let (phrase, _) = nounPhrase(from: cursor, limit: limit),
              let head = phrase.last(where: { Self.signedThings.contains(tokens[$0].lower) }) else { return }
        // The thing ends at its noun, or after its "of" complement ("memorandums of understanding"): not "treaty
        // unless", "deal giving", "contract worth".
        let end = head + 1 < phrase.upperBound && tokens[head + 1].lower == "of" ? phrase.upperBound : head + 1
        // "an agreement", "a definitive agreement", "a 20-year accord": which one, the story says elsewhere.
        let telling = (phrase.lowerBound..<end).filter { i in
            let w = tokens[i].lower
            return i != head && tokens[i].isWord && w != "'s" && !Self.evaluative.contains(w) && !Self.genericModifiers.contains(w)
                && !w.hasSuffix("-year") && !w.hasSuffix("-month")
        }
        guard !telling.isEmpty else { return }
        add(phrase.lowerBound..<end, sentence: s)
    }

    /// "agreed to the cancellation of legal steps against the troops": an action agreed on, named by its noun
    /// and what it acts on (a noun of action, "-tion"/"-ment"/"-al", then "of").
    private func agreedAction(after k: Int, limit: Int, sentence s: Int) {
        let tokens = document.tokens
        guard k > 0, ["agreed", "agree", "agrees", "committed", "consented"].contains(tokens[k - 1].lower),
              k + 4 < limit, ["the", "a", "an"].contains(tokens[k + 1].lower) else { return }
        let head = k + 2
        let w = tokens[head].lower
        guard tokens[head].isWord, !tokens[head].isCapitalized, tokens[head + 1].lower == "of",
              ["tion", "sion", "ment", "al", "ance", "ence"].contains(where: w.hasSuffix) else { return }
        var end = head + 2
        if end < limit, tokens[end].lower == "the" { end += 1 }
        let objectStart = end
        while end < limit, end - objectStart < 3, tokens[end].isWord, !Self.functionWords.contains(tokens[end].lower),
              !Vocabulary.reportingVerbs.contains(tokens[end].lower), !personTokens.contains(end) {
            end += 1
        }
        guard end > objectStart else { return }
        add(head..<end, sentence: s)
    }

    /// A list of phrases at `start`: "X, Y and Z" (at most four).
    private func addList(from start: Int, limit: Int, sentence s: Int) {
        let tokens = document.tokens
        var cursor = start
        var count = 0
        while cursor < limit, count < 4 {
            guard let (phrase, next) = nounPhrase(from: cursor, limit: limit, gerund: count == 0) else { break }
            add(phrase, sentence: s)
            count += 1
            // The words after "opening X" are the verb's, not more subjects.
            if tokens[phrase.lowerBound].lower.hasSuffix("ing"), !tokens[phrase.lowerBound].isCapitalized,
               phrase.count > 1 { break }
            var c = next
            if c < limit, tokens[c].text == "," { c += 1 }
            if c < limit, tokens[c].lower == "and" || tokens[c].lower == "or" { c += 1 }
            else if c < limit, tokens[c].lower == "as", c + 2 < limit, tokens[c + 1].lower == "well" { c += 3 }
            else if c == next || (c > next && tokens[next].text == "," && (c >= limit || !tokens[c].isWord)) { break }
            guard c > next else { break }
            cursor = c
        }
    }

    /// A compact noun phrase at `start`: modifiers and head, "'s" possessors, and one complement after
    /// a head that takes it ("situation in Iraq"). Returns the token range and where it stopped.
    /// With `gerund`, the phrase right after a cue may be a verb's "-ing" form and its object: "discuss opening
    /// South Korean markets", "talks on easing tension".
    private func nounPhrase(from start: Int, limit: Int, gerund: Bool = false) -> (Range<Int>, Int)? {
        let tokens = document.tokens
        var k = start
        if gerund, k + 1 < limit, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].lower.hasSuffix("ing"),
           tokens[k].lower.count > 5, !masked.contains(k), !Self.functionWords.contains(tokens[k].lower),
           !Self.lightGerunds.contains(tokens[k].lower), !Self.evaluative.contains(tokens[k].lower),
           !TopicTaxonomy.genericHeads.contains(tokens[k].lower), lexicon.meetingTriggers[tokens[k]] == nil,
           let (object, next) = nounPhrase(from: tokens[k + 1].lower == "the" ? k + 2 : k + 1, limit: limit),
           object.lowerBound <= k + 2 {
            // "discussed expanding cooperation in the defense industry": more of a subject is still the subject.
            return (Self.growthGerunds.contains(tokens[k].lower) ? object : k..<object.upperBound, next)
        }
        // Determiners and evaluative words do not start a topic.
        while k < limit, tokens[k].isWord, Self.functionWords.contains(tokens[k].lower) || Self.evaluative.contains(tokens[k].lower)
              || Vocabulary.determiners.contains(tokens[k].lower) {
            if ["and", "or", "to", "with", "by", "will", "is", "are", "was", "were", "said", "which", "who"].contains(tokens[k].lower) { return nil }
            k += 1
        }
        // "mln dlrs", "two soldiers": an amount, not a subject.
        if k < limit, Self.quantityWords.contains(tokens[k].lower) { return nil }
        // "its struggle for economic recovery", "work to update defense guidelines", "measures to fight X": the
        // subject is what the effort is for, against or about to act on.
        // ("joint efforts for peace": a modifier of the effort goes with it.)
        if k + 3 < limit, Self.effortNouns.contains(tokens[k + 1].lower), tokens[k].isWord, !tokens[k].isCapitalized,
           Self.isAdjective(tokens[k]) || ["joint", "concerted", "renewed", "common", "new"].contains(tokens[k].lower),
           ["for", "against", "to"].contains(tokens[k + 2].lower) {
            k += 1
        }
        if k + 2 < limit, Self.effortNouns.contains(tokens[k].lower) || Self.meansNouns.contains(tokens[k].lower) {
            let after = tokens[k + 1].lower
            if after == "for" || after == "against" {
                k += 2
            } else if after == "to", k + 3 < limit, tokens[k + 2].isWord, !tokens[k + 2].isCapitalized,
                      !Self.functionWords.contains(tokens[k + 2].lower) {
                k += 3
            }
            while k < limit, tokens[k].isWord, Self.functionWords.contains(tokens[k].lower) || Vocabulary.determiners.contains(tokens[k].lower) {
                k += 1
            }
        }
        // "1978 defense guidelines": a year before the subject dates it; it is no part of it.
        if k + 1 < limit, tokens[k].kind == .number, tokens[k].end - tokens[k].start == 4,
           let year = Int(tokens[k].text), (1900...2100).contains(year), tokens[k + 1].isWord,
           !tokens[k + 1].isCapitalized {
            k += 1
        }
        let phraseStart = k
        var end = k
        var words = 0
        while end < limit, words < 5 {
            let t = tokens[end]
            if t.lower == "'s", end > phraseStart {
                end += 1
                // "Ukraine's dlrs 1.2 billion debt": the amount is no part of the subject (the label leaves it out).
                var after = end
                while after < limit, Self.isAmount(tokens[after]) { after += 1 }
                if after > end, after < limit, tokens[after].isWord, !tokens[after].isCapitalized,
                   !Self.functionWords.contains(tokens[after].lower), !masked.contains(after) {
                    end = after
                }
                continue
            }
            guard (t.isWord || t.kind == .number), readingQuote || !masked.contains(end) else { break }
            let w = t.lower
            if Self.functionWords.contains(w) || Vocabulary.reportingVerbs.contains(w) || Vocabulary.weekdays[t.bareLower] != nil
                || Vocabulary.months[t.bareLower] != nil && t.isCapitalized || Vocabulary.clauseBoundaries.contains(w)
                || lexicon.meetingTriggers[t] != nil && end > phraseStart && w != "dialogue" {
                // "regional and international issues", "economic and political reforms": two adjectives share a noun.
                if (w == "and" || w == "or"), end == phraseStart + 1, end + 2 < limit, Self.isAdjective(tokens[end - 1]),
                   Self.isAdjective(tokens[end + 1]), tokens[end + 2].isWord, !tokens[end + 2].isCapitalized,
                   !Self.functionWords.contains(tokens[end + 2].lower), !Self.isAdjective(tokens[end + 2]),
                   readingQuote || !masked.contains(end + 1) {
                    end += 2
                    words += 2
                    continue
                }
                // "situation in Iraq", "release of prisoners": one complement after such a head.
                if (w == "of" || w == "in" || w == "with" || w == "on"), end > phraseStart, end + 1 < limit,
                   Self.complementHeads.contains(tokens[end - 1].lower) || tokens[end - 1].lower == "dialogue",
                   tokens[end + 1].isWord, !Self.functionWords.contains(tokens[end + 1].lower) || tokens[end + 1].lower == "the" {
                    var c = end + 1
                    if tokens[c].lower == "the" { c += 1 }
                    var e = c
                    while e < limit, e - c < 3, tokens[e].isWord, !Self.functionWords.contains(tokens[e].lower),
                          !Vocabulary.reportingVerbs.contains(tokens[e].lower) { e += 1 }
                    if e > c { end = e }
                }
                break
            }
            if !t.isCapitalized && Vocabulary.looksLikeVerbOrAdverb(w) && w.count > 4 { break }
            // "a northern dam project Seoul has said is aimed at ...": a name after the head, then a verb, opens a
            // clause of its own.
            if t.isCapitalized, end > phraseStart, !tokens[end - 1].isCapitalized, tokens[end - 1].isWord, end + 1 < limit,
               Self.clauseVerbs.contains(tokens[end + 1].lower) {
                break
            }
            // "loans fell 581 mln dlrs": a verb or an amount ends the subject.
            if !t.isCapitalized && (Vocabulary.irregularPast.contains(w) || Self.quantityWords.contains(w)) { break }
            if t.kind == .number && end > phraseStart { break }
            if !t.isCapitalized && w.hasSuffix("ing") && end == phraseStart && !["meeting", "financing", "spending", "building"].contains(w) { break }
            if t.kind == .number && end == phraseStart { break }
            end += 1
            words += 1
        }
        guard end > phraseStart else { return nil }
        // Trailing meeting words and possessives are not part of the topic.
        var stop = end
        // ("resumption of six-party talks" keeps its talks: they are the subject's own.)
        // (An amount after a possessive is left at the end only when no subject followed it.)
        while stop > phraseStart, tokens[stop - 1].lower == "'s" || ["meeting", "meetings"].contains(tokens[stop - 1].lower)
                || Self.isAmount(tokens[stop - 1]) || Self.cueWords.contains(tokens[stop - 1].lower) {
            stop -= 1
        }
        guard stop > phraseStart, !(stop - phraseStart == 1 && lexicon.meetingTriggers[tokens[phraseStart]] != nil) else { return nil }
        let content = (phraseStart..<stop).filter { tokens[$0].isWord && tokens[$0].lower != "'s" }
        // Not a topic: only general nouns, a person, a time.
        if content.allSatisfy({ TopicTaxonomy.genericHeads.contains(tokens[$0].lower) || Self.functionWords.contains(tokens[$0].lower) }) {
            return nil
        }
        if content.contains(where: { personTokens.contains($0) || titleTokens.contains($0) }) { return nil }
        // One word is a topic only when the taxonomy knows it or it is a proper name ("NATO", "Kosovo").
        if content.count == 1 {
            let t = tokens[content[0]]
            let known = lexicon.topicTerms.match(tokens, at: content[0], limit: content[0] + 1) != nil
            let proper = t.isCapitalized && content[0] != document.sentences[t.sentence].range.lowerBound
                && !t.isUpperCased || (t.characterCount >= 3 && t.isUpperCased && !document.sentences[t.sentence].isHeadline)
            // A plain noun counts as one item of a list of subjects ("issues on fisheries, forestry and tourism").
            let coordinated = [stop, phraseStart - 1].contains { $0 >= 0 && $0 < limit && [",", "and", "or"].contains(tokens[$0].lower) }
            if !known && !proper && !Self.isAbstractNoun(t) && !(coordinated && Self.isPlainNoun(t)) { return nil }
        }
        if content.contains(where: { ["sidelines", "margins", "board", "occasion", "sideline"].contains(tokens[$0].lower) }) { return nil }
        // "the American Chamber of Commerce": a name cut short at its "of" is no subject.
        if content.allSatisfy({ tokens[$0].isCapitalized }), end + 1 < limit, tokens[end].lower == "of", tokens[end + 1].isCapitalized,
           lexicon.country(at: end + 1, in: tokens) == nil {
            return nil
        }
        // A name alone is a topic when it is a country or an organization ("Kosovo", "NATO"), not a building or
        // a club ("Capitol Hill").
        if content.allSatisfy({ tokens[$0].isCapitalized }), lexicon.topicTerms.match(tokens, at: content[0], limit: stop) == nil,
           !content.contains(where: { lexicon.country(at: $0, in: tokens) != nil || lexicon.organizations.match(tokens, at: $0) != nil }) {
            return nil
        }
        // "five hours", "a three-day trip", "the campaign poster": the occasion, not its subject.
        if let last = content.last, Self.occasionNouns.contains(tokens[last].lower) { return nil }
        return (phraseStart..<stop, end)
    }

    /// Suffixes of abstract nouns: a single lower-case word with one of them can name a subject
    /// ("education", "politics", "democracy", "investment").
    static let abstractSuffixes = ["tion", "sion", "ment", "ity", "ism", "acy", "ics", "ance", "ence", "ture", "ogy"]

    /// "talks with Foreign Minister Ana Ruiz", "agreement with Congress" right before `k`: a head that takes its
    /// agenda after "on", then "with" and a name (with its title) only.
    private func talksWithSomeone(before k: Int, from lower: Int) -> Bool {
        let tokens = document.tokens
        var j = k - 1
        while j > lower, k - j <= 10, tokens[j].lower != "with" {
            let t = tokens[j]
            guard t.isCapitalized || personTokens.contains(j) || t.lower == "'s" || t.kind == .stray
                    || ["the", "his", "her", "their", "its", "counterpart", "counterparts"].contains(t.lower) else { return false }
            j -= 1
        }
        return j > lower && j < k - 1 && tokens[j].lower == "with" && Self.onHeads.contains(tokens[j - 1].lower)
    }

    /// A lower-case word with an adjective's ending: "regional", "economic", "bilateral", "political".
    static func isAdjective(_ t: Token) -> Bool {
        guard t.isWord, !t.isCapitalized, t.end - t.start > 4 else { return false }
        let w = t.lower
        return w.hasSuffix("al") || w.hasSuffix("ic") || w.hasSuffix("ive") || w.hasSuffix("ary") || w.hasSuffix("ous")
    }

    /// A number or a word of an amount ("dlrs", "1.2", "billion").
    static func isAmount(_ t: Token) -> Bool {
        t.kind == .number || (t.isWord && quantityWords.contains(t.lower)) || t.text == "$"
    }

    static func isAbstractNoun(_ t: Token) -> Bool {
        let w = t.lower
        guard t.isWord, !t.isCapitalized, w.count >= 6, !TopicTaxonomy.genericHeads.contains(w) else { return false }
        return abstractSuffixes.contains(where: w.hasSuffix) && !Self.nonTopicNouns.contains(w)
    }

    /// A lower-case word of five letters or more that is no function word, no general noun and no verb or adverb
    /// form: in a list of subjects, a subject.
    static func isPlainNoun(_ t: Token) -> Bool {
        let w = t.lower
        let person = Titles.descriptionHeads.contains(w) || Titles.descriptionHeads.contains(String(w.dropLast()))
            || personNouns.contains(w)
        return t.isWord && !t.isCapitalized && w.count >= 5 && !TopicTaxonomy.genericHeads.contains(w)
            && !nonTopicNouns.contains(w) && !functionWords.contains(w) && !w.hasSuffix("ing") && !person
            && !adjectiveSuffixes.contains(where: w.hasSuffix)
            && !Vocabulary.looksLikeVerbOrAdverb(w) && !Vocabulary.reportingVerbs.contains(w)
    }

    /// Endings of adjectives ("regional and international issues": the adjectives are no subjects alone).
    static let adjectiveSuffixes = ["al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ese", "ian"]
    /// People, not subjects: "officials and experts".
    static let personNouns: Set<String> = ["people", "experts", "reporters", "journalists", "sources", "analysts", "citizens"]

    /// Heads that name the occasion, not its subject: a phrase ending in one is no topic ("five hours").
    static let occasionNouns: Set<String> = [
        "hours", "minutes", "days", "weeks", "months", "years", "trip", "visit", "tour", "stay", "poster", "photo",
        "ceremony", "banquet", "lunch", "dinner", "telephone", "phone", "videoconference", "video",
    ]

    /// Nouns that never name a subject of talks alone: the occasion itself, its time and its manner.
    static let nonTopicNouns: Set<String> = occasionNouns.union([
        "meeting", "conversation", "statement", "announcement", "comment", "comments", "occasion", "moment",
        "situation", "position", "question", "mention", "attention", "intention", "invitation", "session",
        "agreement", "arrangement", "government", "administration", "ministry", "delegation", "commission",
        "time", "evening", "morning", "afternoon", "night", "breakfast", "video", "interview", "briefing",
        "reporters", "journalists",
        "possibility", "possibilities", "provision", "provisions", "management", "implementation", "preparation",
        "preparations", "organization", "presence", "importance", "significance", "performance", "experience",
        "difference", "differences", "reference", "conference", "movement",
    ])

    private func add(_ range: Range<Int>, sentence s: Int) {
        let name = label(range)
        let key = Self.comparisonKey(name)
        guard !key.isEmpty else { return }
        var concept: Int?
        for k in range where concept == nil {
            concept = lexicon.topicTerms.match(document.tokens, at: k, limit: range.upperBound)?.value
        }
        for (i, existing) in topics.enumerated() {
            let other = Self.comparisonKey(existing.name)
            if let concept, existing.concept == concept { return }
            if other == key || Self.containsWords(other, key) || Self.containsWords(key, other) {
                // Keep the shorter wording: it is the core of the longer one.
                if key.count < other.count && existing.concept < 0 { topics[i].name = name }
                return
            }
        }
        topics.append(Found(name: name, concept: concept ?? -1 - topics.count, sentence: s, start: range.lowerBound,
                            end: range.upperBound))
    }

    /// A topic's wording as compared with another's: lower case, hyphens as spaces ("Six-Party" -> "six party").
    /// (By bytes: Foundation's `replacingOccurrences` took 14,000 instructions a topic.)
    static func comparisonKey(_ name: String) -> String {
        String(decoding: name.lowercased().utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// `b`'s words appear in `a`, whole and in order ("nuclear issue" in "north korean nuclear issue").
    static func containsWords(_ a: String, _ b: String) -> Bool {
        guard a.count > b.count else { return false }
        return (" " + a + " ").containsBytes(of: " " + b + " ")
    }

    private func isAgenda(_ sentence: Document.Sentence, index s: Int) -> Bool {
        if sentence.isHeadline || meetingSentences.contains(s) { return true }
        let tokens = document.tokens
        // The word maps read at every token, held here (not retained and released at each).
        let agendaVerbs = lexicon.agendaVerbs, triggers = lexicon.meetingTriggers, pluralParties = lexicon.pluralParties
        for k in sentence.range where !masked.contains(k) {
            if agendaVerbs.contains(tokens[k]) || triggers[tokens[k]] != nil { return true }
            if pluralParties.contains(tokens[k]), k > sentence.range.lowerBound,
               ["two", "both"].contains(tokens[k - 1].lower) { return true }
        }
        return false
    }

    /// The agenda part of a sentence ends where background opens: ", given that", ", amid".
    private func agendaEnd(_ range: Range<Int>, besides: Bool = false) -> Int {
        let tokens = document.tokens
        for k in range.dropFirst() where tokens[k - 1].text == "," && Self.backgroundOpeners.contains(tokens[k].lower)
            && !(besides && tokens[k].lower == "while") {
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
                || Self.quantityWords.contains(w) || t.kind == .number
                || Self.functionWords.contains(w)
                || Vocabulary.clauseBoundaries.contains(w) || lexicon.meetingTriggers[t] != nil || w == "'s"
                || lexicon.agendaVerbs.contains(t) || Self.evaluative.contains(w) { break }
            if !t.isCapitalized && (w.hasSuffix("ing") || Vocabulary.looksLikeVerbOrAdverb(w)) { break }
            if Vocabulary.reportingVerbs.contains(w) || Vocabulary.futureMarkers.contains(w) || Self.actionVerbs.contains(w) { break }
            // A capitalized word is a proper modifier only when it is not where the sentence starts.
            if t.isCapitalized && start - 1 == limit.lowerBound && !w.contains("-") { break }
            // A headline capitalizes every word: only a place or an acronym there is a proper modifier.
            if t.isCapitalized, document.sentences[t.sentence].isHeadline, !lexicon.placeWords.contains(w),
               !(t.isUpperCased && t.characterCount <= 5) { break }
            start -= 1
            added += 1
        }
        // "the release of prisoners", "withdrawal of troops": the head that takes the term as complement.
        if start == term.lowerBound, start - 2 >= limit.lowerBound, tokens[start - 1].lower == "of",
           Self.complementHeads.contains(tokens[start - 2].lower), !masked.contains(start - 2) {
            start -= 2
        }
        var end = term.upperBound
        // "six-way nuclear disarmament talks": a negotiation named by its format keeps its talks ("defense
        // cost-sharing talks" are about defense cost-sharing, the topic).
        if end < limit.upperBound, ["talks", "negotiations"].contains(tokens[end].lower), !masked.contains(end),
           (start..<term.lowerBound).contains(where: { k in
               let w = tokens[k].lower
               return Self.formatWords.contains(w) || ["-way", "-party", "-nation", "-sided"].contains(where: w.hasSuffix)
           }) {
            end += 1
        }
        if end + 1 < limit.upperBound, tokens[end].lower == "with", tokens[end + 1].isCapitalized {
            var k = end + 1
            while k < limit.upperBound, tokens[k].isCapitalized, k - end <= 3 { k += 1 }
            // "programme with Pakistani leaders": a demonym qualifies the noun after it; it is no partner.
            let qualifies = k < limit.upperBound && tokens[k].isWord && !tokens[k].isCapitalized
                && lexicon.demonyms.match(tokens, at: end + 1)?.length == k - end - 1
            if !qualifies { end = k }
        }
        return (start, end)
    }

    private func score(_ name: String, _ concept: Int) -> Int {
        let label = TopicTaxonomy.concepts[concept].label
        return (name.lowercased().contains(label) ? 1000 : 0) + name.count
    }

    /// The headline is written all in capitals ("ARGENTINA DEBT TALKS").
    private static func isCapsHeadline(_ document: Document) -> Bool {
        guard let first = document.sentences.first, first.isHeadline else { return false }
        let words = document.tokens[first.range].filter(\.isWord)
        return words.count >= 2 && words.allSatisfy { $0.text == $0.text.uppercased() }
    }

    /// The phrase as a label: lower case except proper names, no articles.
    private func label(_ range: Range<Int>) -> String {
        let tokens = document.tokens
        var words: [String] = []
        var possessiveAmount = false
        for k in range {
            let t = tokens[k]
            if t.text == "-" { continue }
            let sentenceStart = k == document.sentences[t.sentence].range.lowerBound
            // Capitals written for emphasis or in a capitals-only headline are not proper names;
            // short acronyms ("FTA", "NATO") are.
            let shouting = t.isUpperCased && t.characterCount > 4
            // A headline capitalizes every word: only names and acronyms keep their capitals there. In a headline
            // all in capitals no word is known for an acronym ("ARGENTINA DEBT TALKS"): only places keep them.
            let headline = document.sentences[t.sentence].isHeadline
            let headlineWord = headline && !lexicon.placeWords.contains(t.lower)
                && (!(t.isUpperCased && t.characterCount <= 5) || isCapsHeadline
                    || lexicon.topicTerms.match(tokens, at: k, limit: k + 1) != nil)
            let keepCase = t.text != t.lower && !shouting && !headlineWord
                && (!sentenceStart || lexicon.placeWords.contains(t.lower) || t.text.contains("-"))
            // "Iran 's" is written "Iran's".
            if t.lower == "'s" || t.lower == "\u{2019}s", !words.isEmpty {
                words[words.count - 1] += t.text
                // "Ukraine's dlrs 1.2 billion debt" is "Ukraine's debt".
                possessiveAmount = true
                continue
            }
            if possessiveAmount, Self.isAmount(t) { continue }
            possessiveAmount = false
            words.append(keepCase ? t.text : t.lower)
        }
        return words.joined(separator: " ")
    }
}
