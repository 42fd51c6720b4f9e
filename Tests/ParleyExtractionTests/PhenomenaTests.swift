import Testing
@testable import ParleyExtraction

/// One phenomenon per test, on sentences written for the test.
@Suite("Officials, quotes, meetings, topics")
struct PhenomenaTests {
    func extract(_ body: String, published: String = "2024-05-15", header: String = "A headline") -> ExtractionRecord {
        Extractor().extract(text: "\(header)\nPublished : \(published)\n\n\(body)\n")
    }

    // MARK: Officials

    /// Business people are not officials (ANNOTATION.md): a title next to a company, a company's officer titles, a
    /// company written like a name. A party's "executive council chairman" and a "Financial Secretary" are.
    @Test func companyOfficersAreNotOfficials() {
        let r = extract("""
            Telequest Inc <TELQ.O> president Henry Marcheschi resigned, and Dana Roe, chairman and chief executive \
            officer of Acme Corp, said General Motors Corp would buy the unit. General Motors declined comment.
            Ruling party executive council chairman Ken Oyama said Financial Secretary Piers Lamb would visit.
            Madagascan President Ana Rabe discussed investment by Chinese companies with President Li Wen in Beijing.
            Trade Representative Clay Yoder plans to discuss China's admission to the General Agreements on Tariffs and Trade.
            """)
        let names = Set(r.officials.map(\.name))
        #expect(!names.contains("Henry Marcheschi") && !names.contains("Dana Roe"), "\(names)")
        #expect(!names.contains { $0.contains("Motors") || $0.contains("Agreements") }, "\(names)")
        #expect(names.contains("Ken Oyama") && names.contains("Piers Lamb") && names.contains("Li Wen"), "\(names)")
    }

    /// "Undersecretary of Foreign Affairs X", "Secretary of Foreign Relations X": the ministry named after the title.
    @Test func titlesWithTheirMinistryAfterThem() {
        let r = extract("""
            Philippine Undersecretary of Foreign Affairs Rosa Dalisay said the two sides would talk. Mexican Secretary \
            of Foreign Relations Ana Ruiz met Deputy Secretary Tom Hale on Monday. Yesterday Assistant Secretary of \
            Commerce Lee Moss spoke, and so did the Under Secretary of Commerce, Bo Karr.
            """)
        let officials = Dictionary(uniqueKeysWithValues: r.officials.map { ($0.name, $0) })
        #expect(officials["Rosa Dalisay"]?.title == "Undersecretary of Foreign Affairs")
        #expect(officials["Rosa Dalisay"]?.country == "PH")
        #expect(officials["Ana Ruiz"]?.title == "Secretary of Foreign Relations")
        #expect(officials["Tom Hale"]?.title == "Deputy Secretary")
        #expect(r.meetings.map(\.participants) == [["Ana Ruiz", "Tom Hale"]])
        #expect(officials["Lee Moss"]?.title == "Assistant Secretary of Commerce")
        #expect(officials["Bo Karr"]?.title == "Under Secretary of Commerce")
    }

    /// "X, who was then the president of Poland" and "the ambassador to Hanoi, X later this week": appositive titles.
    @Test func appositiveTitlesAfterWhoWasAndAfterTheirComplement() {
        let r = extract("""
            President Tom Hale met Piotr Nowak, who was then the president of Poland. The Senate will confirm the first \
            US ambassador to Hanoi, Dale Porter later this week.
            """)
        let officials = Dictionary(uniqueKeysWithValues: r.officials.map { ($0.name, $0) })
        #expect(officials["Piotr Nowak"]?.country == "PL", "\(officials.keys)")
        #expect(officials["Dale Porter"]?.title == "ambassador to Hanoi", "\(officials.keys)")
    }

    @Test func aMonthCanBeAFirstNameAndATitleCanRunToItsComma() {
        let r = extract("""
            Czech Foreign Minister Jan Kavan arrived on Jan. 5 for talks.

            The U.S. ambassador to Poland, Dan Fried, said Friday that he remembered the day.
            """)
        let officials = Dictionary(uniqueKeysWithValues: r.officials.map { ($0.name, $0) })
        #expect(officials["Jan Kavan"]?.country == "CZ")
        #expect(officials["Dan Fried"]?.title == "ambassador to Poland")
        #expect(officials["Dan Fried"]?.country == "US")
        #expect(r.dates.map(\.value).contains("2024-01-05"))
    }

    @Test func titleBeforeNameWithDemonym() throws {
        let r = extract("Japanese Foreign Minister Kenji Mori arrived in Rome.")
        let o = try #require(r.officials.first)
        #expect(o.name == "Kenji Mori")
        #expect(o.title == "Foreign Minister")
        #expect(o.country == "JP")
    }

    @Test func possessiveCountryAndAbbreviatedTitle() throws {
        let r = extract("Canada's FM Ellen Brooks spoke. Later, Brooks left.")
        let o = try #require(r.officials.first)
        #expect(o.name == "Ellen Brooks")
        #expect(o.title == "Foreign Minister")
        #expect(o.country == "CA")
        #expect(o.aliases.contains("Brooks"))
    }

    @Test func sentenceBrokenAfterCountryAbbreviationIsRejoined() throws {
        let r = extract("Park is due to meet US.\n\nDeputy Secretary of State Laura Finch on Friday.")
        let finch = try #require(r.officials.first { $0.name == "Laura Finch" })
        #expect(finch.country == "US")
        #expect(finch.title == "Deputy Secretary of State")
    }

    @Test func descriptionAliasResolvesToTheOnlyMatchingTitle() throws {
        let r = extract("""
            Vice Foreign Minister Lena Park met Defense Secretary Tom Hale on Monday.

            "We have agreed to keep talking every single month," the vice minister said.
            """)
        #expect(r.quotes.first?.speaker == "Lena Park")
        #expect(r.officials.first { $0.name == "Lena Park" }?.aliases.contains("the vice minister") == true)
    }

    @Test func titleOfABodyBeforeTheName() throws {
        let r = extract("Earlier in the day, President Ana Silva met Chairman of the State Planning Council Rui Costa.")
        #expect(r.officials.contains { $0.name == "Rui Costa" && $0.title == "Chairman of the State Planning Council" })
        #expect(r.meetings.first?.date == "2024-05-15")
    }

    @Test func coordinatedTitlesShareTheirCountry() throws {
        let r = extract("Baker will meet Brazilian President Ana Silva and Finance Minister Rui Costa on Monday.")
        #expect(r.officials.first { $0.name == "Rui Costa" }?.country == "BR")
    }

    /// "talks between U.S. Secretary of State X and Foreign Minister Y" from Tokyo: two sides, so Y is not
    /// American but of the story's country, even with Washington named in the sentence.
    @Test func theTwoSidesOfBetweenAreNotOneCountry() throws {
        let r = Extractor().extract(text: """
            Headline
            Published : 2031-01-05

            TOKYO, Jan. 5 - The last talks will be in Washington next week between U.S. Secretary of State \
            Tom Hale and Foreign Minister Kenji Mori.
            """)
        #expect(r.officials.first { $0.name == "Tom Hale" }?.country == "US")
        #expect(r.officials.first { $0.name == "Kenji Mori" }?.country == "JP")
    }

    @Test func aNationalOutletsOfficialsAreItsCountrys() throws {
        let r = Extractor().extract(text: "Headline\nPublished : 2031-01-05\n\nBEIJING, Jan. 5 (Yonhap) -- Trade Minister Han Mi-rae met Chinese Commerce Minister Wang Lei.\n")
        #expect(r.officials.first { $0.name == "Han Mi-rae" }?.country == "KR")
        #expect(r.officials.first { $0.name == "Wang Lei" }?.country == "CN")
    }

    @Test func titleThenNameBetweenCommas() throws {
        let r = extract("The Czech foreign minister, Jana Novakova, who lived in Vienna, spoke first.")
        let o = try #require(r.officials.first)
        #expect(o.name == "Jana Novakova")
        #expect(o.country == "CZ")
    }

    @Test func embeddedQuoteBelongsToTheSentencesSubject() {
        let r = extract("Defense Secretary Tom Hale urged both sides to \"leave the old quarrels firmly behind them\" and talk.")
        #expect(r.quotes.first?.speaker == "Tom Hale")
    }

    /// A wire story written as one paragraph of broken lines: the quote inside a reporting sentence is its
    /// subject's, not that of the next quote's speaker in the same paragraph.
    @Test func embeddedQuoteInAOneParagraphStoryKeepsItsSubject() {
        let r = extract("""
            OSLO (AP) _ Police seized a device under construction Sunday in a
            town near the border on the eve of the return to the talks.
            Interior Minister Ana Ruiz said the device found in the harbour
            was meant for an unknown target in the port and ``would have
            caused grave damage to the docks.''
            The find appeared to be the latest attempt by radicals opposed
            to the truce to undermine the talks, set to resume on Monday.
            ``We were pushed out of the talks in May but we are back,''
            Foreign Minister Tom Hale said Sunday.
            """)
        #expect(r.quotes.map(\.speaker) == ["Ana Ruiz", "Tom Hale"])
    }

    /// "He said ... "…"" inside a sentence: the one the sentence before reports speaking, when it does.
    @Test func embeddedQuoteAfterHeSaidTakesThePreviousSentencesSpeaker() {
        let r = extract("""
            Finance Minister Kenji Mori met Treasury Secretary Tom Hale on Monday. Mori said on Saturday that Ruvania \
            would not have suspended payments had it received faster financing. He said earlier today that Ruvania was \
            approaching governments first "because the banks have some limits in these matters."

            Foreign Minister Ana Ruiz visited the port. Economist Lea Berg disagreed with the plan. She said the port \
            was "a poor place for a new naval base."
            """)
        let byText = Dictionary(uniqueKeysWithValues: r.quotes.map { ($0.text, $0.speaker) })
        #expect(byText["because the banks have some limits in these matters."] == "Kenji Mori")
        #expect(byText["a poor place for a new naval base."] != "Ana Ruiz")
    }

    /// "the official said" is the source the story introduced ("one official familiar with the talks"); "the
    /// statement" with nothing more told of it stays as written.
    @Test func theOfficialIsTheSourceIntroducedBefore() {
        let r = extract("""
            Foreign Minister Kenji Mori met Prime Minister Ivo Stann on Monday. According to one official familiar \
            with the talks, the hardest issue will be fishing rights.

            "The idea of sharing the catch is really tough for them," the official said.

            "Both sides want a deal before winter comes," the statement said.
            """)
        let byText = Dictionary(uniqueKeysWithValues: r.quotes.map { ($0.text, $0.speaker) })
        #expect(byText["The idea of sharing the catch is really tough for them,"] == "one official familiar with the talks")
        #expect(byText["Both sides want a deal before winter comes,"] == "the statement")
    }

    /// `"… in Zaire. "There are no pre-conditions."`: a mark after a full stop and a space, before a word, ends the
    /// quotation left open and opens the next; runs of such marks neither crash nor lose a quotation.
    @Test func aMarkThatClosesOneQuotationAndOpensTheNext() {
        let r = extract("""
            "I am pleased to announce that the two leaders will meet," envoy Tom Hale said.

            "This is a historic occasion for the whole region. "There are no conditions at all."

            "One two three four. "Five six seven eight. "Nine ten eleven twelve. "
            """)
        let texts = r.quotes.map(\.text)
        #expect(texts.contains("This is a historic occasion for the whole region."), "\(texts)")
        #expect(texts.contains("There are no conditions at all."), "\(texts)")
        #expect(texts.contains("Five six seven eight."), "\(texts)")
        #expect(r.quotes.first { $0.text.hasPrefix("There are") }?.speaker == "Tom Hale")
    }

    /// "President Mori and Mr. Stann have agreed to talks": a name given with an honorific beside an official's is
    /// an official too (no title, no country known); "President Mori" is the President of two Moris.
    @Test func anHonorificPartnerAndATitleThatPicksTheSurname() {
        let r = extract("""
            Envoy Tom Hale said President Kenji Mori and Mr. Ivo Stann have agreed to meet. Presidential spokesman \
            Ken Mori confirmed it. Hale met Stann on Monday. President Mori will attend.
            """)
        let stann = r.officials.first { $0.name == "Ivo Stann" }
        #expect(stann != nil)
        #expect(stann?.title == nil && stann?.country == nil)
        #expect(stann?.aliases.contains("Mr. Ivo Stann") == true)
        #expect(r.meetings.contains { Set($0.participants) == ["Tom Hale", "Ivo Stann"] })
        #expect(!r.officials.contains { $0.name == "Mori" }, "\(r.officials.map(\.name))")
    }

    /// "In between, he met Stann": a sentence whose subject is a pronoun names only its object; "he replied" after
    /// it is who "he" was before.
    @Test func aPronounSubjectPassesOverTheObjectItNames() {
        let r = extract("""
            Envoy Tom Hale met President Kenji Mori for the second time on Monday. In between, he met Prime Minister \
            Ivo Stann in the north.

            Asked about a truce, he replied: "It is our hope that the guns will stay silent."
            """)
        #expect(r.quotes.first?.speaker == "Tom Hale")
    }

    /// "the radical Ruvanian Liberation group said in a statement that it was a waste of time that "…"": the
    /// subject, though it starts more than a window's width before the quote, not "a statement".
    @Test func theSubjectOfASaidInAStatementFarBeforeTheQuote() {
        let r = extract("""
            Prime Minister Ivo Stann met President Kenji Mori on Sunday. And the radical Ruvanian Liberation group said \
            in a statement that it was a waste of time that "is not helping the people of the valley."
            """)
        let speaker = r.quotes.first?.speaker ?? ""
        #expect(speaker.contains("Liberation group"), "\(speaker)")
    }

    @Test func sameSurnameTwiceIsNotGuessed() {
        let r = extract("President Ana Silva met Prime Minister Rui Silva. Silva said little.")
        #expect(r.officials.count == 2)
        #expect(r.officials.allSatisfy { !$0.aliases.contains("Silva") })
    }

    // MARK: Quotes

    @Test(arguments: [
        // (paragraph, expected speaker)
        ("\"We will keep working on this together,\" Hale told reporters.", "Tom Hale"),
        ("\"We will keep working on this together,\" said Hale.", "Tom Hale"),
        ("Hale said: \"We will keep working on this together.\"", "Tom Hale"),
        ("\u{201C}We will keep working on this together,\u{201D} Hale said.", "Tom Hale"),
        ("``We will keep working on this together,'' Hale said.", "Tom Hale"),
        ("\"We will keep working on this together,\" a ministry official said.", "a ministry official"),
    ])
    func quoteAttribution(_ paragraph: String, _ speaker: String) {
        let r = extract("Defense Secretary Tom Hale visited Seoul.\n\n\(paragraph)")
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.speaker == speaker)
        #expect(r.quotes.first?.text.hasPrefix("We will keep working on this together") == true)
    }

    @Test func pronounAndContinuationTakeThePreviousSpeaker() {
        let r = extract("""
            Defense Secretary Tom Hale visited Seoul.

            "The alliance is stronger than it has ever been," Hale said.

            "We will stand together in every storm ahead," he added. "Nothing will change that at all."

            "Our partnership is a model for the whole region."
            """)
        #expect(r.quotes.count == 4)
        #expect(r.quotes.allSatisfy { $0.speaker == "Tom Hale" })
    }

    @Test func aPronounAfterSomeoneElseIsReportedSpeakingTakesThatPerson() {
        let r = extract("""
            Foreign Minister Lena Holm of Denmark met Foreign Minister Aki Mori of Japan in Tokyo on Tuesday.

            "We agreed to meet again in Copenhagen," Holm told reporters.

            Mori said the two governments would set up a working group. "Our scientists already share ships," he said.

            "The next meeting will decide the budget for the working group," he added.
            """)
        #expect(r.quotes.map(\.speaker) == ["Lena Holm", "Aki Mori", "Aki Mori"])
    }

    @Test func anOfficialsOfficeAndANamedExpertAreTheirOwnSpeakers() {
        let r = extract("""
            Prime Minister Tom Hale met President Ana Ruiz on Saturday.

            "The two leaders expressed their will to cooperate as true partners," Hale's office said in a statement.

            "It was a first step, but we will not know more before we see results," Omar al-Haddad, a political \
            science professor at the national university in the capital, told reporters.
            """)
        #expect(r.quotes.map(\.speaker) == ["Hale's office", "Omar al-Haddad"])
    }

    @Test func aPronounTakesWhoeverTheSentencesBeforeReportSpeaking() {
        let r = extract("""
            President Ana Ruiz will meet Friday for talks on a ship, US envoy Tom Hale announced here.

            The meeting will take place in international waters, he added.

            "I am pleased to announce that both leaders have agreed to talks," he said.

            The head of the police inquiry, Omar Haddad, said the bureau had questioned many people.

            "Right now my evidence is scant, and I will not draw conclusions," he said.
            """)
        #expect(r.quotes.map(\.speaker) == ["Tom Hale", "Omar Haddad"])
    }

    @Test func scareQuotesAreNotQuotes() {
        let r = extract("Defense Secretary Tom Hale said he would \"calmly\" look at the \"new approach\" now.")
        #expect(r.quotes.isEmpty)
    }

    // MARK: Meetings

    @Test func aDayOfMeetingsWithSeveralPeopleIsOneMeetingWithEach() {
        let r = extract("""
            After a day of meetings with Defense Secretary Tom Hale, Trade Minister Ana Ruiz and Finance Minister \
            Omar Haddad, Foreign Minister Kenji Mori told a news conference on Tuesday he was satisfied.
            """)
        let pairs = Set(r.meetings.map { Set($0.participants) })
        #expect(pairs == [["Kenji Mori", "Tom Hale"], ["Kenji Mori", "Ana Ruiz"], ["Kenji Mori", "Omar Haddad"]])
    }

    @Test func toSeeNamedOfficialsIsAMeetingWithAllOfThem() {
        let r = extract("""
            Foreign Minister Kenji Mori is expected to see Defense Secretary Tom Hale, Trade Minister Ana Ruiz \
            of Spain, Chancellor of the Exchequer Omar Haddad and Finance Minister Lena Holm of Denmark.

            Trade Minister Ana Ruiz said: "We will see what the talks bring to the farmers of both countries."
            """)
        #expect(r.meetings.count == 1)
        #expect(Set(r.meetings.first?.participants ?? []) == ["Kenji Mori", "Tom Hale", "Ana Ruiz", "Omar Haddad", "Lena Holm"])
        #expect(r.meetings.first?.status == .planned)
    }

    @Test func aSpokespersonReportingTheTalksIsNotInThem() {
        let r = extract("""
            Defense Secretary Tom Hale raised missile defense, but Pentagon spokesman Paul Reyes said the issue \
            was not a focus of Monday's talks.
            """)
        #expect(r.meetings.isEmpty)
    }

    @Test func aJointNewsConferenceIsAnEncounterButAConferenceIsNot() {
        let joint = extract("""
            At a news conference with Vice President Tom Hale in Jerusalem, Prime Minister Kenji Mori suggested \
            that a compromise was possible.
            """)
        #expect(joint.meetings.map { Set($0.participants) } == [["Tom Hale", "Kenji Mori"]])
        #expect(joint.meetings.first?.location == "Jerusalem")
        let alone = extract("Vice President Tom Hale and Prime Minister Kenji Mori each attended a conference in Geneva.")
        #expect(alone.meetings.isEmpty)
    }

    @Test func eachOfSeveralMeetingsTakesTheDateWrittenAfterItsPerson() {
        let r = extract("""
            Foreign Minister Kenji Mori held meetings with Defense Secretary Tom Hale 10 days ago and Trade             Minister Ana Ruiz last week.
            """)
        let dates = Dictionary(uniqueKeysWithValues: r.meetings.map { (Set($0.participants), $0.date) })
        #expect(dates[["Kenji Mori", "Tom Hale"]] == .some("2024-05-05"))
        #expect(dates[["Kenji Mori", "Ana Ruiz"]] == .some(nil))
    }

    @Test func anOpeningPhraseIsOneEncounterAndTheMainClauseAnother() {
        let call = extract("""
            In a phone call with President Omar Haddad of Egypt, also on Monday, Prime Minister Kenji Mori said \
            his meeting with President Ana Ruiz could mark a new start.
            """)
        let pairs = Dictionary(uniqueKeysWithValues: call.meetings.map { (Set($0.participants), $0.kind) })
        #expect(pairs[["Omar Haddad", "Kenji Mori"]] == .phone)
        #expect(pairs[["Kenji Mori", "Ana Ruiz"]] != nil)
        #expect(call.meetings.count == 2)
        #expect(call.meetings.first { $0.kind == .phone }?.date == "2024-05-13")

        let talks = extract("Following his talks with Trade Minister Ana Ruiz, Foreign Minister Kenji Mori also met with Defense Secretary Tom Hale.")
        #expect(Set(talks.meetings.map { Set($0.participants) }) == [["Ana Ruiz", "Kenji Mori"], ["Kenji Mori", "Tom Hale"]])
    }

    @Test func aPronounOpeningTheSentenceIsThePersonBefore() {
        let r = extract("""
            Finance Minister Kenji Mori arrived in London on Monday.

            He had earlier met Defense Secretary Tom Hale and Trade Minister Ana Ruiz.
            """)
        #expect(r.meetings.map { Set($0.participants) } == [["Kenji Mori", "Tom Hale", "Ana Ruiz"]])
    }

    @Test func betweenNamesTheMeetingAndAPossessorIsNotThere() {
        let between = extract("""
            It happened in a phone call to Prime Minister Omar Haddad during a final meeting between President \
            Kenji Mori and Prime Minister Ana Ruiz at the airport.
            """)
        #expect(between.meetings.map { Set($0.participants) } == [["Kenji Mori", "Ana Ruiz"]])
        let possessor = extract("On April 4, 1949, President Tom Hale's secretary of state, Kenji Mori, signed the treaty.")
        #expect(possessor.meetings.isEmpty)
        let hypothetical = extract("""
            Spokesman Tom Hale declined to comment on whether the president would meet with Premier Ana Ruiz, \
            saying such a meeting would be hypothetical.
            """)
        #expect(hypothetical.meetings.isEmpty)
    }

    @Test func aDescriptionNamesTheServingOfficial() {
        let r = extract("""
            Danish President Lena Holm arrived in Oslo on Monday. Former Danish President Tom Hale stayed at home.

            The Danish president held talks with Norwegian President Aki Berg soon after arrival.

            Danish President will also have talks with Norwegian Prime Minister Ana Ruiz during his stay.
            """)
        let pairs = Set(r.meetings.map { Set($0.participants) })
        #expect(pairs.contains(["Lena Holm", "Aki Berg"]))
        #expect(pairs.contains(["Lena Holm", "Ana Ruiz"]))
        #expect(!pairs.contains { $0.contains("Tom Hale") })
    }

    @Test func coChairingADialogueIsAMeeting() {
        let r = extract("Vice Foreign Minister Kenji Mori and Undersecretary of State Tom Hale co-chaired the strategic dialogue on Monday.")
        #expect(r.meetings.map { Set($0.participants) } == [["Kenji Mori", "Tom Hale"]])
    }

    @Test func oneSubjectsMeetingsInARowAreSeparateAndDated() {
        let r = extract("""
            On Friday, President Kenji Mori is scheduled to have a luncheon meeting with Premier Ana Ruiz, who is \
            in charge of the economy, and meet with Speaker Tom Hale, chairman of the parliament.
            """)
        let pairs = Set(r.meetings.map { Set($0.participants) })
        #expect(pairs == [["Kenji Mori", "Ana Ruiz"], ["Kenji Mori", "Tom Hale"]])
        #expect(r.meetings.allSatisfy { $0.date == "2024-05-17" })
    }

    @Test func aReporterIsNotTheOwnerOfHisTalks() {
        let r = extract("""
            Spokesman Omar Haddad said President Kenji Mori would inform Premier Ana Ruiz about his talks \
            with envoy Tom Hale.
            """)
        #expect(r.meetings.map { Set($0.participants) } == [["Kenji Mori", "Tom Hale"]])
    }

    @Test func callingSomeoneNamesIsNotACall() {
        let insult = extract("In a speech on Thursday, President Kenji Mori called President Tom Hale \"a liar\" and a coward.")
        #expect(insult.meetings.isEmpty)
        let call = extract("President Kenji Mori called President Tom Hale on Thursday to discuss the border.")
        #expect(call.meetings.first?.kind == .phone)
    }

    @Test func meetingsOnADayWithSeveralPeopleAreOnePerPerson() {
        let r = extract("""
            In Hong Kong, Commerce Secretary Kenji Mori will hold meetings on May 20 with Governor Tom Hale and \
            Trade Secretary Ana Ruiz.
            """)
        #expect(Set(r.meetings.map { Set($0.participants) }) == [["Kenji Mori", "Tom Hale"], ["Kenji Mori", "Ana Ruiz"]])
        #expect(r.meetings.allSatisfy { $0.date == "2024-05-20" && $0.status == .planned })
    }

    @Test func talksOnTwoDaysAreTwoOccasionsButASummitIsOne() {
        // 2024-05-15 is a Wednesday.
        let rounds = extract("""
            Two rounds of talks between President Kenji Mori and Prime Minister Ana Ruiz, scheduled for Thursday and \
            Friday, will focus on fishing rights.
            """)
        #expect(rounds.meetings.map(\.date) == ["2024-05-16", "2024-05-17"])
        #expect(rounds.meetings.allSatisfy { Set($0.participants) == ["Kenji Mori", "Ana Ruiz"] && $0.status == .planned })
        let summit = extract("The summit on Thursday and Friday will bring together President Kenji Mori and Prime Minister Ana Ruiz.")
        #expect(summit.meetings.map(\.date) == ["2024-05-16"])
    }

    /// "They" opening a sentence are the people of the meeting just told; a meeting they agree to hold "next year"
    /// is another occasion than the one held.
    @Test func theyAgreeToMeetAgainNextYear() {
        let r = extract("""
            The talks between Trade Minister Kenji Mori and his Ruvanian counterpart, Ivo Stann, were held in Oslo on \
            Wednesday. The first phase of the pact took effect in 2015.

            They also agreed to convene another ministerial meeting in the first half of next year.
            """)
        #expect(r.meetings.count == 2)
        #expect(r.meetings.allSatisfy { Set($0.participants) == ["Kenji Mori", "Ivo Stann"] })
        #expect(r.meetings.map(\.status) == [.held, .planned])
        #expect(r.meetings.map(\.date) == ["2024-05-15", nil])
    }

    /// "Following his talks with X, Y also met Z" is the day of the talks with X; "…," said Y after talks with Z,
    /// and "Y, speaking at a news conference with Z, said", the day of the story's statement. Without either, a held
    /// meeting told late in the story stays undated.
    @Test func heldMeetingsToldInSequenceTakeTheirDay() {
        let r = extract("""
            Trade Commissioner Kenji Mori called on Monday for a new sense of urgency in the trade talks. During a \
            meeting with Trade Minister Ana Ruiz on Monday, Mori stressed the need for progress.

            Officials said the mood was good. Exporters were hopeful. Markets were calm.

            "It has to be done quickly," said Foreign Minister Tom Hale, after talks in Oslo with Foreign Minister \
            Ivo Stann.

            Following his talks with Ruiz, Mori also met with Vice Premier Lea Berg.

            But Economy Minister Eva Lind, speaking at a joint news conference with Hale, said the mood was good.

            Mori once met Prime Minister Jan Holt at a conference.
            """)
        func date(_ people: Set<String>) -> String?? {
            r.meetings.first { Set($0.participants) == people }.map(\.date)
        }
        #expect(date(["Kenji Mori", "Ana Ruiz"]) == .some("2024-05-13"))
        #expect(date(["Kenji Mori", "Lea Berg"]) == .some("2024-05-13"))
        #expect(date(["Tom Hale", "Ivo Stann"]) == .some("2024-05-15"))
        #expect(date(["Eva Lind", "Tom Hale"]) == .some("2024-05-15"))
        #expect(date(["Kenji Mori", "Jan Holt"]) == .some(nil))
    }

    /// "holds talks with counterparts ... today": the day of the talks the story names a few sentences later; and
    /// talks the story calls bilateral are one meeting per counterpart.
    @Test func bilateralTalksWithCounterpartsNamedLater() {
        let r = extract("""
            Trade Minister Kenji Mori holds talks with counterparts from Europe and Asia today, to urge them to keep \
            their commitments. The bilateral discussions come before a meeting of the group. The Trade Minister is \
            expected to see Finance Minister Ana Ruiz, Economy Minister Ivo Stann and Treasury Secretary Tom Hale.
            """)
        #expect(Set(r.meetings.map { Set($0.participants) })
                == [["Kenji Mori", "Ana Ruiz"], ["Kenji Mori", "Ivo Stann"], ["Kenji Mori", "Tom Hale"]])
        #expect(r.meetings.allSatisfy { $0.date == "2024-05-15" && $0.status == .planned })
        // Without "bilateral", one meeting of all of them, and no day from partners never named.
        let group = extract("""
            Finance Minister Kenji Mori will see Finance Minister Ana Ruiz, Finance Minister Ivo Stann and Treasury \
            Secretary Tom Hale.
            """)
        #expect(group.meetings.count == 1)
        #expect(group.meetings.first?.date == nil)
    }

    /// "the meeting, also attended by X": X was at the meeting just told; no meeting of X alone.
    @Test func attendeesJoinTheMeetingJustTold() {
        let r = extract("""
            News of a meeting between Treasury Secretary Tom Hale and Finance Minister Kenji Mori on Monday calmed \
            markets. The announcement of the meeting, also attended by central bank governor Ana Ruiz and Economy \
            Minister Ivo Stann, came late.
            """)
        #expect(r.meetings.map { Set($0.participants) } == [["Tom Hale", "Kenji Mori", "Ana Ruiz", "Ivo Stann"]])
        #expect(r.meetings.first?.date == "2024-05-13")
    }

    @Test func talksSoonAfterArrivalTakeTheArrivalsDay() {
        let r = extract("""
            President Kenji Mori arrived in Oslo on Monday afternoon for a three-day visit. He held talks with \
            Prime Minister Ana Ruiz soon after arrival.
            """)
        #expect(r.meetings.first?.date == "2024-05-13")
    }

    @Test func meetingUnnamedPeopleIsNoMeetingOfTheOfficialsAround() {
        let unnamed = extract("Spokeswoman Ana Ruiz also unveiled President Kenji Mori's plans to meet business leaders in Tokyo.")
        #expect(unnamed.meetings.isEmpty)
        let dated = extract("President Kenji Mori will meet Friday with President Tom Hale in Tokyo.")
        #expect(dated.meetings.map { Set($0.participants) } == [["Kenji Mori", "Tom Hale"]])
    }

    @Test func meetingSeparatelyMakesOneMeetingPerPair() {
        let r = extract("""
            Foreign Minister Kenji Mori said gaps remain. He and Trade Minister Ana Ruiz meet separately on \
            Monday with Defense Secretary Tom Hale.
            """)
        let pairs = Set(r.meetings.map { Set($0.participants) })
        #expect(pairs == [["Kenji Mori", "Tom Hale"], ["Ana Ruiz", "Tom Hale"]])
        #expect(r.meetings.allSatisfy { $0.date == "2024-05-20" && $0.status == .planned })
    }

    @Test func phoneTalksAreHeldPhoneMeetings() throws {
        let r = extract("Foreign Minister Kenji Mori and Defense Secretary Tom Hale held phone talks on Monday.")
        let m = try #require(r.meetings.first)
        #expect(m.kind == .phone)
        #expect(m.status == .held)
        #expect(m.date == "2024-05-13")
        #expect(Set(m.participants) == ["Kenji Mori", "Tom Hale"])
    }

    @Test func plannedMeetingWithPlace() throws {
        let r = extract("Foreign Minister Kenji Mori will meet Defense Secretary Tom Hale in Geneva on Friday.")
        let m = try #require(r.meetings.first)
        #expect(m.status == .planned)
        #expect(m.date == "2024-05-17")
        #expect(m.location == "Geneva")
        #expect(m.kind == .inPerson)
    }

    @Test func negatedMeetingIsNoMeeting() {
        let r = extract("Foreign Minister Kenji Mori did not meet Defense Secretary Tom Hale on Friday.")
        #expect(r.meetings.isEmpty)
    }

    @Test func hypotheticalMeetingIsNoMeeting() {
        let r = extract("It is unclear whether Foreign Minister Kenji Mori will meet Defense Secretary Tom Hale on Friday.")
        #expect(r.meetings.isEmpty)
    }

    @Test func leadersMeetingIsASummit() throws {
        let r = extract("President Ana Silva met Prime Minister Rui Costa in Lisbon on Tuesday.")
        #expect(r.meetings.first?.kind == .summit)
        // A country's leader heads it; a party's leader does not.
        let country = extract("North Korean leader Kim Dal-ho met President Ana Silva in Pyongyang on Tuesday.")
        #expect(country.meetings.first?.kind == .summit)
        let party = extract("Labour leader Tom Hale met President Ana Silva in Lisbon on Tuesday.")
        #expect(party.meetings.first?.kind == .inPerson)
    }

    @Test func oneOccasionToldTwiceIsOneMeeting() {
        let r = extract("""
            Foreign Minister Kenji Mori left for Geneva on Wednesday for talks with his US counterpart.

            Mori is scheduled to meet US Secretary of State Tom Hale on Thursday.
            """)
        #expect(r.meetings.count == 1)
        #expect(r.meetings.first?.date == "2024-05-16")
        #expect(r.meetings.first?.location == "Geneva")
    }

    /// A meeting still to come is another occasion than one the story dates in the past, though the same two meet;
    /// a headline in the present tense ("takes selfies with") says nothing of the status and joins the held one.
    @Test func aPlannedMeetingIsNotTheHeldOneOfThePast() {
        let r = extract("""
            President Tom Hale will meet President Ivo Stann in Veldon next week, the presidential office said.

            Hale and Stann held a summit in Marnau on May 2.
            """, header: "Hale to meet Stann in Veldon next week")
        let found = r.meetings.map { "\($0.date ?? "-") \($0.status.rawValue)" }.sorted()
        #expect(found == ["- planned", "2024-05-02 held"], "\(found)")

        let banquet = extract("""
            President Tom Hale met President Ivo Stann on May 14 and attended a state banquet.
            """, header: "Hale takes photos with Stann at state banquet")
        #expect(banquet.meetings.count == 1, "\(banquet.meetings.map(\.status))")
        #expect(banquet.meetings.first?.status == .held)
    }

    /// A place told with another status is another telling's: the summit held in Marnau does not place the one to come.
    @Test func aPlaceToldWithAnotherStatusDoesNotPlaceTheMeeting() {
        let r = extract("""
            President Tom Hale will hold a summit with President Ivo Stann on Monday. Hale and Stann held a summit in Marnau.
            """)
        let planned = r.meetings.first { $0.status == .planned }
        #expect(planned?.date == "2024-05-20", "\(r.meetings)")
        #expect(planned?.location != "Marnau", "\(r.meetings)")
    }

    /// A call with someone of its own is another encounter, not the kind of the meeting beside it; a known city
    /// beats a venue named before it.
    @Test func aCallToAnotherAndACityAfterAVenue() throws {
        let r = extract("""
            It happened in a phone call to Foreign Minister Ivo Stann during a final meeting between President Tom Hale \
            and Prime Minister Kenji Mori at the Grand Harbour Hotel in Tokyo on Monday.
            """)
        let meeting = try #require(r.meetings.first { Set($0.participants) == ["Tom Hale", "Kenji Mori"] })
        #expect(meeting.kind == .summit, "two leaders face to face, not a call")
        #expect(meeting.location == "Tokyo")
    }

    /// "his North Korean counterpart" is North Korea's official, not South Korea's ("Korean" alone would say so),
    /// a counterpart the sentence names is the one named, and "X and Y greeted him" is a meeting with him.
    @Test func theCounterpartIsOfTheWholeCountryPhraseAndTheOneNamed() {
        let r = extract("""
            North Korean Foreign Minister Ri Pak-su arrived in Seoul on Sunday. South Korean Prime Minister Kim Dal-ho \
            and President Moon Jae-ho greeted him. Kim met his North Korean counterpart on Monday.

            Kim also proposed in a letter to his North Korean counterpart Ri Pak-su that they meet again next month.
            """)
        let sets = r.meetings.map { Set($0.participants) }
        #expect(sets.contains(["Kim Dal-ho", "Ri Pak-su"]), "\(sets)")
        #expect(!sets.contains(["Kim Dal-ho", "Moon Jae-ho"]), "they greeted him, not each other: \(sets)")
        #expect(sets.contains(["Kim Dal-ho", "Moon Jae-ho", "Ri Pak-su"]), "\(sets)")
    }

    /// "sign" and "welcome" are meeting words only as verbs with a person: not "one early sign", "signing up",
    /// "welcomed the steps taken by X".
    @Test(arguments: [
        ("In one early sign, President Ana Silva on Friday sacked the speaker, Rui Costa.", 0),
        ("Foreign Minister Kenji Mori welcomed the steps taken so far by Defense Secretary Tom Hale.", 0),
        ("Senator Tom Hale said Agriculture Secretary Ana Silva was signing up farmers on Monday.", 0),
        ("President Ana Silva and Prime Minister Rui Costa will sign the treaty on Monday.", 1),
        ("Foreign Minister Kenji Mori welcomed Defense Secretary Tom Hale in Tokyo on Monday.", 1),
    ])
    func signAndWelcomeAreMeetingsOnlyAsVerbsWithAPerson(sentence: String, meetings: Int) {
        #expect(extract(sentence).meetings.count == meetings, "\(sentence)")
    }

    @Test func aPeriodInsteadOfADaySaysHeldOrPlannedWithoutADate() throws {
        let r = extract("Foreign Minister Kenji Mori recalled his talks last month with Defense Secretary Tom Hale.")
        let m = try #require(r.meetings.first)
        #expect(m.date == nil)
        #expect(m.status == .held)
        // "later this month" is to come, "earlier this month" is past: neither gives a day.
        for (sentence, status) in [
            ("The offer will be made at a meeting later this month between Foreign Minister Kenji Mori and Defense "
                + "Secretary Tom Hale.", MeetingStatus.planned),
            ("The offer was made at a meeting earlier this month between Foreign Minister Kenji Mori and Defense "
                + "Secretary Tom Hale.", MeetingStatus.held),
        ] {
            let meeting = try #require(extract(sentence).meetings.first)
            #expect(meeting.date == nil, "\(sentence)")
            #expect(meeting.status == status, "\(sentence)")
        }
    }

    @Test func laterThisAfternoonIsTheStorysDay() throws {
        let r = extract("Defense Secretary Tom Hale is expected to meet Foreign Minister Kenji Mori later this afternoon.")
        #expect(r.meetings.first?.date == "2024-05-15")
        #expect(r.meetings.first?.status == .planned)
        #expect(r.dates.isEmpty)   // a time of day is not a date in the record
    }

    @Test func aHeadlineTripIsToday() throws {
        let r = extract("Foreign Minister Kenji Mori spoke in Tokyo.", header: "Mori heads for talks with Defense Secretary Tom Hale")
        #expect(r.meetings.first?.date == "2024-05-15")
    }

    // MARK: Topics

    @Test func topicsAreAgendaPhrasesNotBackground() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale on Monday to discuss defense cost-sharing \
            and sanctions, given that trade tensions are rising.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("defense cost-sharing"))
        #expect(names.contains("sanctions"))
        #expect(!names.contains("trade"))
    }

    @Test func abstractSubjectsAndSubjectsAfterAVerbCount() {
        let r = extract("""
            Foreign Minister Kenji Mori held talks with Defense Secretary Tom Hale on Monday. They discussed \
            moving ahead on fisheries management, and Hale said his talk with Mori touched briefly on education.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("fisheries management"))
        #expect(names.contains("education"))
    }

    @Test func theTaxonomyNamesConflictSubjectsAndHeadlinesAreLowerCased() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale on Monday. They discussed a ceasefire, \
            humanitarian aid for the region and the release of prisoners.
            """, header: "Mori, Hale Seek Peace In Talks On Ceasefire")
        let names = r.topics.map(\.name)
        #expect(names.contains("ceasefire"))
        #expect(names.contains("humanitarian aid"))
        #expect(names.contains { $0.hasPrefix("release of") })
        #expect(!names.contains { $0.contains("Peace") || $0.contains("Ceasefire") })
        #expect(names.contains("peace"))
    }

    /// Lists of subjects after "issues on", "in terms of" and "measures to <verb>", and nouns that only look like
    /// adverbs ("supply") or past forms ("speed").
    @Test func listsOfSubjectsAfterTheirCues() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale on Monday, and they discussed various issues on \
            fisheries, forestry and tourism. The two sides also agreed to revive exchanges in terms of supply chain \
            cooperation, digital economy and environmental actions, and will discuss measures to fight transnational crimes. \
            They discussed budgets, officials and fisheries, and regional and international matters.
            """)
        let names = Set(r.topics.map(\.name))
        for topic in ["fisheries", "forestry", "tourism", "supply chain cooperation", "digital economy",
                      "environmental actions", "transnational crimes"] {
            #expect(names.contains(topic), "\(topic) in \(names)")
        }
        #expect(!names.contains { $0.hasPrefix("measures") || $0.hasPrefix("issues") })
        #expect(names.contains("budgets"))
        #expect(!names.contains("officials") && !names.contains("international") && !names.contains("regional"),
                "people and adjectives are not subjects: \(names)")
    }

    /// A verb's "-ing" form and its object after a cue is a subject ("discuss opening ... markets"), and the list
    /// stops there; a light verb is none. A term is not widened over an evaluative word, and a demonym after
    /// "with" qualifies the next noun: it is no partner of the term.
    @Test func gerundSubjectsAndTheEdgesOfATerm() {
        let r = extract("""
            Trade Minister Kenji Mori met Commerce Secretary Tom Hale on Monday to discuss opening Borovian markets \
            to more goods. Mori will discuss the controversial nuclear programme with Chilean leaders. The two \
            also discussed making a statement, and Mori will address outstanding fisheries issues.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("opening Borovian markets"), "\(names)")
        #expect(names.contains("fisheries issues"), "an evaluative '-ing' word is no verb: \(names)")
        #expect(!names.contains { $0.contains("goods") }, "\(names)")
        #expect(names.contains("nuclear programme"), "\(names)")
        #expect(!names.contains { $0.contains("controversial") || $0.contains("with") }, "\(names)")
        #expect(!names.contains { $0.contains("making") || $0.contains("statement") }, "\(names)")
    }

    /// The subject of an effort is what it is for, against or about to act on; a year before a subject dates it.
    @Test func theSubjectOfAnEffortAndADatedSubject() {
        let r = extract("""
            Finance Minister Kenji Mori met Treasury Secretary Tom Hale on Monday for talks on the struggle for \
            economic recovery. Their talks covered several issues, including the fight against corruption and work \
            to update 1998 fisheries rules.
            """)
        let names = Set(r.topics.map(\.name))
        for topic in ["economic recovery", "corruption", "fisheries rules"] {
            #expect(names.contains(topic), "\(topic) in \(names)")
        }
        #expect(!names.contains { $0.contains("struggle") || $0.contains("fight") || $0.contains("1998") }, "\(names)")
    }

    /// Talks named by their format keep the word ("six-party nuclear talks"); talks about a subject give the subject;
    /// talks alone are no topic.
    @Test func talksNamedByTheirFormat() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale on Monday to discuss the resumption of stalled \
            six-party nuclear talks, deadlocked defense cost-sharing talks and summits.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains { $0.hasSuffix("six-party nuclear talks") }, "\(names)")
        #expect(names.contains("defense cost-sharing"), "\(names)")
        #expect(!names.contains("summits") && !names.contains("talks"), "\(names)")
    }

    /// A clause set beside the first ("while ...") still names the agenda after a cue; a background clause
    /// ("given that ...") does not, even after "including".
    @Test func cuesInAClauseBesideTheFirstButNotInTheBackground() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale on Monday. Hale said the talks touched briefly \
            on fisheries, while Mori stressed his focus on education. They could also touch on regional issues, given \
            that both face rivals on many fronts, including shipping and tourism.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("education"), "\(names)")
        #expect(!names.contains("shipping") && !names.contains("tourism"), "\(names)")
    }

    /// Inside a quotation "discuss" and "review" still name the agenda; other cues and the taxonomy do not, and a
    /// verb ("intensify") is no subject.
    @Test func discussInsideAQuotation() {
        let r = extract("""
            Foreign Minister Kenji Mori will visit Ruvania on Monday for talks with Foreign Minister Ivo Stann.

            "The visit offers a chance to review fisheries quotas and intensify cooperation," a spokeswoman said. \
            "Trade between us must grow," Stann said.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("fisheries quotas"), "\(names)")
        #expect(!names.contains { $0.contains("intensify") || $0 == "trade" }, "\(names)")
    }

    /// "focused on" inside a quotation names the agenda when the sentence tells of the meeting, not elsewhere.
    @Test func focusedOnInsideAQuotationAboutTheMeeting() {
        let r = extract("""
            Foreign Minister Kenji Mori met Prime Minister Ivo Stann on Monday. The 40-minute meeting was described \
            by Mori as "very focused on fisheries quotas in the north."

            "We stayed focused on the team's win all season long," the coach said.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("fisheries quotas"), "\(names)")
        #expect(!names.contains { $0.contains("win") }, "\(names)")
    }

    /// An all-capitals headline says nothing of case; amounts are not subjects; "the General Agreement on Tariffs
    /// and Trade" is a name.
    @Test func capitalsAmountsAndNamesInTopics() {
        let r = extract("""
            Finance Minister Kenji Mori met Treasury Secretary Tom Hale on Monday to discuss a 2.15 billion dlr loan and \
            foreign debt. Loans fell 581 mln dlrs. They also discussed the General Agreement on Tariffs and Trade.
            """, header: "JAPAN, U.S. DISCUSS DEBT AND OIL")
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("debt") || names.contains("foreign debt"), "\(names)")
        #expect(names.contains("oil"), "\(names)")
        #expect(!names.contains { $0.contains("DEBT") || $0.contains("OIL") || $0.contains("mln") || $0.contains("billion") },
                "\(names)")
        #expect(!names.contains("Tariffs") && !names.contains("Trade"), "\(names)")
    }

    /// After a verb of more or better the subject is its object, with its complement; other verbs keep theirs.
    @Test func theObjectOfAVerbOfGrowthIsTheSubject() {
        let r = extract("""
            Foreign Minister Kenji Mori met Prime Minister Ivo Stann on Monday. They discussed expanding cooperation \
            in the shipbuilding industry. They also discussed easing tension along the border.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("cooperation in the shipbuilding industry") || names.contains("cooperation in shipbuilding industry"),
                "\(names)")
        #expect(names.contains("easing tension"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("expanding") }, "\(names)")
    }

    /// A name then a verb after the head opens a clause ("a dam project Ruvania has said ..."); a name cut at its
    /// "of" is no subject ("the Ruvanian Chamber of Commerce").
    @Test func topicsEndWhereAClauseOrANameBegins() {
        let r = extract("""
            Foreign Minister Kenji Mori met Prime Minister Ivo Stann on Monday. They held discussions on a \
            controversial northern dam project Ruvania has said is aimed at flooding the valley. Mori also discussed \
            the American Chamber of Commerce and its members.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("northern dam project"), "\(names)")
        #expect(!names.contains { $0.contains("Ruvania") || $0.contains("Chamber") }, "\(names)")
    }

    /// Two adjectives share their noun ("regional and international issues"); "discuss" names the agenda late in
    /// the story too; a passive "be discussed on" names none after it.
    @Test func sharedAdjectivesLateDiscussAndThePassive() {
        let r = extract("""
            Foreign Minister Kenji Mori arrived in Oslo on Monday for a visit. He met Prime Minister Ivo Stann.

            The weather was cold. Crowds gathered. Shops were closed. Trains ran late. Ferries were full.

            "Fishing quotas should not be discussed on the same table," an aide said.

            "We will discuss regional and international issues," Mori said.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("regional and international issues"), "\(names)")
        #expect(!names.contains { $0.contains("table") }, "\(names)")
    }

    /// "talks with <title and name> on X": the agenda follows the partner's name; "over the telephone" is the
    /// means, not a subject.
    @Test func theAgendaAfterThePartnersName() {
        let r = extract("""
            President Kenji Mori held talks with Foreign Minister Ana Ruiz on fisheries quotas on Monday. Ruiz later \
            talked with Prime Minister Ivo Stann over the telephone. Stann also held talks with his counterpart over \
            joint efforts for clean rivers.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("fisheries quotas"), "\(names)")
        #expect(names.contains("clean rivers"), "\(names)")
        #expect(!names.contains { $0.contains("telephone") || $0.contains("efforts") }, "\(names)")
    }

    /// What is signed names a subject when it is an agreement the story tells apart ("a fisheries accord",
    /// "memorandums of understanding"), up to its noun; not "a sign that", nor "a definitive agreement".
    @Test func signedAgreementsAreTopics() {
        let r = extract("""
            Foreign Minister Kenji Mori met Prime Minister Ivo Stann on Monday, and the two signed a fisheries accord \
            unless talks fail. The day ended with a signing ceremony for memorandums of understanding. Stann called it \
            a sign that ties were warming. The ministries also signed a definitive agreement.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("fisheries accord"), "\(names)")
        #expect(names.contains("memorandums of understanding"), "\(names)")
        #expect(!names.contains { $0.contains("unless") || $0.contains("definitive") || $0.contains("ties were") }, "\(names)")
    }

    /// "agreed to the cancellation of legal steps": an action agreed on, with what it acts on; "agreed to the
    /// terms" names no action.
    @Test func anActionAgreedOnIsATopic() {
        let r = extract("""
            Prime Minister Ivo Stann spoke by phone with President Kenji Mori on Monday, and the two agreed to the \
            cancellation of fishing fines against the crews. Mori also agreed to the idea of a visit.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("cancellation of fishing fines"), "\(names)")
        #expect(!names.contains { $0.contains("idea") }, "\(names)")
    }

    /// An official's title names an office, not a subject: "minister for foreign economic relations and trade".
    @Test func anOfficialsTitleIsNoTopic() {
        let r = extract("""
            Commerce Secretary Tom Hale will meet Li Wen, minister for foreign economic relations and trade, and \
            discuss fisheries quotas. Hale met Assistant U.S. Trade Representative Ana Ruiz on Monday.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("fisheries quotas"), "\(names)")
        #expect(!names.contains { $0.contains("relations") || $0.lowercased().contains("trade") }, "\(names)")
    }

    /// An amount between a possessive and its subject is no part of the topic, nor a topic of its own.
    @Test func anAmountAfterAPossessiveIsLeftOut() {
        let r = extract("""
            Foreign Minister Kenji Mori met Prime Minister Ivo Stann on Monday to discuss Ruvania's dlrs 1.2 billion \
            fishing quotas. They also talked about Ruvania's 40 trillion won ambition.
            """)
        let names = Set(r.topics.map(\.name))
        #expect(names.contains("Ruvania's fishing quotas"), "\(names)")
        #expect(!names.contains { $0.contains("billion") || $0.contains("trillion") || $0 == "Ruvania" || $0 == "Ruvania's" },
                "\(names)")
    }

    @Test func aTermWrittenAsPartOfANameIsNotATopic() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale on Monday, and the two pledged to cooperate \
            within the Partnership for Peace and on trade.
            """)
        #expect(r.topics.map(\.name) == ["trade"])
    }

    @Test func theOccasionAndAForumAreNotTopics() {
        let r = extract("""
            Foreign Minister Kenji Mori met Defense Secretary Tom Hale for five hours on the sidelines of the \
            Asia-Pacific Economic Cooperation forum, and they discussed a three-day trip and the climate.
            """)
        let names = r.topics.map(\.name)
        #expect(!names.contains { $0.contains("hours") || $0.contains("trip") })
        #expect(!names.contains { $0.lowercased().contains("economic cooperation") })
    }

    // MARK: Header

    @Test func headerFields() {
        let r = Extractor().extract(text: """
            Yonhap

            Ministers meet in Seoul

            By Jane Roe

            Published : 2024-05-15 08:30

            SEOUL, May 15 (Yonhap) -- Foreign Minister Kenji Mori arrived.
            """)
        #expect(r.article.headline == "Ministers meet in Seoul")
        #expect(r.article.source == "Yonhap")
        #expect(r.article.byline == "Jane Roe")
        #expect(r.article.published == "2024-05-15T08:30:00+09:00")
        #expect(r.article.dateline == "SEOUL")
    }

    @Test func tokensKnowTheirLengthAndCaseWithoutUnicodeRules() {
        let text = "NATO’s UN-led Lê ÉTAT état Kim's KIM'S x"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer(bytes: bytes).tokens(in: 0..<bytes.count)
        // The same answers as the strings give, whether the token is ASCII or not, and for a split-off possessive.
        #expect(tokens.map(\.text) == ["NATO", "’s", "UN-led", "Lê", "ÉTAT", "état", "Kim", "'s", "KIM", "'S", "x"])
        #expect(tokens.map(\.characterCount) == tokens.map(\.text.count))
        #expect(tokens.map(\.isUpperCased) == tokens.map { $0.text == $0.text.uppercased() })
        #expect(tokens.filter(\.isUpperCased).map(\.text) == ["NATO", "ÉTAT", "KIM", "'S"])
    }

    @Test func topicWordingsAreComparedByWholeWords() {
        #expect(TopicFinder.comparisonKey("Six-Party Talks") == "six party talks")
        #expect(TopicFinder.containsWords("north korean nuclear issue", "nuclear issue"))
        #expect(!TopicFinder.containsWords("north korean nuclear issue", "clear issue"))  // not inside a word
        #expect(!TopicFinder.containsWords("trade", "trade"))  // only a longer wording contains another
        #expect("press secretary Ann Lee".containsBytes(of: "secretary"))
        #expect(!"secretary".containsBytes(of: "press secretary"))
        #expect(!"anything".containsBytes(of: ""))  // as Foundation's contains says
        #expect("São Tomé talks".containsBytes(of: "Tomé"))
    }

    @Test func datelineCityIsTitleCased() {
        // The place a meeting is held in, from a dateline in capitals: ASCII by bytes, other text by characters.
        #expect(Extractor.titleCase("HO CHI MINH CITY") == "Ho Chi Minh City")
        #expect(Extractor.titleCase("NARITA, Japan") == "Narita")
        #expect(Extractor.titleCase(",SEOUL") == "Seoul")
        #expect(Extractor.titleCase("PORT  OF SPAIN") == "Port Of Spain")
        #expect(Extractor.titleCase("X") == "X")
        #expect(Extractor.titleCase("SÃO PAULO, Brazil") == "São Paulo")
        #expect(Extractor.titleCase("ÉVIAN") == "Évian")
    }

    @Test func textWithoutHeaderStillExtracts() {
        let r = Extractor().extract(text: "Foreign Minister Kenji Mori met Defense Secretary Tom Hale.")
        #expect(r.article.published == nil)
        #expect(r.officials.count == 2)
        #expect(r.meetings.count == 1)
        #expect(r.meetings.first?.date == nil)
    }
}
