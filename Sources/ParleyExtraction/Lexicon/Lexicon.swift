/// All lexicons, compiled once into phrase matchers over lower-cased tokens.
final class Lexicon: Sendable {
    static let shared = Lexicon()

    /// Title phrase -> index into `Titles.all`.
    let titles: PhraseMatcher<Int>
    /// Country name -> ISO code.
    let countryNames: PhraseMatcher<String>
    /// Demonym / adjective -> ISO code.
    let demonyms: PhraseMatcher<String>
    /// Capital city -> ISO code.
    let capitals: PhraseMatcher<String>
    /// A body that names its country ("Pentagon", "State Department") -> ISO code.
    let organizations: PhraseMatcher<String>
    /// Lower-case capital or city name -> ISO code.
    let cityCountries: [String: String]
    /// Topic term -> index into `TopicTaxonomy.concepts`.
    let topicTerms: PhraseMatcher<Int>
    /// Lower-case words of country names, demonyms and capitals (for "is this a place word").
    let placeWords: Set<String>
    /// Single words that report an encounter (`MeetingWords.triggers`), and the other hot word lists, by word number.
    let meetingTriggers: WordMap<MeetingWords.Role>
    let phoneVerbs: WordMap<Bool>
    let personVerbs: WordMap<Bool>
    let agendaVerbs: WordMap<Bool>
    /// Every word a date expression can start with (`DateFinder.startWords`, weekdays and months).
    let dateStarts: WordMap<Bool>
    /// `OfficialFinder.nonNameWords` and `Vocabulary.months`, read by word number while names are scanned.
    let nonNameWords: WordMap<Bool>
    /// `Titles.descriptionHeads` ("minister" in "the vice minister"), for every "the" of a story.
    let descriptionHeads: WordMap<Bool>
    /// The word lists of `DateFinder.tense`, as flags.
    let tenseWords: WordMap<DateFinder.TenseWord>
    /// `Leaders.firstWords` that are one word of the tokenizer, for names scanned token by token.
    let leaderFirstWords: WordMap<Bool>
    let months: WordMap<Int>
    /// Words a finder looks for at every token, so that the other tokens are passed over by one array read:
    /// what opens a topic list (`TopicFinder.cueWords`, "on", "over", "such", "terms", "to" after "agreed", and
    /// `TopicFinder.signWords`), "the two sides/leaders",
    /// "counterpart(s)"; and the number of "the".
    let topicOpeners: WordMap<Bool>
    let pluralParties: WordMap<Bool>
    let counterpartWords: WordMap<Bool>
    let theWord: Int32
    /// The numbers of the words of every phrase and list above: the tokenizer gives each token its word's.
    let words: WordTable

    private init() {
        var table = WordTable()
        // Each title also in the plural, for "Presidents X and Y", "Foreign Ministers X and Y".
        titles = PhraseMatcher(Titles.all.enumerated().flatMap { i, e in
            e.forms.flatMap { form -> [(String, Int)] in
                let plural = form.hasSuffix("s") || form.hasSuffix(".") ? nil : (form.hasSuffix("y") && !form.hasSuffix("ey")
                    ? String(form.dropLast()) + "ies" : form + "s")
                return [(form, i)] + (plural.map { [($0, i)] } ?? [])
            }
        }, words: &table)
        countryNames = PhraseMatcher(Countries.all.flatMap { c in c.names.map { ($0, c.code) } }, words: &table)
        demonyms = PhraseMatcher(Countries.all.flatMap { c in c.demonyms.map { ($0, c.code) } }, words: &table)
        capitals = PhraseMatcher(Countries.all.flatMap { c in c.capitals.map { ($0, c.code) } } + Countries.cities, words: &table)
        organizations = PhraseMatcher(Countries.organizations, words: &table)
        var cities: [String: String] = [:]
        for c in Countries.all { for capital in c.capitals { cities[capital.lowercased()] = c.code } }
        for (city, code) in Countries.cities { cities[city.lowercased()] = code }
        cityCountries = cities
        topicTerms = PhraseMatcher(TopicTaxonomy.concepts.enumerated().flatMap { i, c in c.terms.map { ($0, i) } }, words: &table)
        var words = Set<String>()
        for c in Countries.all {
            for phrase in c.names + c.demonyms + c.capitals + Countries.cities.map(\.0) {
                for w in PhraseMatcher<Int>.words(of: phrase) { words.insert(w) }
            }
        }
        placeWords = words
        meetingTriggers = WordMap(MeetingWords.triggers, words: &table)
        phoneVerbs = WordMap(MeetingWords.phoneVerbs, words: &table)
        personVerbs = WordMap(MeetingWords.personVerbs, words: &table)
        agendaVerbs = WordMap(TopicFinder.agendaVerbs, words: &table)
        dateStarts = WordMap(DateFinder.startWords.union(Vocabulary.weekdays.keys).union(Vocabulary.months.keys), words: &table)
        nonNameWords = WordMap(OfficialFinder.nonNameWords, words: &table)
        descriptionHeads = WordMap(WordMap<Bool>.wholeWords(Titles.descriptionHeads), words: &table)
        tenseWords = WordMap(flags: DateFinder.TenseWord.lists, words: &table)
        leaderFirstWords = WordMap(WordMap<Bool>.wholeWords(Leaders.firstWords), words: &table)
        months = WordMap(Vocabulary.months, words: &table)
        topicOpeners = WordMap(TopicFinder.cueWords.union(["on", "over", "such", "terms", "to"]).union(TopicFinder.signWords), words: &table)
        pluralParties = WordMap(["sides", "leaders", "ministers"], words: &table)
        counterpartWords = WordMap(["counterpart", "counterparts"], words: &table)
        theWord = table.add("the")
        self.words = table
    }

    /// The country of a short country token written with periods or capitals: "US", "U.S.", "UK".
    func countryAbbreviation(_ token: Token) -> String? {
        guard token.isWord, token.text.count <= 5, token.text == token.text.uppercased() else { return nil }
        return countryNames.match([token], at: 0)?.value
    }

    /// A country named at `index` as a demonym or a name (longest first): (length, code).
    func country(at index: Int, in tokens: [Token]) -> (length: Int, code: String)? {
        let d = demonyms.match(tokens, at: index)
        let n = countryNames.match(tokens, at: index)
        switch (d, n) {
        case let (d?, n?): return d.length >= n.length ? (d.length, d.value) : (n.length, n.value)
        case let (d?, nil): return (d.length, d.value)
        case let (nil, n?): return (n.length, n.value)
        default: return nil
        }
    }

    func title(_ index: Int) -> TitleEntry { Titles.all[index] }
}
