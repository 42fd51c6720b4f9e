/// Finds named officials by their titles ("Vice Foreign Minister Choi Jong-kun",
/// "US. Deputy Secretary of State Stephen Biegun", "Vice FM Choi"), merges the
/// mentions of one person, and links every later mention (surname, title phrase) to them.
final class OfficialFinder {
    struct Person {
        var nameWords: [String]          // as written: ["Choi", "Jong-kun"]
        var title: Int?                  // index into Titles.all
        var titleText: String?           // as written: "Pentagon spokesman"
        var titleSpecificity = 0         // words in the title phrase that named it
        var country: String?
        /// The text itself gave the country (a demonym, "of Sweden", "North Korea's").
        var countryIsExplicit = false
        var organization: String?
        var aliases: [String] = []
        var firstToken: Int
        /// The name's words folded for matching ("choi", "jongkun"), and joined: computed once.
        let keys: [String]
        let joinedKey: String

        init(nameWords: [String], firstToken: Int) {
            self.nameWords = nameWords
            self.firstToken = firstToken
            keys = nameWords.map(OfficialFinder.fold)
            joinedKey = keys.joined()
        }

        var name: String { nameWords.joined(separator: " ") }
    }

    /// A reference to a person from the text.
    struct Reference {
        var range: Range<Int>
        var person: Int
    }

    let document: Document
    let defaultCountry: String?
    /// The year of publication, for the gazetteer of leaders.
    var year: Int?
    /// The home country of a national outlet (Yonhap: KR): its officials need no demonym.
    var sourceCountry: String?
    private let lexicon = Lexicon.shared

    private(set) var people: [Person] = []
    /// Person by joined name key, and multi-word people by their first or last name key: lookups that were
    /// scans of `people` (quadratic in a long text with many names).
    private var personByKey: [String: Int] = [:]
    private var peopleByEndKey: [String: [Int]] = [:]
    /// Token index -> person, for every token that names or describes a person.
    private(set) var personAt: TokenMap
    /// The titles as written of the officials found ("minister for foreign economic relations and trade").
    private(set) var titleRanges: [Range<Int>] = []
    private(set) var references: [Reference] = []

    init(document: Document, defaultCountry: String?) {
        self.document = document
        self.defaultCountry = defaultCountry
        personAt = TokenMap(count: document.tokens.count)
    }

    static func fold(_ s: String) -> String { NameKey.fold(s) }

    /// The name key of token `k`: an ASCII word of letters and digits alone is its own lower-cased text, so only
    /// words with hyphens, apostrophes, periods or other scripts are folded.
    private func key(ofToken k: Int) -> String {
        hasPlainKey(k) ? document.tokens[k].lower : Self.fold(document.tokens[k].text)
    }

    /// Whether token `k`'s key is its lower-cased word (ASCII without hyphens, periods or apostrophes), so that
    /// its word number stands for its key.
    private func hasPlainKey(_ k: Int) -> Bool {
        for i in document.tokens[k].start..<document.tokens[k].end {  // the token's fields, not a copy of it
            let b = document.bytes[i]
            if b >= 0x80 || b == 0x2D || b == 0x2E || b == 0x27 { return false }
        }
        return true
    }

    /// Whether token `k` is the first word of a leader's name (`Leaders.firstWords`), by word number when it can be.
    private func startsLeaderName(_ k: Int) -> Bool {
        hasPlainKey(k) ? lexicon.leaderFirstWords.contains(document.tokens[k])
            : Leaders.firstWords.contains(Self.fold(document.tokens[k].text))
    }

    /// Words that are capitalized but never part of a person's name.
    static let nonNameWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "on", "in", "at", "for", "to", "with", "by", "as", "but", "he", "she",
        "it", "they", "we", "i", "his", "her", "their", "this", "that", "these", "those", "when", "while", "after",
        "before", "last", "next", "said", "says", "asked", "told", "also", "mr", "mrs", "ms", "dr", "sir", "madam",
        "local", "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "sept", "sep", "oct", "nov", "dec", "aug", "ministry", "then", "now", "still", "department", "government",
        "office", "house", "party", "council", "committee", "agency", "news", "reuters", "yonhap", "xinhua", "afp", "ap",
        "agreement", "assembly", "treaty", "organization", "organisation", "union", "nations", "conference", "forum",
        "bank", "fund", "court", "army", "forces", "command", "accord", "pact", "summit", "talks", "group", "association",
        "officer", "officers", "executive", "yesterday", "today", "tomorrow", "tonight",
        "agreements", "treaties", "accords", "pacts", "conventions", "tariffs",
    ]

    // MARK: - Companies

    /// Titles that companies give too: with a company named next to them, and no country, they are a company's.
    static let titlesCompaniesShare: Set<String> = [
        "President", "Vice President", "Chairman", "Chief Executive", "Director", "Deputy Director", "Secretary",
        "Spokesman", "Leader", "Commissioner", "General Secretary", "Adviser", "aide", "Superintendent",
    ]
    /// Words that mark a company when capitalized: "Inc", "Corp", "Ltd" (without their period), "Company".
    static let companyWords: Set<String> = [
        "inc", "corp", "co", "ltd", "plc", "llc", "corporation", "company", "companies", "holdings", "bancorp",
        "incorporated", "limited", "gmbh", "ag", "nv", "bhd",
    ]

    /// A mention of a company's officer, or a company written as a name ("Mars Inc.", "General Motors Corp").
    private func isCorporate(_ m: Mention) -> Bool {
        let tokens = document.tokens
        if m.name.contains(where: { Self.companyWords.contains(tokens[$0].bareLower) })
            || (m.name.upperBound < tokens.count && Self.companyWords.contains(tokens[m.name.upperBound].bareLower)
                && tokens[m.name.upperBound].isCapitalized) {
            return true
        }
        guard m.country == nil, Self.titlesCompaniesShare.contains(lexicon.title(m.title).canonical),
              Leaders.lookup(name: nameWords(m.name).joined(separator: " "), year: year) == nil else { return false }
        let sentence = document.sentences[tokens[m.name.lowerBound].sentence].range
        let window = max(sentence.lowerBound, min(m.titleRange.lowerBound, m.name.lowerBound) - 6)
            ..< min(sentence.upperBound, max(m.titleRange.upperBound, m.name.upperBound) + 8)
        return window.contains { k in
            let w = tokens[k].lower, next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
            return Self.companyWords.contains(tokens[k].bareLower) && tokens[k].isCapitalized  // not "Chinese companies"
                || tokens[k].text == "<" || tokens[k].text == ">"  // a stock ticker: "Telequest Inc <TELQ.O>"
                // "chief executive officer", "executive vice president" ("managing director" is the IMF's too)
                || (w == "officer" && !m.name.contains(k)) || ((w == "executive" || w == "senior") && next == "vice")
        }
    }

    // MARK: - Finding

    /// A title-anchored mention: "South Korean Vice Foreign Minister Choi Jong-kun".
    struct Mention {
        var name: Range<Int>
        var title: Int
        var titleRange: Range<Int>      // the title as written, with its modifiers ("Pentagon spokesman")
        var titleText: String
        var country: String?
        var order: Int
    }

    func run() {
        let tokens = document.tokens
        let headlineIsCaps = isAllCapsHeadline()
        var mentions: [Mention] = []
        var mentionTokens = TokenSet(count: document.tokens.count)
        // Names told as the two sides of "between A and B" (first tokens), and the people whose country was guessed.
        var sides: [(Int, Int)] = []
        var guessed = Set<Int>()
        let titles = lexicon.titles  // read at every token: held here, not retained and released each time
        var i = 0
        while i < tokens.count {
            if headlineIsCaps, document.sentences[tokens[i].sentence].isHeadline { i += 1; continue }
            guard let (length, titleIndex) = titles.match(tokens, at: i) else { i += 1; continue }
            var titleEnd = i + length
            // "Secretary Treasury Robert Rubin": title words written after the title stay in it.
            while titleEnd + 1 < tokens.count, tokens[titleEnd].isCapitalized, titleWords.contains(tokens[titleEnd].lower),
                  tokens[titleEnd + 1].isCapitalized, tokens[titleEnd].sentence == tokens[i].sentence {
                titleEnd += 1
            }
            var names = coordinatedNames(from: titleEnd, plural: tokens[i + length - 1].lower.hasSuffix("s")
                                         && !lexicon.title(titleIndex).forms.contains(tokens[i + length - 1].lower))
            // "Chairman of the Expediency Council Akbar Hashemi Rafsanjani": the body named after the
            // title, up to its last word (Council, Committee, Party, ...), then the name.
            if names.isEmpty, titleEnd + 2 < tokens.count, tokens[titleEnd].lower == "of" {
                var e = titleEnd + 1
                if tokens[e].lower == "the" { e += 1 }
                var bodyEnd: Int?
                // "Assistant Secretary of Commerce Michael Gallagher": a portfolio is the whole body.
                if e < tokens.count, tokens[e].isCapitalized, Self.portfolioWords.contains(tokens[e].lower) { bodyEnd = e + 1 }
                while e < tokens.count, e - titleEnd <= 7, tokens[e].isCapitalized || tokens[e].lower == "of",
                      tokens[e].sentence == tokens[i].sentence {
                    if Self.bodyEndWords.contains(tokens[e].lower) { bodyEnd = e + 1 }
                    e += 1
                }
                if let bodyEnd {
                    var name = nameRange(from: bodyEnd)
                    // "the Under Secretary of Commerce, Bruce Smart.": the name set off by a comma.
                    if name.count < 2, bodyEnd + 1 < tokens.count, tokens[bodyEnd].text == "," {
                        let after = nameRange(from: bodyEnd + 1)
                        if after.count >= 2, after.upperBound < tokens.count, Self.setOffNameEnds.contains(tokens[after.upperBound].lower) {
                            name = after
                        }
                    }
                    if name.count >= 2 {
                        names = [name]
                        titleEnd = bodyEnd
                    }
                }
            }
            // "The U.S. ambassador to Poland, Dan Fried, who ...": the title's complement runs to the comma.
            if names.isEmpty, titleEnd + 4 < tokens.count, ["to", "of", "in", "at"].contains(tokens[titleEnd].lower),
               document.tokens[i].sentence == tokens[titleEnd].sentence {
                var e = titleEnd + 1
                while e < tokens.count, e - titleEnd <= 6, tokens[e].isWord, tokens[e].sentence == tokens[i].sentence,
                      tokens[e].isCapitalized || ["the", "of", "for", "and"].contains(tokens[e].lower) { e += 1 }
                if e > titleEnd + 1, e + 2 < tokens.count, tokens[e].text == "," {
                    let name = nameRange(from: e + 1)
                    // "the first US ambassador to Hanoi, Douglas Peterson, ..." (or "... Douglas Peterson later this week")
                    if name.count >= 2, name.upperBound < tokens.count,
                       Self.setOffNameEnds.contains(tokens[name.upperBound].lower)
                        || Self.setOffNameVerbs.contains(tokens[name.upperBound].lower) {
                        names = [name]
                        titleEnd = e
                    }
                }
            }
            // "The Czech foreign minister, Jan Kavan, who ...": the name set off by commas.
            if names.isEmpty, titleEnd + 3 < tokens.count, tokens[titleEnd].text == "," {
                let name = nameRange(from: titleEnd + 1)
                if name.count >= 2, name.upperBound < tokens.count, Self.setOffNameEnds.contains(tokens[name.upperBound].lower) {
                    names = [name]
                }
            }
            guard !names.isEmpty else { i += length; continue }
            let (extensionStart, orgCountry) = titleExtension(before: i, names: mentionTokens)
            let titleRange = extensionStart..<titleEnd
            let before = countryBefore(extensionStart) ?? orgCountry
            // "South Korean President Chun Doo-hwan and Trade Minister Rha Woong Bae": the second title
            // shares the first one's country.
            var inherited: String?
            // (Not "talks between U.S. Secretary of State Shultz and Foreign Minister Kuranari": two sides.)
            if before == nil, extensionStart >= 2, tokens[extensionStart - 1].lower == "and",
               let previous = mentions.last, previous.name.upperBound == extensionStart - 1 {
                if (max(0, previous.titleRange.lowerBound - 3)..<previous.titleRange.lowerBound).contains(where: { tokens[$0].lower == "between" }) {
                    if let first = names.first { sides.append((previous.name.lowerBound, first.lowerBound)) }
                } else {
                    inherited = previous.country
                }
            }
            for (n, name) in names.enumerated() {
                let country = countryAfter(name.upperBound) ?? (n == 0 ? before : nil) ?? before ?? inherited
                mentions.append(Mention(name: name, title: titleIndex, titleRange: titleRange,
                                        titleText: titleText(titleRange, entry: titleIndex, plural: names.count > 1,
                                                             head: i..<(i + length)),
                                        country: country, order: mentions.count))
            }
            for name in names { mentionTokens.formUnion(name) }
            i = names.last!.upperBound
        }
        mentions += counterpartMentions(existing: mentions)
        mentions += appositiveMentions(existing: mentions)
        // "Telequest Inc president Henry Marcheschi": a company's officer is no official; nor is "General Motors"
        // once "General Motors Corp" has shown it a company.
        let corporate = mentions.map(isCorporate)
        if corporate.contains(true) {
            let companyNames = Set(zip(mentions, corporate).filter(\.1).flatMap { m, _ in m.name.map { Self.fold(tokens[$0].text) } })
            mentions = zip(mentions, corporate).filter { m, isCompany in
                !isCompany && !(m.name.count == 1 && companyNames.contains(Self.fold(tokens[m.name.lowerBound].text)))
            }.map(\.0)
        }
        // Multi-word names first, so a surname-only mention finds its full name.
        let ordered = mentions.sorted { a, b in
            let la = a.name.count > 1, lb = b.name.count > 1
            return la != lb ? la : a.order < b.order
        }
        for m in ordered {
            let words = nameWords(m.name)
            let p = person(for: words, firstToken: m.name.lowerBound, title: m.title)
            let specificity = m.titleRange.count * 10 + m.titleText.count
            if people[p].title == nil || specificity > people[p].titleSpecificity {
                people[p].title = m.title
                people[p].titleText = m.titleText
                people[p].titleSpecificity = specificity
            }
            if people[p].country == nil, let c = m.country { people[p].country = c; people[p].countryIsExplicit = true }
            if words.count < people[p].nameWords.count || people[p].nameWords != words {
                let alias = document.text(tokens: min(m.titleRange.lowerBound, m.name.lowerBound)..<max(m.name.upperBound, m.titleRange.lowerBound))
                if m.titleRange.upperBound <= m.name.lowerBound { addAlias(alias, to: p) }
                addAlias(words.joined(separator: " "), to: p)
            }
            for k in m.name { personAt[k] = p }
            references.append(Reference(range: m.name, person: p))
            titleRanges.append(m.titleRange)
            people[p].firstToken = min(people[p].firstToken, m.titleRange.lowerBound, m.name.lowerBound)
        }
        addUntitledLeaders()
        for p in people.indices where !people[p].countryIsExplicit {
            // A known leader's government, else the title's, else a place the sentence puts them in,
            // else the story's home country.
            let titled = (people[p].titleText ?? "") + " " + people[p].name
            if let leader = Leaders.byName[NameKey.fold(titled)] != nil ? Leaders.lookup(name: titled, year: year)
                : Leaders.lookup(name: people[p].name, year: year) {
                people[p].country = leader.country
                people[p].organization = leader.organization
            } else if people[p].country == nil {
                people[p].country = people[p].title.flatMap { lexicon.title($0).impliedCountry }
                    ?? sourceCountry ?? placeCountry(near: people[p].firstToken) ?? defaultCountry
                guessed.insert(p)
            }
        }
        // "talks between U.S. Secretary of State Shultz and Foreign Minister Kuranari" in a story from Tokyo: the
        // second side is not the first's country when the guess gave it that; the story's own country is.
        for (a, b) in sides {
            guard let pa = personAt[a], let pb = personAt[b], pa != pb, guessed.contains(pb),
                  people[pb].country == people[pa].country, let home = defaultCountry, home != people[pa].country else { continue }
            people[pb].country = home
        }
        addHonorificPartners()
        linkNameMentions()
        linkDescriptions()
        references.sort { $0.range.lowerBound < $1.range.lowerBound }
        // People in order of first mention.
        let order = people.indices.sorted { (people[$0].firstToken, $0) < (people[$1].firstToken, $1) }
        var remap = [Int](repeating: 0, count: people.count)
        for (new, old) in order.enumerated() { remap[old] = new }
        people = order.map { people[$0] }
        personByKey = personByKey.mapValues { remap[$0] }
        peopleByEndKey = peopleByEndKey.mapValues { $0.map { remap[$0] } }
        personAt.remap { remap[$0] }
        references = references.map { Reference(range: $0.range, person: remap[$0.person]) }
    }

    /// Every word that occurs in a title form ("treasury", "state", "foreign").
    private var titleWords: Set<String> { Self.allTitleWords }
    private static let allTitleWords: Set<String> = Set(Titles.all.flatMap { $0.forms.flatMap { PhraseMatcher<Int>.words(of: $0) } })

    /// Lower-case words that belong to a title written before its head ("acting mayor", "chief Cabinet secretary").
    static let titleModifiers: Set<String> = [
        "acting", "former", "deputy", "chief", "senior", "top", "assistant", "vice", "first", "special", "interim",
        "outgoing", "incoming", "central", "bank", "peace", "trade", "foreign", "defense", "defence", "finance",
        "economic", "nuclear", "presidential", "party", "cabinet", "state", "ministry", "affairs", "security",
        "national", "supreme", "prime", "executive", "general", "military", "army", "navy", "opposition",
    ]

    /// Last words of a body's name: "the Expediency Council", "the Communist Party".
    static let bodyEndWords: Set<String> = [
        "council", "committee", "party", "assembly", "bank", "board", "commission", "congress", "ministry", "department",
        "agency", "organization", "organisation", "union", "authority", "office", "court", "senate", "parliament",
        "cabinet", "forces", "staff", "federation", "front", "movement", "secretariat", "government",
        // "Undersecretary of Foreign Affairs Zosimo Paredes", "Secretary of Foreign Relations ..."
        "affairs", "relations",
    ]

    /// What may follow a name set off by a comma after its title ("the foreign minister, Jan Kavan, who ...").
    static let setOffNameEnds: Set<String> = [",", ".", "who", "said", "says", "told"]
    /// Verbs that may follow it too after a title's complement ("the ambassador to Hanoi, X later ...").
    static let setOffNameVerbs: Set<String> = ["later", "will", "would", "has", "had", "is", "was"]

    /// A government's portfolios, each a body on its own after a title: "Under Secretary of Commerce".
    static let portfolioWords: Set<String> = [
        "commerce", "state", "defense", "defence", "agriculture", "energy", "treasury", "labor", "labour", "health",
        "education", "transportation", "transport", "interior", "justice", "finance", "trade", "industry",
    ]

    /// Words that name a body in a title: "Bank of Japan Governor", "Trade and Industry Secretary".
    static let organizationWords: Set<String> = ["bank", "ministry", "department", "office", "council", "committee",
                                                 "agency", "board", "commission", "party", "house", "industry", "trade"]

    /// Modifiers written before a title: "Pentagon spokesman", "Federal Reserve Board Chairman",
    /// "former Bank of Japan Governor". Stops at a country word, which names the country instead.
    private func titleExtension(before index: Int, names: TokenSet) -> (Int, String?) {
        let tokens = document.tokens
        let floor = document.sentences[tokens[index].sentence].range.lowerBound
        var start = index
        var country: String?
        while start > floor, index - start < 4 {
            let t = tokens[start - 1]
            guard t.isWord, personAt[start - 1] == nil, !names.contains(start - 1) else { break }
            let w = t.lower
            // A sentence that opens with a verb: "Replied State Department deputy spokesman ...".
            if start - 1 == floor, w.hasSuffix("ed") || w.hasSuffix("ly") || Vocabulary.reportingVerbs.contains(w) { break }
            if lexicon.country(at: start - 1, in: tokens) != nil || lexicon.placeWords.contains(w) && t.isCapitalized
                && lexicon.capitals.match(tokens, at: start - 1) == nil { break }
            if Vocabulary.weekdays[t.bareLower] != nil || Vocabulary.months[t.bareLower] != nil { break }
            if t.isCapitalized {
                if start - 1 == floor && ["the", "a", "an", "but", "and", "when", "after", "while", "as", "in", "on", "both",
                                          "also", "then", "meanwhile", "earlier", "later", "however", "former"].contains(w) {
                    if w == "former" { start -= 1 }
                    break
                }
                if Self.nonNameWords.contains(w) && !["ministry", "department", "office", "house", "party", "council",
                                                       "committee", "agency"].contains(w) { break }
                start -= 1
            } else if Self.titleModifiers.contains(w) {
                start -= 1
            } else if (w == "and" || w == "of"), start - 2 >= floor, tokens[start - 2].isCapitalized,
                      titleWords.contains(tokens[start - 2].lower) || Self.organizationWords.contains(tokens[start - 2].lower),
                      tokens[start].isCapitalized {
                start -= 1
            } else {
                break
            }
        }
        // Do not end on a connective.
        while start < index, ["and", "of"].contains(tokens[start].lower) { start += 1 }
        // A body that names its country: "Pentagon spokesman", "State Department deputy spokesman".
        for k in start..<index {
            if let m = lexicon.organizations.match(tokens, at: k, limit: index) { country = m.value; break }
        }
        return (start, country)
    }

    /// The title as written, or the full form of an abbreviation ("Vice FM" -> "Vice Foreign Minister").
    private func titleText(_ range: Range<Int>, entry: Int, plural: Bool, head: Range<Int>? = nil) -> String {
        let tokens = document.tokens
        let abbreviated = (head ?? range).contains { k in
            let t = tokens[k].text
            return (t.count <= 3 && t == t.uppercased() && t.first?.isLetter == true && lexicon.country(at: k, in: tokens) == nil)
                || (tokens[k].hasAbbreviationPeriod && t.count <= 5)
        }
        if abbreviated { return lexicon.title(entry).canonical }
        var r = range
        // "UN secretary general", "WTO spokesman": the body's initials are not part of the title.
        while r.count > 1, let t = Optional(tokens[r.lowerBound]), t.characterCount >= 2, t.characterCount <= 5,
              t.isUpperCased, t.text.allSatisfy({ $0.isLetter || $0 == "." }) {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        var text = document.text(tokens: r)
        // "former U.S. President": the country word goes, "former" stays.
        var k = range.lowerBound
        while k > 0, tokens[k - 1].kind == .stray || lexicon.country(at: k - 1, in: tokens) != nil
                || (k >= 2 && lexicon.country(at: k - 2, in: tokens)?.length == 2) {
            k -= 1
            if k < range.lowerBound - 4 { break }
        }
        if k > 0, k < range.lowerBound, ["former", "late", "then"].contains(tokens[k - 1].lower),
           tokens[k - 1].sentence == tokens[range.lowerBound].sentence {
            text = tokens[k - 1].lower + " " + text
        }
        if plural, text.hasSuffix("s") { text.removeLast() }
        return text
    }

    /// The words of a name, a broken hyphen rejoined: ["Ban", "Ki-moon"].
    private func nameWords(_ range: Range<Int>) -> [String] {
        var words: [String] = []
        var glue = false
        for t in document.tokens[range] {
            if t.text == "-" { if !words.isEmpty { words[words.count - 1] += "-" }; glue = true; continue }
            if glue, !words.isEmpty { words[words.count - 1] += t.text } else { words.append(t.text) }
            glue = false
        }
        return words
    }

    private func isAllCapsHeadline() -> Bool {
        guard let first = document.sentences.first, first.isHeadline else { return false }
        let words = document.tokens[first.range].filter(\.isWord)
        return !words.isEmpty && words.allSatisfy { $0.text == $0.text.uppercased() }
    }

    /// Lower-case particles inside names: "Daniel arap Moi", "Osama bin Laden".
    static let nameParticles: Set<String> = ["arap", "bin", "ibn", "al", "el", "de", "van", "von", "da", "di", "la", "le", "du",
                                             "dos", "del", "der", "ter", "den", "y"]

    /// Capitalized words after a title that form a name: at most five, with initials,
    /// particles and suffixes ("James A. Baker III", "Daniel arap Moi").
    private func nameRange(from start: Int) -> Range<Int> {
        let tokens = document.tokens
        guard start < tokens.count else { return start..<start }
        let sentence = tokens[start].sentence
        var k = start
        while k < tokens.count, k - start < 5, tokens[k].sentence == sentence {
            guard tokens[k].isWord else { break }
            let isInitial = tokens[k].hasAbbreviationPeriod && tokens[k].characterCount == 2 && k > start
            let isParticle = k > start && !tokens[k].isCapitalized && Self.nameParticles.contains(tokens[k].text) && k + 1 < tokens.count
                && tokens[k + 1].isCapitalized
            if isInitial || isParticle { k += 1; continue }
            // "Jan Kavan", "June Smith": a month word followed by a capitalized name is a first name ("Jan. 5" is not).
            let monthAsName = lexicon.months.bare(tokens[k]) != nil && !tokens[k].hasAbbreviationPeriod && k + 1 < tokens.count
                && tokens[k + 1].isWord && tokens[k + 1].isCapitalized && tokens[k + 1].sentence == sentence
                && lexicon.months.bare(tokens[k + 1]) == nil && !lexicon.nonNameWords.containsBare(tokens[k + 1])
            guard tokens[k].isCapitalized, !lexicon.nonNameWords.containsBare(tokens[k]) || monthAsName || (k > start && ["jr", "sr"].contains(tokens[k].bareLower)),
                  !tokens[k].isUpperCased || tokens[k].characterCount > 1 || k > start,
                  !(k == start && lexicon.country(at: k, in: tokens) != nil),
                  lexicon.titles.match(tokens, at: k) == nil || k > start
            else { break }
            if k > start, lexicon.country(at: k, in: tokens) != nil, lexicon.placeWords.contains(tokens[k].lower) { break }
            // An all-capitals word is a dateline or a headline, not a name, unless a written name follows
            // it ("CHOI Jong-kun", family names in capitals).
            if tokens[k].characterCount > 3, tokens[k].isUpperCased, tokens[k].text.contains(where: { $0.isLetter }),
               !(k + 1 < tokens.count && tokens[k + 1].isCapitalized && !tokens[k + 1].isUpperCased
                 && tokens[k + 1].sentence == sentence) { break }
            k += 1
            // "Ban Ki- moon": a name broken after its hyphen.
            if k + 1 < tokens.count, tokens[k].text == "-", tokens[k].start == tokens[k - 1].end, tokens[k + 1].isWord,
               !tokens[k + 1].isCapitalized, tokens[k + 1].sentence == sentence, tokens[k + 1].characterCount <= 6 {
                k += 2
            }
        }
        // A name does not end on a particle or initial alone.
        while k > start, !tokens[k - 1].isCapitalized, Self.nameParticles.contains(tokens[k - 1].text) { k -= 1 }
        if k - start == 1, tokens[start].hasAbbreviationPeriod { return start..<start }
        if k - start == 1, tokens[start].characterCount == 1 { return start..<start }
        return start..<k
    }

    /// One name, or several after a plural title: "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia".
    private func coordinatedNames(from start: Int, plural: Bool) -> [Range<Int>] {
        let tokens = document.tokens
        let first = nameRange(from: start)
        guard !first.isEmpty else { return [] }
        guard plural else { return [first] }
        var names = [first]
        var k = first.upperBound
        while k < tokens.count {
            if tokens[k].lower == "of", k + 1 < tokens.count, let c = lexicon.countryNames.match(tokens, at: k + 1) {
                k += 1 + c.length
            }
            guard k < tokens.count, tokens[k].lower == "and" || tokens[k].text == "," else { break }
            let next = nameRange(from: k + 1)
            guard !next.isEmpty else { break }
            names.append(next)
            k = next.upperBound
        }
        return names
    }

    /// Which tokens `mentions` name, marked once: asking every mention at every token is quadratic in a long text.
    private static func namedTokens(_ mentions: [Mention], count: Int) -> [Bool] {
        var named = [Bool](repeating: false, count: count)
        for mention in mentions { for t in mention.name where t < count { named[t] = true } }
        return named
    }

    /// "his Albanian counterpart Bashkim Fino", "his Russian counterpart, Sergei Lavrov": the same title
    /// as the person whose counterpart it is, and the country of the demonym.
    private func counterpartMentions(existing: [Mention]) -> [Mention] {
        let tokens = document.tokens
        let named = Self.namedTokens(existing, count: tokens.count)
        var found: [Mention] = []
        for k in tokens.indices where lexicon.counterpartWords.contains(tokens[k]) {
            var n = k + 1
            if n < tokens.count, tokens[n].text == "," { n += 1 }
            let name = nameRange(from: n)
            guard !name.isEmpty, !name.contains(where: { named[$0] }) else { continue }
            // The longest country phrase ending right before "counterpart": "North Korean", not "Korean".
            var country: String?
            for b in max(0, k - 3)..<k {
                if let c = lexicon.country(at: b, in: tokens), c.length == k - b { country = c.code; break }
            }
            // The title of the nearest titled person before, in the same sentence.
            let sentence = tokens[k].sentence
            guard let owner = existing.last(where: { $0.name.upperBound <= k && tokens[$0.name.lowerBound].sentence == sentence })
            else { continue }
            found.append(Mention(name: name, title: owner.title, titleRange: k..<(k + 1),
                                 titleText: lexicon.title(owner.title).canonical == owner.titleText ? owner.titleText
                                     : document.text(tokens: owner.titleRange),
                                 country: country, order: existing.count + found.count))
        }
        return found
    }

    /// "Kim Kye-Gwan, North Korea's envoy," / "Bronislaw Geremek, the foreign minister of Poland,".
    private func appositiveMentions(existing: [Mention]) -> [Mention] {
        let tokens = document.tokens
        var found: [Mention] = []
        let named = Self.namedTokens(existing, count: tokens.count)
        var k = 0
        while k < tokens.count {
            guard tokens[k].isCapitalized, personAt[k] == nil, !named[k],
                  k == 0 || !tokens[k - 1].isCapitalized || tokens[k - 1].sentence != tokens[k].sentence
            else { k += 1; continue }
            let name = nameRange(from: k)
            guard name.count >= 2, name.upperBound + 2 < tokens.count, tokens[name.upperBound].text == "," else {
                k += max(1, name.count)
                continue
            }
            var t = name.upperBound + 1
            // "Lech Walesa, who was then the president of Poland"
            if t + 2 < tokens.count, tokens[t].lower == "who", ["is", "was"].contains(tokens[t + 1].lower) {
                t += 2
                if ["then", "now", "currently", "also"].contains(tokens[t].lower) { t += 1 }
            }
            if t < tokens.count, ["the", "a", "an"].contains(tokens[t].lower) { t += 1 }
            var country: String?
            var titleHit: (length: Int, value: Int)?
            var extensionEnd = t
            // [the] [former] [Austrian|North Korea's] [modifiers] TITLE
            while extensionEnd < tokens.count, extensionEnd - t < 6, tokens[extensionEnd].sentence == tokens[k].sentence {
                if let hit = lexicon.titles.match(tokens, at: extensionEnd) { titleHit = hit; break }
                if let c = lexicon.country(at: extensionEnd, in: tokens) {
                    country = c.code
                    extensionEnd += c.length
                    if extensionEnd < tokens.count, tokens[extensionEnd].lower == "'s" { extensionEnd += 1 }
                    continue
                }
                let w = tokens[extensionEnd].lower
                guard Self.titleModifiers.contains(w) || (tokens[extensionEnd].isCapitalized && !Self.nonNameWords.contains(w)) else { break }
                extensionEnd += 1
            }
            if let c = country, t < extensionEnd, lexicon.country(at: t, in: tokens)?.code == c {
                // The title as written starts after the country word.
                var skip = t
                while skip < extensionEnd, lexicon.country(at: skip, in: tokens) == nil { skip += 1 }
                if let m = lexicon.country(at: skip, in: tokens) { t = skip + m.length }
                if t < tokens.count, tokens[t].lower == "'s" { t += 1 }
            }
            guard let hit = titleHit, extensionEnd < tokens.count else { k = name.upperBound; continue }
            var titleEnd = extensionEnd + hit.length
            // "minister for foreign economic relations and trade", up to the comma; not "of Poland".
            if titleEnd < tokens.count, ["for", "of"].contains(tokens[titleEnd].lower),
               titleEnd + 1 < tokens.count, lexicon.countryNames.match(tokens, at: titleEnd + 1) == nil {
                var e = titleEnd + 1
                while e < tokens.count, e - titleEnd <= 8, tokens[e].isWord, tokens[e].sentence == tokens[k].sentence,
                      !["who", "which", "said", "told", "says"].contains(tokens[e].lower) { e += 1 }
                if e < tokens.count, tokens[e].text == "," || tokens[e].text == "." { titleEnd = e }
            }
            let titleRange = t..<titleEnd
            var after = titleRange.upperBound
            if country == nil, after + 1 < tokens.count, tokens[after].lower == "of",
               let c = lexicon.countryNames.match(tokens, at: after + 1) {
                country = c.value
                after += 1 + c.length
            }
            found.append(Mention(name: name, title: hit.value, titleRange: titleRange,
                                 titleText: titleText(titleRange, entry: hit.value, plural: false), country: country,
                                 order: existing.count + found.count))
            k = after
        }
        return found
    }

    /// "In Seoul, he will meet Trade Minister Rha Woong Bae": the country of a city named with
    /// in/at in the person's first sentence.
    private func placeCountry(near token: Int) -> String? {
        let tokens = document.tokens
        guard token < tokens.count else { return nil }
        let range = document.sentences[tokens[token].sentence].range
        for k in range where ["in", "at"].contains(tokens[k].lower) && k + 1 < range.upperBound {
            // A capital, or any city that opens the sentence ("In Hong Kong, ..."): a city like Geneva
            // named later hosts everyone's talks.
            if let m = lexicon.capitals.match(tokens, at: k + 1), tokens[k + 1].isCapitalized,
               k == range.lowerBound || Countries.all.contains(where: {
                   $0.code == m.value && $0.capitals.contains(document.text(tokens: (k + 1)..<(k + 1 + m.length)))
               }) {
                return m.value
            }
        }
        return nil
    }

    /// Leaders named in full without a title ("Saddam Hussein", "Slobodan Milosevic").
    private func addUntitledLeaders() {
        let tokens = document.tokens
        var k = 0
        while k < tokens.count {
            guard tokens[k].isCapitalized, personAt[k] == nil, k == 0 || !tokens[k - 1].isCapitalized,
                  startsLeaderName(k) else { k += 1; continue }
            var matched = false
            for length in stride(from: 4, through: 2, by: -1) where k + length <= tokens.count {
                let range = k..<(k + length)
                guard range.allSatisfy({ tokens[$0].isWord && personAt[$0] == nil && tokens[$0].sentence == tokens[k].sentence })
                else { continue }
                let words = nameWords(range)
                guard let leader = Leaders.lookup(name: words.joined(separator: " "), year: year),
                      Leaders.byName[NameKey.fold(words.joined(separator: " "))] != nil else { continue }
                let p = person(for: words, firstToken: k)
                if people[p].country == nil {
                    people[p].country = leader.country
                    people[p].organization = leader.organization
                }
                for t in range { personAt[t] = p }
                references.append(Reference(range: range, person: p))
                k += length
                matched = true
                break
            }
            if !matched { k += 1 }
        }
    }

    /// "President Mobutu and Mr. Kabila have agreed to talks": a name given only with an honorific, coordinated
    /// with an official's, is the other side of the official's dealings. No title and no country are known for it
    /// (so it comes after the countries are settled).
    private func addHonorificPartners() {
        let tokens = document.tokens
        for k in tokens.indices where tokens[k].isWord && tokens[k].hasAbbreviationPeriod
            && ["mr", "mrs", "ms"].contains(tokens[k].bareLower) {
            let first = k + 1
            guard first < tokens.count, tokens[first].isWord, tokens[first].isCapitalized, personAt[first] == nil,
                  tokens[first].sentence == tokens[k].sentence, !document.sentences[tokens[k].sentence].isHeadline else { continue }
            var end = first + 1
            while end < tokens.count, end - first < 3, tokens[end].isWord, tokens[end].isCapitalized, personAt[end] == nil,
                  tokens[end].sentence == tokens[k].sentence {
                end += 1
            }
            let officialBefore = k >= 2 && tokens[k - 1].lower == "and" && personAt[k - 2] != nil
            let officialAfter = end + 1 < tokens.count && tokens[end].lower == "and" && personAt[end + 1] != nil
            guard officialBefore || officialAfter else { continue }
            let p = person(for: nameWords(first..<end), firstToken: k)
            for t in first..<end { personAt[t] = p }
            references.append(Reference(range: first..<end, person: p))
            addAlias(document.text(tokens: k..<end), to: p)
        }
    }

    /// The country named right before a title: "US", "U.S.", "South Korean", "North Korea's".
    private func countryBefore(_ index: Int) -> String? {
        let tokens = document.tokens
        let floor = document.sentences[tokens[index].sentence].range.lowerBound
        var end = index
        while end > floor, tokens[end - 1].kind == .stray { end -= 1 }
        if end - 2 >= floor, tokens[end - 1].lower == "'s" {
            end -= 1
        }
        // Try phrases of up to four words ending at `end`.
        for length in stride(from: min(4, end - floor), through: 1, by: -1) {
            let start = end - length
            if let match = lexicon.country(at: start, in: tokens), match.length == length { return match.code }
            if let match = lexicon.capitals.match(tokens, at: start), match.length == length,
               tokens[start].isCapitalized { return match.value }
        }
        return nil
    }

    /// "Presidents Leonid Kuchma of Ukraine", "Anna Lindqvist of Sweden".
    private func countryAfter(_ index: Int) -> String? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, tokens[index].lower == "of",
              let match = lexicon.countryNames.match(tokens, at: index + 1) else { return nil }
        return match.value
    }

    private func person(for words: [String], firstToken: Int, title: Int? = nil) -> Int {
        let person = Person(nameWords: words, firstToken: firstToken)
        if let p = personByKey[person.joinedKey] { return p }
        if person.keys.count == 1, let candidates = peopleByEndKey[person.keys[0]] {
            if candidates.count == 1 { return candidates[0] }
            // "President Mobutu" with "Mobutu Sese Seko" (President) and "Nzanga Mobutu" (spokesman): the one
            // with that title.
            if let title, case let titled = candidates.filter({ people[$0].title == title }), titled.count == 1 {
                return titled[0]
            }
        }
        let p = people.count
        people.append(person)
        personByKey[person.joinedKey] = p
        if person.keys.count > 1 {
            for key in Set([person.keys[0], person.keys[person.keys.count - 1]]) { peopleByEndKey[key, default: []].append(p) }
        }
        return p
    }

    private func addAlias(_ alias: String, to p: Int) {
        let key = Self.fold(alias)
        guard key != people[p].joinedKey, !people[p].aliases.contains(where: { Self.fold($0) == key }) else { return }
        people[p].aliases.append(alias)
    }

    // MARK: - Linking later mentions

    /// Full names and surnames written without a title.
    private func linkNameMentions() {
        let tokens = document.tokens
        // What a name word may stand for: the person it names alone (unless two people share it), and the people
        // whose full names start with it. One table, so a capitalized token's key is hashed once (a list searched
        // per token was quadratic in a text of many people).
        struct NameWord {
            var person: Int?
            var ambiguous = false
            var fullNames: [Int] = []
        }
        var nameWords: [String: NameWord] = [:]
        func note(_ key: String, _ p: Int) {
            if let q = nameWords[key]?.person, q != p { nameWords[key]!.ambiguous = true } else { nameWords[key, default: NameWord()].person = p }
        }
        for (p, person) in people.enumerated() where person.nameWords.count > 1 {
            note(person.keys.first!, p)
            note(person.keys.last!, p)
        }
        for (p, person) in people.enumerated() where person.nameWords.count == 1 { note(person.keys[0], p) }
        for (p, person) in people.enumerated() where person.keys.count > 1 { nameWords[person.keys[0], default: NameWord()].fullNames.append(p) }
        var i = 0
        while i < tokens.count {
            if personAt[i] != nil || !tokens[i].isCapitalized { i += 1; continue }
            guard let entry = nameWords[key(ofToken: i)] else { i += 1; continue }
            // A full name.
            var matched = false
            for p in entry.fullNames {
                let keys = people[p].keys
                let n = keys.count
                guard i + n <= tokens.count else { continue }
                if (1..<n).allSatisfy({ self.key(ofToken: i + $0) == keys[$0] }) {
                    for k in i..<(i + n) { personAt[k] = p }
                    references.append(Reference(range: i..<(i + n), person: p))
                    people[p].firstToken = min(people[p].firstToken, i)
                    i += n
                    matched = true
                    break
                }
            }
            if matched { continue }
            guard let p = entry.person, !entry.ambiguous else { i += 1; continue }
            let partOfLongerName = (i + 1 < tokens.count && tokens[i + 1].isCapitalized && tokens[i + 1].isWord
                                    && !lexicon.nonNameWords.containsBare(tokens[i + 1]))
            if !partOfLongerName {
                personAt[i] = p
                references.append(Reference(range: i..<(i + 1), person: p))
                people[p].firstToken = min(people[p].firstToken, i)
                if people[p].nameWords.count > 1 { addAlias(tokens[i].text, to: p) }
            }
            i += 1
        }
    }

    /// Definite descriptions: "the vice minister" names the one official whose title has those words.
    private func linkDescriptions() {
        let tokens = document.tokens
        // The words of each person's titles, tokenized once.
        let titleWords: [Set<String>] = people.map { person in
            guard let t = person.title else { return [] }
            return Set(PhraseMatcher<Int>.words(of: lexicon.title(t).canonical) + PhraseMatcher<Int>.words(of: person.titleText ?? ""))
        }
        var descriptionCandidates: [String: [Int]] = [:]
        var i = 0
        while i < tokens.count {
            // "the Iraqi president", or a demonym opening the sentence: "Singaporean President will also ...".
            let opensWithDemonym = tokens[i].isCapitalized && i == document.sentences[tokens[i].sentence].range.lowerBound
                && lexicon.demonyms.match(tokens, at: i) != nil && personAt[i] == nil
            let isThe = tokens[i].word == lexicon.theWord
            guard isThe || opensWithDemonym else { i += 1; continue }
            var k = isThe ? i + 1 : i
            // "the Iraqi president": a demonym narrows the candidates to that country.
            var country: String?
            if let c = lexicon.demonyms.match(tokens, at: k) ?? lexicon.countryNames.match(tokens, at: k).map({ ($0.length, $0.value) }) {
                country = c.value
                k += c.length
                if k < tokens.count, tokens[k].lower == "'s" { k += 1 }
            }
            // Up to a description's head ("the vice minister"), read by word number: most "the" open none.
            let wordsStart = k
            var head = false
            while k < tokens.count, k - i <= 4, tokens[k].isWord, !tokens[k].isCapitalized || lexicon.titles.match(tokens, at: k) != nil {
                k += 1
                if lexicon.descriptionHeads.contains(tokens[k - 1]) { head = true; break }
            }
            guard head, tokens[k - 1].lower != "counterpart" else { i += 1; continue }
            let words = tokens[wordsStart..<k].map(\.lower)
            // A title followed by a name is that name's title, not a description ("Singaporean President S R Nathan").
            if k < tokens.count, tokens[k].isCapitalized, personAt[k] != nil { i = k; continue }
            let wanted = Set(words.flatMap { PhraseMatcher<Int>.words(of: $0) })
            // The same description ("the minister") recurs; people do not change here, so neither does its answer.
            let memoKey = wanted.sorted().joined(separator: " ") + "|" + (country ?? "")
            let candidates: [Int]
            if let known = descriptionCandidates[memoKey] {
                candidates = known
            } else {
                var found = people.indices.filter { p in
                    if let country, people[p].country != country { return false }
                    return !titleWords[p].isEmpty && wanted.isSubset(of: titleWords[p])
                }
                // "the Iraqi president" is the one in office, not a former one.
                if found.count > 1, !wanted.contains("former") {
                    let serving = found.filter { !(people[$0].titleText?.lowercased().hasPrefix("former") ?? false) }
                    if !serving.isEmpty { found = serving }
                }
                descriptionCandidates[memoKey] = found
                candidates = found
            }
            if candidates.count == 1 {
                let p = candidates[0]
                let alias = document.text(tokens: i..<k)
                addAlias(alias.prefix(1).lowercased() + alias.dropFirst(), to: p)
                for m in i..<k { personAt[m] = p }
                references.append(Reference(range: i..<k, person: p))
            }
            i = k
        }
    }

    // MARK: - Results

    func officials() -> [Official] {
        people.map { person in
            let title = person.title.map { lexicon.title($0) }
            return Official(name: person.name, title: person.titleText ?? title?.canonical, country: person.country,
                            organization: person.organization ?? title?.organization, aliases: person.aliases)
        }
    }

    /// The person a token refers to, if any.
    func person(at token: Int) -> Int? { personAt[token] }

    /// The tokens naming one person around `token` ("Vice President Al Gore"), bounded by `limit`.
    func reference(around token: Int, within limit: Range<Int>) -> Range<Int> {
        guard let p = personAt[token] else { return token..<token }
        var start = token, end = token
        while start > limit.lowerBound, personAt[start - 1] == p { start -= 1 }
        while end < limit.upperBound, personAt[end] == p { end += 1 }
        return start..<end
    }

    /// A head of state or government. "Leader" is one only as a country's ("North Korean leader"), not as a
    /// party's or a chamber's ("Sinn Fein leader", "Senate Republican leader").
    func isLeader(_ p: Int) -> Bool {
        guard let title = people[p].title else { return false }
        let entry = lexicon.title(title)
        guard entry.isLeader else { return false }
        if entry.canonical == "Leader", let text = people[p].titleText {
            let qualifiers = text.lowercased().split(separator: " ").map(String.init)
                .filter { !["leader", "former", "the", "top"].contains($0) }
            if !qualifiers.allSatisfy({ lexicon.placeWords.contains($0) }) { return false }
        }
        return true
    }
}
