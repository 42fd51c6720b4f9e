import Testing
@testable import ParleyExtraction

/// The lexicons are data: check their shape, and that lookups answer as they should.
@Suite("Lexicons and the gazetteer")
struct LexiconTests {
    @Test func gazetteerLinesAreWellFormed() {
        for line in Leaders.table {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            #expect(fields.count == 4 || fields.count == 5, "\(line)")
            #expect(fields[1] == "-" || fields[1].count == 2, "\(line): country must be ISO alpha-2 or -")
            #expect(fields[1] != "-" || fields.count == 5, "\(line): an organization needs its name")
            let from = Int(fields[2]), to = Int(fields[3])
            #expect(from != nil && to != nil && from! <= to!, "\(line): years")
        }
    }

    /// Name keys: ASCII names take a byte path of their own; it must answer as the Unicode path does.
    @Test(arguments: [
        ("Choi Jong-kun", "choijongkun"), ("CHOI Jong Kun", "choijongkun"), ("O'Brien Jr.", "obrienjr"),
        ("Kim\tKye-Gwan\n", "kimkyegwan"), ("Choi Jong\u{2010}kun", "choijongkun"), ("Jürgen STRÖM", "jürgenström"),
        ("Ban Ki\u{00A0}moon", "bankimoon"), ("Tom O\u{2019}Hale", "tomohale"), ("Éric Lévy-Dupont", "ériclévydupont"),
    ])
    func nameKeysFoldCaseAndSeparators(name: String, key: String) {
        #expect(NameKey.fold(name) == key)
    }

    /// Word lists read by word number: every list word that is one token of the tokenizer is found again as the
    /// token it spells. (A word it splits, such as "'ll" in "'" "ll", is no token's word and is left out; the
    /// tokenizer keeps "we'll" whole.)
    @Test func wordListsReadByNumberAreWholeTokens() {
        let lexicon = Lexicon.shared
        var found = 0
        for (list, flag) in DateFinder.TenseWord.lists {
            for word in list {
                let tokens = Tokenizer(bytes: Array(word.utf8), words: lexicon.words).tokens(in: 0..<word.utf8.count)
                guard tokens.count == 1 else { continue }
                #expect(lexicon.tenseWords.has(tokens[0], flag), "\(word)")
                found += 1
            }
        }
        for word in Titles.descriptionHeads {
            let tokens = Tokenizer(bytes: Array(word.utf8), words: lexicon.words).tokens(in: 0..<word.utf8.count)
            #expect(tokens.count == 1 && lexicon.descriptionHeads.contains(tokens[0]), "\(word)")
        }
        #expect(found > 100)
        var missing: [String] = []
        for word in Leaders.firstWords {
            let tokens = Tokenizer(bytes: Array(word.utf8), words: lexicon.words).tokens(in: 0..<word.utf8.count)
            if tokens.count != 1 || !lexicon.leaderFirstWords.contains(tokens[0]) { missing.append(word) }
        }
        #expect(missing.isEmpty, "\(missing)")
    }

    /// The word table is an open-addressing hash over bytes: numbers stay stable as it grows past its first size,
    /// words sharing a prefix or differing only in case are different words, and a word never added is 0.
    @Test func wordTableNumbersSurviveGrowth() {
        var table = WordTable()
        #expect(table.id("") == 0 && table.add("") == 1 && table.id("") == 1)
        let words = (0..<20_000).map { "w\($0)" } + ["korea", "korean", "Korea", "é", "e", "ab", "ba"]
        let numbers = words.map { table.add($0) }
        #expect(Set(numbers).count == words.count)
        #expect(numbers.first == 2 && table.count == words.count + 2)
        for (word, number) in zip(words, numbers) {
            #expect(table.id(word) == number, "\(word)")
            #expect(table.add(word) == number, "\(word) numbered twice")
        }
        #expect(table.id("w20000") == 0 && table.id("koreans") == 0 && table.id("E") == 0)
    }

    /// Spaces fold the same from a string and from the document's bytes, no-break spaces included, ends trimmed.
    @Test func foldingSpaces() {
        #expect(Document.foldSpaces("  Talks\n\n in\u{00A0}\tSeoul ") == "Talks in Seoul")
        #expect(Document.foldSpaces("Caf\u{00E9}\u{00A0}") == "Caf\u{00E9}")
        #expect(Document.foldSpaces("\u{00C2}x") == "\u{00C2}x")  // C3 82: not a space
        #expect(Document.foldSpaces(" \n ") == "")
    }

    /// Every word list the extractors read by word number holds single tokens, and a token of the article gets the
    /// number its lower-cased word has in the table.
    @Test func wordNumbersMatchTheTokenizer() {
        let lexicon = Lexicon.shared
        let text = "Talks held. The Foreign Minister telephoned Sept. 9; co-chaired talks on Thursday"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer(bytes: bytes, words: lexicon.words).tokens(in: 0..<bytes.count)
        func token(_ text: String) -> Token { tokens.first { $0.text == text }! }
        #expect(lexicon.meetingTriggers[token("Talks")] == .meeting)
        #expect(lexicon.meetingTriggers[token("co-chaired")] == .meeting)
        #expect(lexicon.phoneVerbs.contains(token("telephoned")))
        #expect(lexicon.dateStarts.containsBare(token("Sept.")) && !lexicon.dateStarts.contains(token("Sept.")))
        #expect(lexicon.dateStarts.contains(token("Thursday")))
        #expect(lexicon.titles.match(tokens, at: tokens.firstIndex { $0.text == "Foreign" }!)?.length == 2)
        #expect(token("9").word == 0, "a word of no lexicon has no number")
    }

    /// A word list read by word number answers as the string set it replaced only if each entry is one token
    /// whose lower-cased text is the entry itself.
    @Test func wordListEntriesAreSingleTokens() {
        let lists: [(String, [String])] = [
            ("meeting triggers", Array(MeetingWords.triggers.keys)), ("phone verbs", Array(MeetingWords.phoneVerbs)),
            ("person verbs", Array(MeetingWords.personVerbs)), ("agenda verbs", Array(TopicFinder.agendaVerbs)),
            ("date starts", Array(DateFinder.startWords) + Array(Vocabulary.weekdays.keys) + Array(Vocabulary.months.keys)),
            ("non-name words", Array(OfficialFinder.nonNameWords)), ("topic cues", Array(TopicFinder.cueWords)),
        ]
        for (name, entries) in lists {
            for entry in entries {
                let bytes = Array(entry.utf8)
                let tokens = Tokenizer(bytes: bytes).tokens(in: 0..<bytes.count)
                #expect(tokens.count == 1 && tokens[0].lower == entry && !tokens[0].hasAbbreviationPeriod,
                        "\(name): \(entry) tokenizes as \(tokens.map(\.lower))")
            }
        }
    }

    @Test func topicTaxonomyTermsAreLowerCaseAndBelongToOneConcept() {
        var owner: [String: String] = [:]
        for concept in TopicTaxonomy.concepts {
            #expect(!concept.terms.isEmpty, "\(concept.label) has no terms")
            for term in concept.terms {
                #expect(term == term.lowercased(), "\(term) must be lower case")
                #expect(owner[term] == nil, "\(term) is in both \(owner[term] ?? "") and \(concept.label)")
                owner[term] = concept.label
            }
        }
        #expect(Set(TopicTaxonomy.concepts.map(\.label)).count == TopicTaxonomy.concepts.count, "labels are unique")
    }

    @Test func surnameLookupUsesTheYear() {
        #expect(Leaders.lookup(name: "Clinton", year: 1997)?.name == "Bill Clinton")
        #expect(Leaders.lookup(name: "Clinton", year: 2011)?.name == "Hillary Clinton")
        #expect(Leaders.lookup(name: "Bush", year: 2006)?.country == "US")
        #expect(Leaders.lookup(name: "Xi", year: 2026)?.country == "CN")     // family name first
        #expect(Leaders.lookup(name: "Clinton", year: 1960) == nil)           // nobody in office then
    }

    @Test func ambiguousSurnamesGiveNothing() {
        // King Hussein of Jordan and Saddam Hussein of Iraq were in office together.
        #expect(Leaders.lookup(name: "Hussein", year: 1990) == nil)
        #expect(Leaders.lookup(name: "Saddam Hussein", year: 1990)?.country == "IQ")
    }

    @Test func internationalOrganizationsHaveNoCountry() {
        let annan = Leaders.lookup(name: "Kofi Annan", year: 1998)
        #expect(annan?.country == nil)
        #expect(annan?.organization == "United Nations")
        // One name, two roles: the year decides.
        #expect(Leaders.lookup(name: "Ban Ki-moon", year: 2005)?.country == "KR")
        #expect(Leaders.lookup(name: "Ban Ki-moon", year: 2010)?.organization == "United Nations")
    }

    @Test func countryCodesAreISO() {
        for c in Countries.all {
            #expect(c.code.count == 2 && c.code == c.code.uppercased(), "\(c.code)")
            #expect(!c.names.isEmpty)
        }
        #expect(Set(Countries.all.map(\.code)).count == Countries.all.count, "a country listed twice")
    }

    @Test func titlesMatchWithAndWithoutPlural() {
        let text = "Presidents Ana Silva and Rui Costa met Vice FM Lena Park."
        let r = Extractor().extract(text: text)
        #expect(Set(r.officials.map(\.name)) == ["Ana Silva", "Rui Costa", "Lena Park"])
        #expect(r.officials.first { $0.name == "Lena Park" }?.title == "Vice Foreign Minister")
        #expect(r.officials.first { $0.name == "Ana Silva" }?.title == "President")
    }

    @Test func untitledLeaderIsAnOfficial() {
        let r = Extractor().extract(text: "Headline\nPublished : 1998-02-22\n\nKofi Annan flew to see Saddam Hussein on Sunday.\n")
        let saddam = r.officials.first { $0.name == "Saddam Hussein" }
        #expect(saddam?.country == "IQ")
        #expect(saddam?.title == nil)
    }

    @Test func meetingWordsHaveNoDuplicates() {
        // A dictionary literal with a key twice traps at run time; touching it is the test.
        #expect(MeetingWords.triggers["talks"] == .meeting)
        #expect(Vocabulary.months.count >= 12)
    }
}
