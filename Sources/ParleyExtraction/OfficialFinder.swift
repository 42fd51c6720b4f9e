/// Finds named officials by their titles ("Vice Foreign Minister Choi Jong-kun",
/// "US. Deputy Secretary of State Stephen Biegun", "Vice FM Choi"), merges the
/// mentions of one person, and links every later mention (surname, title phrase) to them.
struct OfficialFinder {
    struct Person {
        var nameWords: [String]          // as written: ["Choi", "Jong-kun"]
        var title: Int?                  // index into Titles.all
        var titleSpecificity = 0         // words in the title phrase that named it
        var country: String?
        var aliases: [String] = []
        var firstToken: Int

        var name: String { nameWords.joined(separator: " ") }
        var keys: [String] { nameWords.map(OfficialFinder.fold) }
    }

    /// A reference to a person from the text.
    struct Reference {
        var range: Range<Int>
        var person: Int
    }

    let document: Document
    let defaultCountry: String?
    private let lexicon = Lexicon.shared

    private(set) var people: [Person] = []
    /// Token index -> person, for every token that names or describes a person.
    private(set) var personAt: [Int: Int] = [:]
    private(set) var references: [Reference] = []

    init(document: Document, defaultCountry: String?) {
        self.document = document
        self.defaultCountry = defaultCountry
    }

    static func fold(_ s: String) -> String { NameKey.fold(s) }

    /// Words that are capitalized but never part of a person's name.
    static let nonNameWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "on", "in", "at", "for", "to", "with", "by", "as", "but", "he", "she",
        "it", "they", "we", "i", "his", "her", "their", "this", "that", "these", "those", "when", "while", "after",
        "before", "last", "next", "said", "says", "asked", "told", "also", "mr", "mrs", "ms", "dr", "sir", "madam",
        "local", "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "sept", "sep", "oct", "nov", "dec", "aug", "ministry", "department", "government",
        "office", "house", "party", "council", "committee", "agency", "news", "reuters", "yonhap", "xinhua", "afp", "ap",
    ]

    // MARK: - Finding

    mutating func run() {
        let tokens = document.tokens
        let headlineIsCaps = isAllCapsHeadline()
        var mentions: [(name: Range<Int>, title: Int, titleLength: Int, country: String?, titleRange: Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            if headlineIsCaps, document.sentences[tokens[i].sentence].isHeadline { i += 1; continue }
            guard let (length, titleIndex) = lexicon.titles.match(tokens, at: i) else { i += 1; continue }
            let titleRange = i..<(i + length)
            let name = nameRange(from: i + length)
            guard !name.isEmpty else { i += length; continue }
            let country = countryBefore(titleRange.lowerBound) ?? countryAfter(name.upperBound)
            mentions.append((name, titleIndex, length, country, titleRange))
            i = name.upperBound
        }
        // Multi-word names first, so a surname-only mention finds its full name.
        let ordered = mentions.enumerated().sorted { a, b in
            let la = a.element.name.count > 1, lb = b.element.name.count > 1
            return la != lb ? la : a.offset < b.offset
        }
        for (_, m) in ordered {
            let words = m.name.map { tokens[$0].text }
            let p = person(for: words, firstToken: m.name.lowerBound)
            let title = lexicon.title(m.title)
            let specificity = m.titleLength * 10 + title.canonical.count
            if people[p].title == nil || specificity > people[p].titleSpecificity {
                people[p].title = m.title
                people[p].titleSpecificity = specificity
            }
            if people[p].country == nil, let c = m.country { people[p].country = c }
            if words.count < people[p].nameWords.count || people[p].nameWords != words {
                let alias = document.text(tokens: m.titleRange.lowerBound..<m.name.upperBound)
                addAlias(alias, to: p)
            }
            for k in m.name { personAt[k] = p }
            references.append(Reference(range: m.name, person: p))
            people[p].firstToken = min(people[p].firstToken, m.titleRange.lowerBound)
        }
        for p in people.indices where people[p].country == nil {
            people[p].country = people[p].title.flatMap { lexicon.title($0).impliedCountry } ?? defaultCountry
        }
        linkNameMentions()
        linkDescriptions()
        references.sort { $0.range.lowerBound < $1.range.lowerBound }
        // People in order of first mention.
        let order = people.indices.sorted { people[$0].firstToken < people[$1].firstToken }
        var remap = [Int](repeating: 0, count: people.count)
        for (new, old) in order.enumerated() { remap[old] = new }
        people = order.map { people[$0] }
        personAt = personAt.mapValues { remap[$0] }
        references = references.map { Reference(range: $0.range, person: remap[$0.person]) }
    }

    private func isAllCapsHeadline() -> Bool {
        guard let first = document.sentences.first, first.isHeadline else { return false }
        let words = document.tokens[first.range].filter(\.isWord)
        return !words.isEmpty && words.allSatisfy { $0.text == $0.text.uppercased() }
    }

    /// Capitalized words after a title that form a name: at most four.
    private func nameRange(from start: Int) -> Range<Int> {
        let tokens = document.tokens
        var k = start
        while k < tokens.count, k - start < 4 {
            let t = tokens[k]
            guard t.isWord, t.isCapitalized, !Self.nonNameWords.contains(t.bareLower),
                  t.text != t.text.uppercased() || t.text.count > 1,
                  !(lexicon.placeWords.contains(t.lower) && k == start && lexicon.country(at: k, in: tokens) != nil),
                  lexicon.titles.match(tokens, at: k) == nil || k > start
            else { break }
            if k > start, t.newlineBefore, tokens[k - 1].kind != .word { break }
            k += 1
        }
        // A lone initial or a title word is not a name.
        if k - start == 1, tokens[start].hasAbbreviationPeriod { return start..<start }
        return start..<k
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

    private mutating func person(for words: [String], firstToken: Int) -> Int {
        let keys = words.map(Self.fold)
        let joined = keys.joined()
        if let p = people.firstIndex(where: { $0.keys.joined() == joined }) { return p }
        if keys.count == 1 {
            let candidates = people.indices.filter { p in
                let k = people[p].keys
                return k.count > 1 && (k.first == keys[0] || k.last == keys[0])
            }
            if candidates.count == 1 { return candidates[0] }
        }
        people.append(Person(nameWords: words, firstToken: firstToken))
        return people.count - 1
    }

    private mutating func addAlias(_ alias: String, to p: Int) {
        let key = Self.fold(alias)
        guard key != people[p].keys.joined(), !people[p].aliases.contains(where: { Self.fold($0) == key }) else { return }
        people[p].aliases.append(alias)
    }

    // MARK: - Linking later mentions

    /// Full names and surnames written without a title.
    private mutating func linkNameMentions() {
        let tokens = document.tokens
        var surnames: [String: Int] = [:]
        var ambiguous = Set<String>()
        for (p, person) in people.enumerated() where person.nameWords.count > 1 {
            for key in [person.keys.first!, person.keys.last!] {
                if let q = surnames[key], q != p { ambiguous.insert(key) } else { surnames[key] = p }
            }
        }
        for (p, person) in people.enumerated() where person.nameWords.count == 1 {
            let key = person.keys[0]
            if let q = surnames[key], q != p { ambiguous.insert(key) } else { surnames[key] = p }
        }
        var i = 0
        while i < tokens.count {
            if personAt[i] != nil || !tokens[i].isCapitalized { i += 1; continue }
            // A full name.
            var matched = false
            for (p, person) in people.enumerated() where person.nameWords.count > 1 {
                let n = person.nameWords.count
                guard i + n <= tokens.count else { continue }
                if (0..<n).allSatisfy({ Self.fold(tokens[i + $0].text) == person.keys[$0] }) {
                    for k in i..<(i + n) { personAt[k] = p }
                    references.append(Reference(range: i..<(i + n), person: p))
                    people[p].firstToken = min(people[p].firstToken, i)
                    i += n
                    matched = true
                    break
                }
            }
            if matched { continue }
            let key = Self.fold(tokens[i].text)
            let partOfLongerName = (i + 1 < tokens.count && tokens[i + 1].isCapitalized && tokens[i + 1].isWord
                                    && !Self.nonNameWords.contains(tokens[i + 1].bareLower))
            if let p = surnames[key], !ambiguous.contains(key), !partOfLongerName {
                personAt[i] = p
                references.append(Reference(range: i..<(i + 1), person: p))
                people[p].firstToken = min(people[p].firstToken, i)
                if people[p].nameWords.count > 1 { addAlias(tokens[i].text, to: p) }
            }
            i += 1
        }
    }

    /// Definite descriptions: "the vice minister" names the one official whose title has those words.
    private mutating func linkDescriptions() {
        let tokens = document.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].lower == "the" else { i += 1; continue }
            var k = i + 1
            var words: [String] = []
            while k < tokens.count, k - i <= 4, tokens[k].isWord, !tokens[k].isCapitalized || lexicon.titles.match(tokens, at: k) != nil {
                words.append(tokens[k].lower)
                k += 1
                if Titles.descriptionHeads.contains(words.last!) { break }
            }
            guard let head = words.last, Titles.descriptionHeads.contains(head), head != "counterpart" else { i += 1; continue }
            let wanted = Set(words.flatMap { PhraseMatcher<Int>.words(of: $0) })
            let candidates = people.indices.filter { p in
                guard let t = people[p].title else { return false }
                let titleWords = Set(PhraseMatcher<Int>.words(of: lexicon.title(t).canonical))
                return wanted.isSubset(of: titleWords)
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
            return Official(name: person.name, title: title?.canonical, country: person.country,
                            organization: title?.organization, aliases: person.aliases)
        }
    }

    /// The person a token refers to, if any.
    func person(at token: Int) -> Int? { personAt[token] }

    /// True when the person holds a head-of-state or head-of-government title.
    func isLeader(_ p: Int) -> Bool {
        people[p].title.map { lexicon.title($0).isLeader } ?? false
    }
}
