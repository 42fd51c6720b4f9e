/// Finds date expressions ("on Thursday local time", "last Wednesday", "Sept. 9", "yesterday")
/// and resolves each to a calendar day against the publication date.
struct DateExpression {
    /// Token indexes of the expression.
    var range: Range<Int>
    var value: CivilDate
    /// The expression names a weekday or relative day, resolved by tense.
    var isRelative: Bool
    /// A part of a day ("this afternoon"): it dates a meeting, but TimeML counts it as a time, not a date.
    var isTimeOfDay = false
}

enum Tense { case past, future, unknown }

struct DateFinder {
    let document: Document
    let published: CivilDate
    /// Words a date can start with, read at every token: held by the finder, not fetched from the shared lexicon
    /// (and retained and released) each time.
    private let dateStarts = Lexicon.shared.dateStarts
    private let tenseWords = Lexicon.shared.tenseWords

    func find() -> [DateExpression] {
        let tokens = document.tokens
        var found: [DateExpression] = []
        var i = 0
        while i < tokens.count {
            if let e = expression(at: i) {
                found.append(e)
                i = e.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private func expression(at i: Int) -> DateExpression? {
        let tokens = document.tokens
        // "10 days ago", "two days ago", "a week ago"
        if let e = daysAgo(at: i) { return e }
        if tokens[i].kind == .number { return monthDay(at: i, from: i) }
        // Most words start no date: one array read says so (before the token is copied).
        guard tokens[i].isWord, dateStarts.containsBare(tokens[i]) else { return nil }
        let t = tokens[i]
        let word = t.bareLower
        // yesterday / today / tomorrow
        switch word {
        case "yesterday": return DateExpression(range: i..<(i + 1), value: published.adding(days: -1), isRelative: true)
        case "today", "tonight": return DateExpression(range: i..<(i + 1), value: published, isRelative: true)
        case "this" where i + 1 < tokens.count && ["morning", "afternoon", "evening"].contains(tokens[i + 1].lower):
            return DateExpression(range: i..<(i + 2), value: published, isRelative: true, isTimeOfDay: true)
        case "earlier", "later":
            // "earlier in the day", "later in the day"
            if i + 3 < tokens.count, tokens[i + 1].lower == "in", tokens[i + 2].lower == "the", tokens[i + 3].lower == "day" {
                return DateExpression(range: i..<(i + 4), value: published, isRelative: true, isTimeOfDay: true)
            }
        case "tomorrow": return DateExpression(range: i..<(i + 1), value: published.adding(days: 1), isRelative: true)
        default: break
        }
        // [last|next|this] Weekday [local time]
        if let modifier = ["last", "next", "this", "coming"].first(where: { $0 == word }),
           i + 1 < tokens.count, tokens[i + 1].isCapitalized, let w = Vocabulary.weekdays[tokens[i + 1].bareLower] {
            let value: CivilDate
            switch modifier {
            case "last": value = lastWeekday(w)
            case "next", "coming": value = nextWeekday(w, allowToday: false)
            default: value = thisWeekday(w)
            }
            return DateExpression(range: i..<extendLocalTime(i + 2), value: value, isRelative: true)
        }
        if t.isCapitalized, let w = Vocabulary.weekdays[word], word.count >= 3,
           word.count > 3 || t.hasAbbreviationPeriod {
            if i + 1 < tokens.count, let e = monthDay(at: i + 1, from: i) { return e }
            let tense = self.tense(around: i)
            let value: CivilDate
            switch tense {
            case .future: value = nextWeekday(w, allowToday: true)
            case .past, .unknown: value = previousWeekday(w)
            }
            return DateExpression(range: i..<extendLocalTime(i + 1), value: value, isRelative: true)
        }
        return monthDay(at: i, from: i)
    }

    /// The words other than weekdays and months that `expression(at:)` reads as the start of a date.
    static let startWords: Set<String> = [
        "yesterday", "today", "tonight", "this", "earlier", "later", "tomorrow", "last", "next", "coming",
    ]

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// "10 days ago", "two days ago", "a week ago": that many days before publication.
    private func daysAgo(at i: Int) -> DateExpression? {
        let tokens = document.tokens
        guard i + 2 < tokens.count, tokens[i + 2].end - tokens[i + 2].start == 3, tokens[i + 2].lower == "ago" else { return nil }
        let count: Int?
        if tokens[i].kind == .number, tokens[i].characterCount <= 2 { count = Int(tokens[i].text) } else { count = Self.numberWords[tokens[i].lower] }
        guard let n = count, n > 0 else { return nil }
        let days: Int
        switch tokens[i + 1].lower {
        case "day", "days": days = n
        case "week", "weeks": days = 7 * n
        default: return nil
        }
        return DateExpression(range: i..<(i + 3), value: published.adding(days: -days), isRelative: true)
    }

    /// "Sept. 9", "April 16, 2020", "9 September": a month name with a day.
    private func monthDay(at i: Int, from start: Int) -> DateExpression? {
        let tokens = document.tokens
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        var month: Int?, day: Int?, year: Int?
        var end = i
        if t.isCapitalized, let m = Vocabulary.months[t.bareLower], t.bareLower != "may" || isDayNumber(i + 1),
           t.bareLower.count > 3 || t.hasAbbreviationPeriod || ["may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].contains(t.bareLower) {
            guard isDayNumber(i + 1) else { return nil }
            month = m
            day = Int(tokens[i + 1].text)
            end = i + 2
        } else if t.kind == .number, isDayNumber(i), i + 1 < tokens.count, tokens[i + 1].isCapitalized,
                  let m = Vocabulary.months[tokens[i + 1].bareLower] {
            day = Int(t.text)
            month = m
            end = i + 2
        } else {
            return nil
        }
        // ", 2020" or " 2020"
        var k = end
        if k < tokens.count, tokens[k].text == "," { k += 1 }
        if k < tokens.count, tokens[k].kind == .number, tokens[k].characterCount == 4, let y = Int(tokens[k].text),
           (1800...2200).contains(y) {
            year = y
            end = k + 1
        }
        guard let month, let day else { return nil }
        let value: CivilDate?
        if let year {
            value = CivilDate(year: year, month: month, day: day)
        } else {
            value = [published.year - 1, published.year, published.year + 1]
                .compactMap { CivilDate(year: $0, month: month, day: day) }
                .min { abs($0.daysSinceEpoch - published.daysSinceEpoch) < abs($1.daysSinceEpoch - published.daysSinceEpoch) }
        }
        guard let value else { return nil }
        return DateExpression(range: start..<end, value: value, isRelative: false)
    }

    private func isDayNumber(_ i: Int) -> Bool {
        let tokens = document.tokens
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].characterCount <= 2, let d = Int(tokens[i].text) else { return false }
        return d >= 1 && d <= 31
    }

    /// Includes a following "local time" / "(U.S. time)" in the expression.
    private func extendLocalTime(_ end: Int) -> Int {
        let tokens = document.tokens
        if end + 1 < tokens.count, tokens[end].lower == "local", tokens[end + 1].lower == "time" { return end + 2 }
        return end
    }

    // MARK: - Resolution

    /// The most recent `w` on or before publication.
    func previousWeekday(_ w: Int) -> CivilDate {
        published.adding(days: -((published.weekday - w + 7) % 7))
    }

    /// The next `w` after publication (publication day itself when `allowToday`).
    func nextWeekday(_ w: Int, allowToday: Bool) -> CivilDate {
        var delta = (w - published.weekday + 7) % 7
        if delta == 0 && !allowToday { delta = 7 }
        return published.adding(days: delta)
    }

    /// "last Wednesday": the Wednesday of the previous week (7 days back when published on a Wednesday).
    func lastWeekday(_ w: Int) -> CivilDate {
        let mondayThisWeek = published.adding(days: -(published.weekday - 1))
        return mondayThisWeek.adding(days: -7 + (w - 1))
    }

    /// "this Friday": that day of the publication's week.
    func thisWeekday(_ w: Int) -> CivilDate {
        published.adding(days: w - published.weekday)
    }

    /// The tense of the clause around token `i`: the nearest tense marker before it, else after it.
    func tense(around i: Int) -> Tense {
        let tokens = document.tokens
        let sentence = document.sentences[tokens[i].sentence].range
        var k = i - 1
        while k >= sentence.lowerBound {
            let t = tense(of: k)
            if t != .unknown { return t }
            if tokens[k].isQuote { break }
            k -= 1
        }
        k = i + 1
        while k < sentence.upperBound {
            let t = tense(of: k)
            if t != .unknown { return t }
            if tokens[k].isQuote { break }
            k += 1
        }
        return .unknown
    }

    func tense(of k: Int) -> Tense {
        // A journey told in the present with its day is scheduled: "the premier sets out Wednesday", "Kim leaves
        // for Tokyo Friday". (Without a day, "X arrives in Amman" reports as often as it announces.)
        let tokens = document.tokens, words = tenseWords
        if tokens[k].isWord, words.has(tokens[k], .journey), k > 0, !words.has(tokens[k - 1], .notBeforeJourney) {
            return .future
        }
        return Self.tense(of: tokens, at: k)
    }

    static let scheduledJourneys: Set<String> = ["sets", "leaves", "departs", "arrives", "flies", "travels", "heads", "returns"]

    /// The word lists `tense` reads, as flags of one word map (`Lexicon.tenseWords`): a token's word number is read
    /// once instead of each list hashing its text.
    struct TenseWord: OptionSet, Sendable {
        let rawValue: UInt16
        static let journey = TenseWord(rawValue: 1 << 0)           // scheduledJourneys
        static let notBeforeJourney = TenseWord(rawValue: 1 << 1)  // "does leave", "'s leaving"
        static let futureMarker = TenseWord(rawValue: 1 << 2)      // Vocabulary.futureMarkers
        static let set = TenseWord(rawValue: 1 << 3)
        static let to = TenseWord(rawValue: 1 << 4)
        static let verbAfterTo = TenseWord(rawValue: 1 << 5)       // "to meet"
        static let notBeforeTo = TenseWord(rawValue: 1 << 6)       // "due to", "used to", "according to"
        static let next = TenseWord(rawValue: 1 << 7)              // "next", "upcoming"
        static let scheduled = TenseWord(rawValue: 1 << 8)         // the present for what is scheduled
        static let notBeforeScheduled = TenseWord(rawValue: 1 << 9)
        static let irregularPast = TenseWord(rawValue: 1 << 10)    // Vocabulary.irregularPast
        static let notPastInEd = TenseWord(rawValue: 1 << 11)      // "need", "speed", ...

        static var lists: [(Set<String>, TenseWord)] {
            [(scheduledJourneys, .journey), (["does", "'s"], .notBeforeJourney), (Vocabulary.futureMarkers, .futureMarker),
             (["set"], .set), (["to"], .to),
             (["meet", "visit", "hold", "attend", "discuss", "sign", "travel", "fly"], .verbAfterTo),
             (["due", "used", "according"], .notBeforeTo), (["next", "upcoming"], .next),
             (["meet", "meets", "hold", "holds", "visit", "visits", "begin", "begins", "open", "opens", "resume", "resumes"],
              .scheduled),
             (["to", "did", "does", "do", "'s"], .notBeforeScheduled), (Vocabulary.irregularPast, .irregularPast),
             (["need", "speed", "proceed", "succeed", "exceed"], .notPastInEd)]
        }
    }

    static func tense(of tokens: [Token], at k: Int) -> Tense {
        guard tokens[k].isWord else { return .unknown }
        let words = Lexicon.shared.tenseWords
        let flags = words[tokens[k]] ?? []
        if flags.contains(.futureMarker) {
            // "set" and "would" are future only before "to"/a verb; keep it simple for "set to".
            if flags.contains(.set) { return k + 1 < tokens.count && words.has(tokens[k + 1], .to) ? .future : .unknown }
            return .future
        }
        if flags.contains(.to), k + 1 < tokens.count, words.has(tokens[k + 1], .verbAfterTo),
           k > 0, !words.has(tokens[k - 1], .notBeforeTo) {
            return .future
        }
        if flags.contains(.next) { return .future }
        // News uses the present for what is scheduled: "Netanyahu and Arafat meet separately Monday".
        if flags.contains(.scheduled), k > 0, !words.has(tokens[k - 1], .notBeforeScheduled) {
            return .future
        }
        if flags.contains(.irregularPast) { return .past }
        if !flags.contains(.notPastInEd), !tokens[k].isCapitalized, tokens[k].lower.hasSuffix("ed"), tokens[k].lower.count > 4 {
            return .past
        }
        return .unknown
    }
}
