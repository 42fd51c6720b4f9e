/// Finds encounters between named officials, sentence by sentence, and merges the
/// mentions of one occasion: "left for Washington on Wednesday for talks with his US
/// counterpart", "is scheduled to meet ... Biegun on Thursday local time" and the
/// headline's "leaves for US for talks with Biegun" are one planned meeting.
final class MeetingFinder {
    struct Mention {
        var sentence: Int
        var trigger: Int
        var participants: Set<Int>
        var date: CivilDate?
        var location: String?
        var kind: MeetingKind
        var status: MeetingStatus
        /// Dated only by a period ("last month"): no day may be guessed for it.
        var period = false
        /// The status is the headline's default (no tense, no date), not read from the text.
        var guessedStatus = false
        /// "talks scheduled for Thursday and Friday": the second of two days, each its own occasion.
        var secondDate: CivilDate?
        /// One named person meeting partners not named: "holds talks with counterparts from Europe today".
        var anonymous = false
    }

    struct Occasion {
        var participants: Set<Int>
        var date: CivilDate?
        var location: String?
        var kind: MeetingKind
        var status: MeetingStatus
        var sentences: [Int]
        var firstTrigger: Int
        var period = false
    }

    let document: Document
    let officials: OfficialFinder
    let dates: [DateExpression]
    let masked: TokenSet
    let published: CivilDate?
    private let lexicon = Lexicon.shared

    /// The dateline's city in its usual spelling ("TOKYO" -> "Tokyo"), when the story has one.
    var datelineCity: String?
    /// Date tokens that never date a meeting (the dateline's).
    var excludedDateTokens: Set<Int> = []

    private(set) var mentions: [Mention] = []
    /// Dated mentions of one person meeting partners the sentence does not name.
    private var anonymousMentions: [Mention] = []
    private(set) var occasions: [Occasion] = []

    init(document: Document, officials: OfficialFinder, dates: [DateExpression], masked: TokenSet, published: CivilDate?) {
        self.document = document
        self.officials = officials
        self.dates = dates
        self.masked = masked
        self.published = published
    }

    /// The date expressions that start inside `tokens` (`dates` are in text order and do not overlap).
    private func dates(startingIn tokens: Range<Int>) -> ArraySlice<DateExpression> {
        dates.slice(startingIn: tokens) { $0.range.lowerBound }
    }

    func run() {
        for (s, sentence) in document.sentences.enumerated() {
            // "The announcement of the meeting, also attended by Bundesbank President Poehl, ...": people who joined
            // the meeting just told.
            let found = mention(in: sentence, index: s)
            if let attendees = attendees(in: sentence.range), let last = mentions.last,
               found.map({ $0.participants.isSubset(of: attendees) }) ?? true {
                let people = last.participants
                for i in mentions.indices where mentions[i].participants == people { mentions[i].participants.formUnion(attendees) }
                continue
            }
            guard let m = found else { continue }
            if m.anonymous {
                if m.date != nil { anonymousMentions.append(m) }
                continue
            }
            let fronted = frontedMeetings(m, in: sentence)
            let separate = fronted.isEmpty ? separateMeetings(m, in: sentence) : fronted
            let later = separate.isEmpty ? laterMentions(after: m, in: sentence) : []
            var own = m
            if !later.isEmpty {
                // "a luncheon meeting with Li ... and meet with Zhao": the first meeting keeps its own people.
                let next = later.map(\.trigger).min()!
                let subject = Set((sentence.range.lowerBound..<m.trigger).filter { !masked.contains($0) }
                    .compactMap { officials.person(at: $0) }).intersection(m.participants)
                let objects = Set(((m.trigger + 1)..<next).filter { !masked.contains($0) }.compactMap { officials.person(at: $0) })
                if !subject.isEmpty, !objects.isEmpty { own.participants = subject.union(objects) }
            }
            mentions.append(contentsOf: separate.isEmpty ? [own] : separate)
            if separate.isEmpty, let second = own.secondDate {
                var next = own
                next.date = second
                if let published, second != published { next.status = second > published ? .planned : .held }
                mentions.append(next)
            }
            mentions.append(contentsOf: later)
        }
        merge()
    }

    // MARK: - One sentence

    private func trigger(in range: Range<Int>) -> (Int, MeetingKind)? {
        let tokens = document.tokens
        // The word maps read at every token, held here (not retained and released at each).
        let triggers = lexicon.meetingTriggers, phoneVerbs = lexicon.phoneVerbs, personVerbs = lexicon.personVerbs
        for k in range where !masked.contains(k) && tokens[k].isWord {
            guard let role = triggers[tokens[k]] else {
                if phoneVerbs.contains(tokens[k]) {
                    // "called President Tom Hale": the name, over its title.
                    var object = k + 1
                    while object < min(range.upperBound, k + 5), officials.person(at: object) == nil, tokens[object].isWord,
                          tokens[object].isCapitalized, lexicon.titles.match(tokens, at: object) != nil || object > k + 1 {
                        object += 1
                    }
                    guard object < range.upperBound, officials.person(at: object) != nil else { continue }
                    // "called Bush a liar", "called Bush ``a liar''": naming, not a call.
                    let e = officials.reference(around: object, within: range).upperBound
                    let naming = e < range.upperBound && (tokens[e].isQuote || ["a", "an", "the", "his", "her", "their"].contains(tokens[e].lower))
                    if !naming { return (k, .phone) }
                    continue
                }
                // "to see Japanese Finance Minister Kiichi Miyazawa": the object is a named official, reached
                // over capitalized title words only.
                if personVerbs.contains(tokens[k]) {
                    var j = k + 1
                    while j < min(range.upperBound, k + 6), officials.person(at: j) == nil,
                          tokens[j].isWord, tokens[j].isCapitalized || ["of", "the"].contains(tokens[j].lower) {
                        j += 1
                    }
                    if j < range.upperBound, officials.person(at: j) != nil, !masked.contains(j) { return (k, .inPerson) }
                }
                continue
            }
            let w = tokens[k].lower
            if let partners = MeetingWords.needsPartner[w] {
                guard k + 1 < range.upperBound, partners.contains(tokens[k + 1].lower) || officials.person(at: k + 1) != nil else { continue }
            }
            // A visit is a meeting only with a person: "visited Yasukuni Shrine" is not.
            if ["visited", "visiting", "visit", "visits"].contains(w) {
                let next = (k + 1)..<min(k + 5, range.upperBound)
                guard next.contains(where: { officials.person(at: $0) != nil }) else { continue }
            }
            // "one early sign", "signing up for a program": a sign is a meeting only as the verb of an agreement.
            if w == "sign", k > range.lowerBound, !Self.beforeVerbs.contains(tokens[k - 1].lower) { continue }
            if ["sign", "signed", "signing"].contains(w), k + 1 < range.upperBound, tokens[k + 1].lower == "up" { continue }
            // "welcomed the steps taken by X": a welcome or a host is a meeting only with a person.
            if ["welcomed", "hosted", "hosts", "host", "greeted"].contains(w) {
                let next = (k + 1)..<min(k + 6, range.upperBound)
                guard next.contains(where: { officials.person(at: $0) != nil || ["him", "her", "them"].contains(tokens[$0].lower) })
                else { continue }
            }
            if w == "call" {
                // A call only with a phone word or an article before it: "a phone call", "in a call".
                guard k > range.lowerBound, ["phone", "telephone", "a", "the", "their", "video"].contains(tokens[k - 1].lower) else { continue }
            }
            if isNegated(k, floor: range.lowerBound) { continue }
            // "whether the president would meet with Tung": a hypothetical is no meeting.
            if (max(range.lowerBound, k - 14)..<k).contains(where: { ["whether", "if", "unless"].contains(tokens[$0].lower) }) { continue }
            // "such meeting would be hypothetical".
            if (k..<min(range.upperBound, k + 6)).contains(where: { tokens[$0].lower == "hypothetical" }) { continue }
            var kind: MeetingKind
            switch role {
            case .phone: kind = .phone
            case .video: kind = .video
            case .summit: kind = .summit
            case .meeting: kind = .inPerson
            }
            for back in 1...2 where k - back >= range.lowerBound {
                switch MeetingWords.modifiers[tokens[k - back].lower] {
                case .phone?: kind = .phone
                case .video?: kind = .video
                default: break
                }
            }
            return (k, kind)
        }
        return nil
    }

    private func isNegated(_ k: Int, floor: Int) -> Bool {
        let tokens = document.tokens
        for back in 1...3 where k - back >= floor {
            let w = tokens[k - back].lower
            if w == "not" || w == "never" || w.hasSuffix("n't") { return true }
        }
        return false
    }

    private func mention(in sentence: Document.Sentence, index s: Int) -> Mention? {
        let tokens = document.tokens
        let range = sentence.range
        guard var (trigger, kindFound) = trigger(in: range) else { return nil }
        // With several meeting words, take the one nearest the people named; words that only
        // say what was discussed or signed yield to words for the encounter itself.
        let named = range.filter { !masked.contains($0) && officials.person(at: $0) != nil }
        var all: [(Int, MeetingKind)] = []
        var k = range.lowerBound
        while k < range.upperBound, let (t, kind) = self.trigger(in: k..<range.upperBound) {
            all.append((t, kind))
            k = t + 1
        }
        let strong = all.filter { !Self.weakTriggers.contains(tokens[$0.0].lower) }
        let candidates = strong.isEmpty ? all : strong
        if named.count >= 2 {
            var bestDistance = Int.max
            for (t, kind) in candidates {
                let distance = named.map { abs($0 - t) }.sorted().prefix(2).reduce(0, +)
                if distance < bestDistance { (trigger, kindFound) = (t, kind); bestDistance = distance }
            }
        } else if let first = candidates.first {
            (trigger, kindFound) = first
        }
        // Several meetings of one subject in a row ("Lee is to have a luncheon meeting with Li ..., and meet with
        // Zhao") are read from the first meeting word on.
        if let first = candidates.first, first.0 < trigger,
           ((first.0 + 1)..<trigger).contains(where: { !masked.contains($0) && officials.person(at: $0) != nil }),
           (range.lowerBound..<first.0).contains(where: { k in
               // A subject, not a reporter ("Wi said the two sides ...").
               guard !masked.contains(k), officials.person(at: k) != nil else { return false }
               return officials.reference(around: k, within: range.lowerBound..<first.0).upperBound < first.0 && !isReporter(at: k, in: range)
           }) {
            (trigger, kindFound) = first
        }
        // A call anywhere in the sentence makes it a call ("held phone talks ... to discuss sanctions").
        // A call with someone of its own is another encounter ("in a phone call to Erdogan during a final meeting
        // between Obama and Netanyahu").
        if kindFound == .inPerson, let remote = candidates.first(where: { $0.1 == .phone || $0.1 == .video }),
           !((remote.0 + 1)..<min(range.upperBound, remote.0 + 4)).contains(where: { k in
               ["to", "with"].contains(tokens[k].lower) && ((k + 1)..<min(range.upperBound, k + 5)).contains { j in
                   !masked.contains(j) && officials.person(at: j) != nil
               }
           }) || abs(remote.0 - trigger) <= 3 {
            kindFound = remote.1
        }
        var kind = kindFound
        var participants = Set<Int>()
        for k in range where !masked.contains(k) {
            if let p = officials.person(at: k) { participants.insert(p) }
        }
        // "a meeting between Obama and Netanyahu": the two named right after are the meeting.
        if trigger + 2 < range.upperBound, tokens[trigger + 1].lower == "between" {
            var between = Set<Int>()
            var k = trigger + 2
            while k < min(range.upperBound, trigger + 14) {
                if let p = masked.contains(k) ? nil : officials.person(at: k) { between.insert(p) }
                else if tokens[k].isWord, !tokens[k].isCapitalized, !["and", "of", "the"].contains(tokens[k].lower), !between.isEmpty { break }
                else if tokens[k].text == "," && between.count >= 2 { break }
                k += 1
            }
            if between.count >= 2 { participants = between }
        }
        // "Truman's secretary of state, Dean Acheson, signed": the one whose official it is, is not there.
        let possessors = participants.filter { p in
            range.contains { k in
                officials.person(at: k) == p && !masked.contains(k) && k + 2 < range.upperBound && officials.person(at: k + 1) != p
                    && tokens[k + 1].lower == "'s" && lexicon.titles.match(tokens, at: k + 2) != nil
            } && !range.contains { k in
                officials.person(at: k) == p && !masked.contains(k) && (k + 1 >= range.upperBound || tokens[k + 1].lower != "'s")
                    && officials.person(at: k + 1) != p
            }
        }
        if participants.count - possessors.count >= 2 { participants.subtract(possessors) } else if !possessors.isEmpty { return nil }
        // ", Khatib said.": whoever reports at the end of the sentence is not in the meeting.
        var end = range.upperBound
        while end > range.lowerBound, !tokens[end - 1].isWord { end -= 1 }
        if end - 2 > trigger, Vocabulary.reportingVerbs.contains(tokens[end - 1].lower),
           let reporter = officials.person(at: end - 2), tokens[end - 3].text == "," || officials.person(at: end - 3) == reporter {
            participants.remove(reporter)
        }
        // "Hussein was expected to brief Arafat on his talks with Clinton": the subject's talks.
        if trigger > range.lowerBound, ["his", "her", "their"].contains(tokens[trigger - 1].lower),
           let subject = range.first(where: { k in
               // The first one named who is not reporting ("Abu Rudeina said Arafat would ... his talks").
               !masked.contains(k) && officials.person(at: k) != nil && k < trigger && !isReporter(at: k, in: range)
           }).flatMap({ officials.person(at: $0) }) {
            let next = nextTrigger(after: trigger, in: range) ?? range.upperBound
            let objects = Set(((trigger + 1)..<next).filter { !masked.contains($0) }.compactMap { officials.person(at: $0) })
            if !objects.isEmpty, !objects.contains(subject) { participants = objects.union([subject]) }
        }
        // "his US counterpart": the one official of that country not already named.
        // Not when the text names the counterpart right there: "his North Korean counterpart Li Gun-mo".
        if let c = range.first(where: { tokens[$0].lower == "counterpart" && !masked.contains($0) }),
           !(1...2).contains(where: { d in c + d < range.upperBound && officials.person(at: c + d) != nil
                                          && (d == 1 || tokens[c + 1].text == ",") }) {
            // The country phrase that ends at "counterpart", the longest: "North Korean", not "Korean".
            var country: String?
            for back in (1...3).reversed() where c - back >= range.lowerBound {
                if let m = lexicon.country(at: c - back, in: tokens), c - back + m.length == c { country = m.code; break }
            }
            let candidates = officials.people.indices.filter { p in
                !participants.contains(p) && (country == nil || officials.people[p].country == country)
                    && (country != nil || officials.people.count == 2)
            }
            if candidates.count == 1 { participants.insert(candidates[0]) }
        }
        // People far from the meeting word belong to another clause ("..., to mend ties ... Putin").
        if participants.count > 2 {
            var near = Set(range.filter { !masked.contains($0) && abs($0 - trigger) <= 12 }.compactMap { officials.person(at: $0) })
            near.formUnion(listAfter(trigger, in: range))
            // The sentence's subject, before the meeting word and followed by its verb ("Lee is scheduled to have
            // a luncheon meeting with Li ... and meet with Zhao"), stays however far it is.
            if let k = (range.lowerBound..<trigger).first(where: { !masked.contains($0) && officials.person(at: $0) != nil }),
               let p = officials.person(at: k) {
                let e = officials.reference(around: k, within: range.lowerBound..<trigger).upperBound
                if e < trigger, tokens[e].isWord, !tokens[e].isCapitalized, !Vocabulary.reportingVerbs.contains(tokens[e].lower),
                   ["is", "was", "will", "would", "has", "had", "held", "met", "also", "plans", "planned", "arrived"].contains(tokens[e].lower) {
                    near.insert(p)
                }
            }
            if near.count >= 2 { participants = participants.intersection(near) }
        }
        // "plans to meet overseas Koreans": a meeting verb whose object is people nobody names is not a meeting
        // of the officials around it.
        if ["meet", "meets", "met"].contains(tokens[trigger].lower), trigger + 1 < range.upperBound {
            var o = trigger + 1
            if tokens[o].lower == "with" { o += 1 }
            if o < range.upperBound, tokens[o].isWord, !Self.notAnObject.contains(tokens[o].lower), officials.person(at: o) == nil,
               Vocabulary.weekdays[tokens[o].bareLower] == nil, Vocabulary.months[tokens[o].bareLower] == nil,
               !dates(startingIn: max(0, o - 16)..<(o + 1)).contains(where: { $0.range.contains(o) }),
               lexicon.titles.match(tokens, at: o) == nil, lexicon.country(at: o, in: tokens) == nil || !tokens[o].isCapitalized,
               !((o + 1)..<min(range.upperBound, o + 6)).contains(where: { !masked.contains($0) && officials.person(at: $0) != nil }) {
                return nil
            }
        }
        // A spokesperson reporting in the sentence ("but Bacon said the issue was not a focus of the talks")
        // speaks about the meeting, not in it.
        let spokespeople = participants.filter { p in
            let title = officials.people[p].titleText?.lowercased() ?? ""
            guard title.containsBytes(of: "spokes") || title.containsBytes(of: "press secretary") else { return false }
            return range.contains { k in officials.person(at: k) == p && !masked.contains(k) && isReporter(at: k, in: range) }
        }
        participants.subtract(spokespeople)
        // A person who only reports the meeting ("Pentagon spokesman Kenneth Bacon said") is not in it.
        if participants.count > 2 {
            let reporters = participants.filter { p in
                range.contains { k in
                    officials.person(at: k) == p && !masked.contains(k) && (k + 1 < range.upperBound && officials.person(at: k + 1) != p)
                        && (1...2).contains { d in k + d < range.upperBound && Vocabulary.reportingVerbs.contains(tokens[k + d].lower) }
                }
            }
            if participants.count - reporters.count >= 2 { participants.subtract(reporters) }
        }
        // "He had earlier met Volcker and Baker": a pronoun subject with nobody named before the meeting word
        // is the person the sentences before were about.
        if participants.count >= 2, ["he", "she"].contains(tokens[range.lowerBound].lower),
           !(range.lowerBound..<trigger).contains(where: { !masked.contains($0) && officials.person(at: $0) != nil }),
           let p = subjectBefore(sentence: s, notIn: participants) {
            participants.insert(p)
        }
        // "Kim and Moon greeted him": the one greeted is the person the sentences before were about.
        if participants.count >= 2, trigger + 1 < range.upperBound, ["him", "her"].contains(tokens[trigger + 1].lower),
           !((trigger + 1)..<range.upperBound).contains(where: { !masked.contains($0) && officials.person(at: $0) != nil }),
           let p = subjectBefore(sentence: s, notIn: participants) {
            participants.insert(p)
        }
        // "He met ...", "The two leaders ...": the subject comes from the sentences before.
        if participants.count < 2 {
            let first = range.lowerBound
            let opener = tokens[first].lower
            let people: Set<String> = ["leaders", "ministers", "sides", "men", "presidents", "officials", "envoys", "delegations"]
            let theTwo = opener == "the" && first + 2 < range.upperBound
                && ((tokens[first + 1].lower == "two" && people.contains(tokens[first + 2].lower)) || people.contains(tokens[first + 1].lower))
            if opener == "he" || opener == "she" || theTwo {
                if theTwo, let previous = mentions.last { participants.formUnion(previous.participants) }
                else if let p = protagonist(notIn: participants) { participants.insert(p) }
            } else if opener == "they", participants.isEmpty, let previous = mentions.last, previous.sentence >= s - 4 {
                // "They also agreed to hold another meeting": the people of the meeting just told.
                participants = previous.participants
            }
        }
        // "Baker holds talks with counterparts from Europe and Japan today": one named person and partners not
        // named (yet). Kept aside: its day may date the talks once the story names them.
        let anonymous = participants.count == 1 && unnamedPartners(after: trigger, in: range)
        guard participants.count >= 2 || anonymous else { return nil }
        // The date: the expression nearest the trigger that is not the date of a trip.
        let inSentence = dates(startingIn: range).filter { d in
            !masked.contains(d.range.lowerBound) && !excludedDateTokens.contains(d.range.lowerBound)
                // "X said Tuesday": the day of the statement, not of the meeting.
                && !(d.range.lowerBound > range.lowerBound && Vocabulary.reportingVerbs.contains(tokens[d.range.lowerBound - 1].lower))
        }
        let meetingDates = inSentence.filter { d in
            !isTripDate(d, trigger: trigger, floor: range.lowerBound)
                // Far from the meeting word, or across a reporting verb ("Earlier on Dec. 22, X said a meeting
                // ... was being coordinated"), a date belongs to something else.
                && abs(d.range.lowerBound - trigger) <= 20
                && !(min(d.range.upperBound, trigger)..<max(d.range.lowerBound, trigger)).contains {
                    Vocabulary.reportingVerbs.contains(tokens[$0].lower) && !masked.contains($0)
                }
        }
        let nearest = meetingDates.min { abs($0.range.lowerBound - trigger) < abs($1.range.lowerBound - trigger) }
        var date = nearest?.value
        // "on Thursday and Friday", "on May 3 and May 4": two days, two occasions.
        var secondDate: CivilDate?
        // (A summit, conference or visit over two days is one occasion.)
        if let nearest, nearest.range.upperBound + 1 < range.upperBound, tokens[nearest.range.upperBound].lower == "and",
           !MeetingWords.spanningDays.contains(tokens[trigger].lower),
           let next = dates(startingIn: (nearest.range.upperBound + 1)..<(nearest.range.upperBound + 2)).first,
           !masked.contains(next.range.lowerBound), next.value != nearest.value {
            secondDate = next.value
        }
        // "held talks ... soon after arrival": the day of the arrival the sentences before report.
        if date == nil, range.contains(where: { k in
            tokens[k].lower == "arrival" && k > range.lowerBound && ["after", "upon", "on", "his", "her", "their"].contains(tokens[k - 1].lower)
        }) {
            date = arrivalDate(before: s)
        }
        // "his talks last month", "talks next week": a period, not a day, that also says held or planned.
        var coarse: Tense = .unknown
        for k in max(range.lowerBound, trigger - 4)..<min(range.upperBound - 1, trigger + 8) where !masked.contains(k) {
            let w = tokens[k].lower, next = tokens[k + 1].lower
            guard ["week", "month", "year", "weekend"].contains(next) else { continue }
            let before = k > range.lowerBound ? tokens[k - 1].lower : ""
            if w == "last" || w == "earlier" || w == "past" || (w == "this" && before == "earlier") { coarse = .past }
            else if w == "next" || w == "coming" || (w == "this" && before == "later") { coarse = .future }
        }
        if coarse != .unknown, date != nil, meetingDates.allSatisfy({ abs($0.range.lowerBound - trigger) > 3 }) {
            date = nil
        }
        // Status: the date against publication, else the tense of the clause.
        var status: MeetingStatus
        var guessed = false
        if let date, let published, date != published {
            status = date > published ? .planned : .held
        } else if coarse != .unknown {
            status = coarse == .past ? .held : .planned
        } else {
            switch tense(near: trigger, in: range) {
            case .future:
                status = .planned
                // A headline's present ("Mori meets Girard") reports as often as it announces.
                guessed = sentence.isHeadline && !range.contains { k in
                    !masked.contains(k) && (Vocabulary.futureMarkers.contains(tokens[k].lower)
                        || ["next", "upcoming"].contains(tokens[k].lower)
                        || (tokens[k].lower == "to" && k + 1 < range.upperBound && tokens[k + 1].isWord
                            && DateFinder.tense(of: tokens, at: k) == .future))
                }
            case .past: status = .held
            case .unknown:
                status = sentence.isHeadline ? .planned : .held
                guessed = sentence.isHeadline
            }
        }
        if range.contains(where: { ["cancelled", "canceled", "postponed", "scrapped", "called"].contains(tokens[$0].lower)
            && ($0 + 1 >= range.upperBound || tokens[$0].lower != "called" || tokens[$0 + 1].lower == "off") && !masked.contains($0) }) {
            status = .cancelled
        }
        if kind == .inPerson, participants.allSatisfy({ officials.isLeader($0) }) { kind = .summit }
        let location = kind == .phone || kind == .video ? nil : self.location(in: range, trigger: trigger)
        return Mention(sentence: s, trigger: trigger, participants: participants, date: date, location: location,
                       kind: kind, status: status, period: coarse != .unknown && date == nil, guessedStatus: guessed,
                       secondDate: date == nearest?.value ? secondDate : nil, anonymous: anonymous)
    }

    /// The officials listed after a meeting word, however long the list: "to see A, B and C" (each part
    /// between commas and "and" names someone, and is short).
    private func listAfter(_ trigger: Int, in range: Range<Int>) -> Set<Int> {
        let tokens = document.tokens
        var found = Set<Int>()
        var k = trigger + 1
        var partStart = k
        while k <= range.upperBound {
            let boundary = k == range.upperBound || tokens[k].text == "," || tokens[k].lower == "and"
            if boundary {
                let people = (partStart..<k).filter { !masked.contains($0) }.compactMap { officials.person(at: $0) }
                if k > partStart {
                    guard !people.isEmpty, k - partStart <= 10 else { break }
                    found.formUnion(people)
                }
                partStart = k + 1
            }
            k += 1
        }
        return found
    }

    /// The first official named (outside quotes) in the nearest earlier sentence of the same or the previous
    /// paragraph that names one: whom a "He" opening the next sentence most likely means.
    private func subjectBefore(sentence s: Int, notIn present: Set<Int>) -> Int? {
        var t = s - 1
        let paragraph = document.sentences[s].paragraph
        while t >= 0, paragraph - document.sentences[t].paragraph <= 1 {
            if let k = document.sentences[t].range.first(where: { !masked.contains($0) && officials.person(at: $0) != nil }),
               let p = officials.person(at: k) {
                return present.contains(p) ? nil : p
            }
            t -= 1
        }
        return nil
    }

    /// The person the story is about: the most often named (the first named on a tie), for "He met ...".
    private func protagonist(notIn present: Set<Int>) -> Int? {
        var counts: [Int: Int] = [:]
        for r in officials.references { counts[r.person, default: 0] += 1 }
        return counts.filter { !present.contains($0.key) }
            .max { a, b in
                a.value != b.value ? a.value < b.value
                    : (officials.people[a.key].firstToken, a.key) > (officials.people[b.key].firstToken, b.key)
            }?.key
    }

    /// Words after a meeting verb that are not its object ("met on Monday", "will meet again", "met him").
    static let notAnObject: Set<String> = [
        "on", "in", "at", "for", "to", "with", "last", "this", "next", "yesterday", "today", "tomorrow", "again", "briefly",
        "privately", "separately", "here", "there", "and", "later", "earlier", "early", "late", "face-to-face", "twice",
        "once", "regularly", "him", "her", "them", "each", "one", "the", "his", "their", "both", "during", "after", "before",
    ]

    /// Whether the official named at `k` is followed by a reporting verb ("Wi said", "spokesman Bacon said").
    private func isReporter(at k: Int, in range: Range<Int>) -> Bool {
        let end = officials.reference(around: k, within: range).upperBound
        return end < range.upperBound && Vocabulary.reportingVerbs.contains(document.tokens[end].lower)
    }

    /// Words that report what was done at a meeting rather than the meeting itself.
    static let weakTriggers: Set<String> = ["discuss", "discussed", "discussing", "signed", "sign", "signing", "received",
                                            "receives", "welcomed", "greeted", "hosted", "hosts", "host"]

    /// The next meeting word after the one at `k`, passing over words that continue it ("luncheon meeting").
    private func nextTrigger(after k: Int, in range: Range<Int>) -> Int? {
        var from = k + 1
        while from < range.upperBound, lexicon.meetingTriggers[document.tokens[from]] != nil { from += 1 }
        guard from < range.upperBound else { return nil }
        return trigger(in: from..<range.upperBound)?.0
    }

    /// "Lee will have a luncheon meeting with Li Qiang ... and meet with Zhao Leji": a second meeting
    /// word with other people after it is a second meeting of the same subject.
    private func laterMentions(after m: Mention, in sentence: Document.Sentence) -> [Mention] {
        let range = sentence.range
        let subject = Set((range.lowerBound..<m.trigger).filter { !masked.contains($0) }.compactMap { officials.person(at: $0) })
            .intersection(m.participants)
        guard !subject.isEmpty else { return [] }
        var found: [Mention] = []
        // The first meeting word's own people: those up to the next meeting word.
        let firstNext = nextTrigger(after: m.trigger, in: range) ?? range.upperBound
        let firstObjects = Set(((m.trigger + 1)..<firstNext).filter { !masked.contains($0) }.compactMap { officials.person(at: $0) })
        var t = nextTrigger(after: m.trigger, in: range)
        while let current = t {
            let next = nextTrigger(after: current, in: range)
            let objects = Set(((current + 1)..<(next ?? range.upperBound)).filter { !masked.contains($0) }
                .compactMap { officials.person(at: $0) }).subtracting(subject)
            if !objects.isEmpty, objects.isDisjoint(with: firstObjects), !firstObjects.isEmpty {
                var extra = m
                extra.trigger = current
                extra.participants = subject.union(objects)
                extra.location = nil
                found.append(extra)
            }
            t = next
        }
        return found
    }

    /// "In a phone call with Mubarak, also on Sunday, Olmert said his meeting with Abbas ...", "Following his
    /// talks with Wu Yi, Ruggiero also met with Li Lanqing": the opening phrase is one encounter of the main
    /// clause's subject, and the main clause may report another. Returns both, or nothing when the
    /// sentence is not built that way.
    private func frontedMeetings(_ m: Mention, in sentence: Document.Sentence) -> [Mention] {
        let tokens = document.tokens
        let range = sentence.range
        guard ["in", "after", "following", "during", "before", "at"].contains(tokens[range.lowerBound].lower),
              let comma = range.first(where: { tokens[$0].text == "," && !masked.contains($0) }), comma > range.lowerBound + 2,
              let (frontTrigger, frontKind) = trigger(in: range.lowerBound..<comma) else { return [] }
        func person(_ k: Int) -> Int? { masked.contains(k) ? nil : officials.person(at: k) }
        // "After a day of meetings with A, B and C, X ...": a list, for `separateMeetings`.
        if tokens[frontTrigger].lower == "meetings" || frontTrigger > range.lowerBound && tokens[frontTrigger - 1].lower == "separate" {
            return []
        }
        let front = Set((frontTrigger..<comma).compactMap(person))
        guard !front.isEmpty else { return [] }
        // The main clause's subject: the first official after the comma, followed by a verb.
        guard let s = ((comma + 1)..<range.upperBound).first(where: { i in
            guard let p = person(i), !front.contains(p), i + 1 < range.upperBound, person(i + 1) != p else { return false }
            let next = tokens[i + 1]
            return next.isWord && !next.isCapitalized && next.lower != "and" && next.lower != "of"
        }), let subject = person(s) else { return [] }
        var first = m
        first.trigger = frontTrigger
        first.participants = front.union([subject])
        first.kind = frontKind == .inPerson && first.participants.allSatisfy({ officials.isLeader($0) }) ? .summit : frontKind
        let ownDate = dates(startingIn: range.lowerBound..<max(range.lowerBound, s)).first { d in
            !masked.contains(d.range.lowerBound)
                && !excludedDateTokens.contains(d.range.lowerBound)
        }
        first.date = ownDate?.value
        first.period = false
        if let published, let date = first.date, date != published {
            first.status = date > published ? .planned : .held
        } else {
            switch tense(near: frontTrigger, in: range) {
            case .future: first.status = .planned
            case .past: first.status = .held
            case .unknown: first.status = m.status
            }
        }
        first.location = first.kind == .phone || first.kind == .video ? nil : location(in: range.lowerBound..<comma, trigger: frontTrigger)
        var found = [first]
        // The main clause: another meeting word with other people after it.
        if let (mainTrigger, mainKind) = trigger(in: (s + 1)..<range.upperBound) {
            let others = Set(((mainTrigger + 1)..<range.upperBound).compactMap(person)).subtracting(front).subtracting([subject])
            if !others.isEmpty {
                var second = m
                second.trigger = mainTrigger
                second.participants = others.union([subject])
                second.kind = mainKind == .inPerson && second.participants.allSatisfy({ officials.isLeader($0) }) ? .summit : mainKind
                found.append(second)
            }
        }
        return found
    }

    /// "After a day of meetings with A, B and C, Clark told ...", "Clark held separate talks with A and B",
    /// "He and Arafat meet separately with Albright": one meeting for each pair.
    private func separateMeetings(_ m: Mention, in sentence: Document.Sentence) -> [Mention] {
        let tokens = document.tokens
        let range = sentence.range
        let t = m.trigger
        func person(_ k: Int) -> Int? { masked.contains(k) ? nil : officials.person(at: k) }
        // "He and Arafat meet separately Monday with Albright": each subject meets the object on their own; so do
        // the people a subject is to see in talks the story calls bilateral ("The bilateral discussions ... He is
        // expected to see A, B and C").
        let separately = (max(range.lowerBound, t - 2)..<min(range.upperBound, t + 3)).contains { tokens[$0].lower == "separately" }
        if separately || (m.participants.count >= 3 && saysBilateral(before: m.sentence)) {
            var subjects: [Int] = []
            for k in range.lowerBound..<t { if let p = person(k), !subjects.contains(p) { subjects.append(p) } }
            if ["he", "she"].contains(tokens[range.lowerBound].lower), range.lowerBound + 1 < t,
               tokens[range.lowerBound + 1].lower == "and", let p = protagonist(notIn: Set(subjects)) {
                subjects.insert(p, at: 0)
            }
            var objects: [Int] = []
            for k in (t + 1)..<range.upperBound { if let p = person(k), !objects.contains(p), !subjects.contains(p) { objects.append(p) } }
            let pairs: [Set<Int>]
            if separately, subjects.count >= 2, objects.count == 1 {
                pairs = subjects.map { [$0, objects[0]] }
            } else if subjects.count == 1, objects.count >= 2 {
                pairs = objects.map { [subjects[0], $0] }
            } else {
                return []
            }
            return pairs.map { participants in
                var one = m
                one.participants = participants
                return one
            }
        }
        // "meetings with", or "meetings on April 27 with": the list starts after "with".
        guard let with = ((t + 1)..<min(range.upperBound, t + 7)).first(where: { tokens[$0].lower == "with" }),
              ((t + 1)..<with).allSatisfy({ !tokens[$0].isWord || ["on", "in", "at", "the", "later", "today", "tomorrow"].contains(tokens[$0].lower)
                  || tokens[$0].isCapitalized || tokens[$0].kind == .number }),
              !((t + 1)..<with).contains(where: { officials.person(at: $0) != nil }) else { return [] }
        let plural = tokens[t].lower == "meetings"
            || t > range.lowerBound && tokens[t - 1].lower == "separate" && ["talks", "meetings"].contains(tokens[t].lower)
        guard plural else { return [] }
        var subject: Set<Int> = Set((range.lowerBound..<t).compactMap(person))
        var objects: [Int] = []
        var objectTokens: [Int] = []
        // The list after "with", comma by comma; a part where a person is followed by a verb is the clause
        // the fronted phrase belongs to, and that person its subject.
        var k = with + 1
        var partStart = k
        while k <= range.upperBound {
            if k == range.upperBound || tokens[k].text == "," {
                let part = partStart..<k
                let clauseSubject = part.first(where: { i in
                    guard let p = person(i), i + 1 < range.upperBound, person(i + 1) != p else { return false }
                    let next = tokens[i + 1]
                    return next.isWord && !next.isCapitalized && next.lower != "and" && next.lower != "of"
                })
                if subject.isEmpty, let i = clauseSubject, let p = person(i) {
                    subject = [p]
                    break
                }
                for i in part {
                    if let p = person(i), !objects.contains(p) {
                        objects.append(p)
                        objectTokens.append(i)
                    }
                }
                partStart = k + 1
            }
            k += 1
        }
        guard subject.count == 1, objects.count >= 2, subject.isDisjoint(with: objects) else { return [] }
        return objects.indices.map { n in
            var one = m
            one.participants = subject.union([objects[n]])
            // "with Blair 10 days ago and Clinton last week": each meeting has the date written after its person.
            let window = objectTokens[n]..<(n + 1 < objectTokens.count ? objectTokens[n + 1] : range.upperBound)
            if let own = dates(startingIn: window).first(where: { !masked.contains($0.range.lowerBound) }) {
                one.date = own.value
                one.period = false
            } else if window.contains(where: { i in
                i + 1 < range.upperBound && ["last", "next", "this"].contains(tokens[i].lower)
                    && ["week", "month", "year"].contains(tokens[i + 1].lower)
            }) {
                one.date = nil
                one.period = true
            }
            return one
        }
    }

    /// The date in the nearest of the two sentences before `s` that reports an arrival ("arrived in Tehran on
    /// Monday afternoon").
    private func arrivalDate(before s: Int) -> CivilDate? {
        let tokens = document.tokens
        for t in stride(from: s - 1, through: max(0, s - 2), by: -1) {
            let range = document.sentences[t].range
            guard range.contains(where: { ["arrived", "arrives", "landed", "arriving"].contains(tokens[$0].lower) && !masked.contains($0) })
            else { continue }
            if let d = dates(startingIn: range).first(where: { !excludedDateTokens.contains($0.range.lowerBound) }) {
                return d.value
            }
        }
        return nil
    }

    /// "left for Washington on Wednesday for talks": a date right after a travel verb dates the trip.
    private func isTripDate(_ date: DateExpression, trigger: Int, floor: Int) -> Bool {
        let tokens = document.tokens
        guard date.range.lowerBound < trigger else { return false }
        var k = date.range.lowerBound - 1
        while k >= floor, date.range.lowerBound - k <= 5 {
            if Vocabulary.departureVerbs.contains(tokens[k].lower) { return true }
            if lexicon.meetingTriggers[tokens[k]] != nil { return false }
            k -= 1
        }
        return false
    }

    private func tense(near trigger: Int, in range: Range<Int>) -> Tense {
        let t = DateFinder.tense(of: document.tokens, at: trigger)
        if t != .unknown { return t }
        var k = trigger - 1
        while k >= range.lowerBound {
            if !masked.contains(k) {
                let t = DateFinder.tense(of: document.tokens, at: k)
                if t != .unknown { return t }
            }
            k -= 1
        }
        k = trigger + 1
        while k < range.upperBound {
            if !masked.contains(k) {
                let t = DateFinder.tense(of: document.tokens, at: k)
                if t != .unknown { return t }
            }
            k += 1
        }
        return .unknown
    }

    /// "in Beijing", "at the White House", or the destination of a trip ("left for Washington").
    private func location(in range: Range<Int>, trigger: Int) -> String? {
        let tokens = document.tokens
        var best: String?
        var bestIsCity = false
        for k in range where !masked.contains(k) {
            let w = tokens[k].lower
            let isIn = w == "in" || w == "at"
            let isTrip = w == "for" && k > range.lowerBound && Vocabulary.travelVerbs.contains(tokens[k - 1].lower)
                || (w == "to" && k > range.lowerBound && Vocabulary.travelVerbs.contains(tokens[k - 1].lower))
                || (["visit", "visited", "visiting", "visits"].contains(w))
            guard isIn || isTrip else { continue }
            var start = k + 1
            if start < range.upperBound, ["the", "his", "her", "their"].contains(tokens[start].lower) { start += 1 }
            var end = start
            while end < range.upperBound, tokens[end].isCapitalized, officials.person(at: end) == nil,
                  Vocabulary.weekdays[tokens[end].bareLower] == nil, Vocabulary.months[tokens[end].bareLower] == nil,
                  end - start < 4 {
                end += 1
            }
            guard end > start else { continue }
            // Not a place: "Iraqi President", "U.S. officials".
            if (start..<end).contains(where: { lexicon.demonyms.match(tokens, at: $0) != nil && lexicon.countryNames.match(tokens, at: $0) == nil
                || lexicon.titles.match(tokens, at: $0) != nil }) { continue }
            let place = document.text(tokens: start..<end)
            // A city beats a country; a trip's destination counts only for a trip sentence.
            let isCountry = lexicon.countryNames.match(tokens, at: start)?.length == end - start
            if isCountry { continue }
            // A known city beats a venue named before it ("at Ben Gurion International Airport in Tel Aviv").
            if Self.isCity(place), !bestIsCity {
                best = place
                bestIsCity = true
            } else if best == nil {
                best = place
            }
        }
        return best
    }

    // MARK: - Merging

    private func merge() {
        // Dated mentions first, then undated ones join a dated occasion of the same people and kind.
        let ordered = mentions.indices.sorted { a, b in
            let da = mentions[a].date != nil, db = mentions[b].date != nil
            return da != db ? da : a < b
        }
        // Occasions by their people, and by each person: lookups that were scans of every occasion.
        var byParticipants: [Set<Int>: [Int]] = [:]
        var byPerson: [Int: [Int]] = [:]
        for i in ordered {
            let m = mentions[i]
            // A meeting still to come is not one the story dates before its own day: "Lee will meet Xi in
            // Beijing" after "they met in Gyeongju on Nov. 1" is a second occasion.
            let published = self.published
            let sameKind: (Occasion) -> Bool = { o in
                guard Self.compatible(o.kind, m.kind) else { return false }
                // "They agreed to hold another meeting next year": still to come in a period, so not the
                // occasion already held.
                if m.period, m.status == .planned, o.status == .held { return false }
                guard let published, let date = o.date, m.date == nil, !m.guessedStatus else { return true }
                // (A held mention may join a planned occasion: "left for Washington for talks with Y" is a
                // journey made for talks still to come.)
                return !(m.status == .planned && o.status == .held && date < published)
            }
            var match = byParticipants[m.participants]?.first { o in
                sameKind(occasions[o]) && (m.date == nil || occasions[o].date == m.date)
            }
            if match == nil, m.date == nil {
                // A mention naming some of the occasion's people, without a date of its own: every such occasion
                // holds the mention's least-met person, so that person's occasions are enough to look at.
                let fewest = m.participants.min { (byPerson[$0]?.count ?? 0) < (byPerson[$1]?.count ?? 0) }
                match = fewest.flatMap { byPerson[$0] }?.first { o in
                    m.participants.isSubset(of: occasions[o].participants) && sameKind(occasions[o])
                }
            }
            if let o = match {
                occasions[o].sentences.append(m.sentence)
                // A place told with another status belongs to another telling ("their summit in Gyeongju" does not
                // place the talks still to come), unless it is where a journey made for them leads ("left for
                // Washington for talks").
                if occasions[o].location == nil, m.status == occasions[o].status || isJourney(m) {
                    occasions[o].location = m.location
                }
                if m.status == .cancelled { occasions[o].status = .cancelled }
                if occasions[o].kind == .inPerson && m.kind == .summit { occasions[o].kind = .summit }
                occasions[o].firstTrigger = min(occasions[o].firstTrigger, m.trigger)
            } else {
                let o = occasions.count
                occasions.append(Occasion(participants: m.participants, date: m.date, location: m.location, kind: m.kind,
                                          status: m.status, sentences: [m.sentence], firstTrigger: m.trigger, period: m.period))
                byParticipants[m.participants, default: []].append(o)
                for p in m.participants { byPerson[p, default: []].append(o) }
            }
        }
        occasions.sort { $0.firstTrigger < $1.firstTrigger }
        // A meeting the lead reports as held, with no day given, took place on the day of the story;
        // so does one that "was to" take place.
        if let published {
            for o in occasions.indices where occasions[o].date == nil && occasions[o].status == .planned && !occasions[o].period {
                let pastFuture = occasions[o].sentences.contains { s in
                    let r = document.sentences[s].range
                    return r.contains { k in
                        ["was", "were"].contains(document.tokens[k].lower) && k + 1 < r.upperBound
                            && ["to", "scheduled", "due", "expected", "set"].contains(document.tokens[k + 1].lower) && !masked.contains(k)
                    }
                }
                // "Arafat heads for talks with King Hussein": a headline trip in the present is today's.
                let headlineTrip = occasions[o].sentences.contains { s in
                    let sentence = document.sentences[s]
                    return sentence.isHeadline && sentence.range.contains {
                        ["heads", "leaves", "departs", "flies", "travels"].contains(document.tokens[$0].lower)
                    }
                }
                if pastFuture || headlineTrip { occasions[o].date = published }
            }
            let leadSentences = Set(document.sentences.indices.filter { !document.sentences[$0].isHeadline }.prefix(4))
            for o in occasions.indices where occasions[o].date == nil && occasions[o].status == .held && !occasions[o].period
                && occasions[o].sentences.contains(where: { leadSentences.contains($0) }) {
                occasions[o].date = published
            }
            // "Baker holds talks with counterparts today. ... He is expected to see Miyazawa, ...": the day of the
            // talks with partners not yet named, told a few sentences before, by the same status.
            for o in occasions.indices where occasions[o].date == nil && !occasions[o].period {
                let first = occasions[o].sentences.min() ?? 0
                if let a = anonymousMentions.last(where: { a in
                    a.sentence < first && a.sentence >= first - 6 && a.status == occasions[o].status
                        && Self.compatible(a.kind, occasions[o].kind) && a.participants.isSubset(of: occasions[o].participants)
                }) {
                    occasions[o].date = a.date
                }
            }
            // Held meetings told in sequence with a day: "Following his talks with Wu, Ruggiero also met Li" is the
            // day of the talks with Wu; "…," said X after talks with Y is the day of the story's statement.
            for o in occasions.indices where occasions[o].date == nil && occasions[o].status == .held && !occasions[o].period {
                for s in occasions[o].sentences {
                    if let day = sequenceDate(sentence: s, occasion: o, published: published) {
                        occasions[o].date = day
                        break
                    }
                }
            }
            // A meeting on the day of a datelined story, held or due, took place where the story was filed;
            // so did one held that the story places in a region rather than a city.
            if let dateline = datelineCity {
                for o in occasions.indices where occasions[o].kind != .phone && occasions[o].kind != .video {
                    let sameDay = occasions[o].date.map { abs($0.daysSinceEpoch - published.daysSinceEpoch) <= 1 } ?? false
                    guard sameDay || (occasions[o].date == nil && occasions[o].status == .held) else { continue }
                    if occasions[o].location == nil || (occasions[o].status == .held && sameDay
                        && !Self.isCity(occasions[o].location!)) {
                        occasions[o].location = dateline
                    }
                }
            }
        }
        for o in occasions.indices { occasions[o].sentences.sort() }
    }

    /// "talks with counterparts from Europe", "meets with his counterparts": partners named by a plural noun only.
    private func unnamedPartners(after trigger: Int, in range: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard let with = ((trigger + 1)..<min(range.upperBound, trigger + 4)).first(where: { tokens[$0].lower == "with" }) else {
            return false
        }
        var k = with + 1
        if k < range.upperBound, ["his", "her", "their", "its"].contains(tokens[k].lower) { k += 1 }
        return k < range.upperBound && !masked.contains(k) && MeetingWords.unnamedPartners.contains(tokens[k].lower)
    }

    /// The officials named after "the meeting (, also) attended by": "the meeting, also attended by Bundesbank
    /// President Karl Otto Poehl".
    private func attendees(in range: Range<Int>) -> Set<Int>? {
        let tokens = document.tokens
        // (The byte count first: a string comparison at every token of every sentence is not free.)
        for k in range where tokens[k].end - tokens[k].start == 8 && tokens[k].lower == "attended" && !masked.contains(k) {
            guard k + 1 < range.upperBound, tokens[k + 1].lower == "by", k > range.lowerBound + 1 else { continue }
            var j = k - 1
            if tokens[j].lower == "also" { j -= 1 }
            if tokens[j].text == "," { j -= 1 }
            guard j >= range.lowerBound, MeetingWords.talkNouns.contains(tokens[j].lower) || tokens[j].lower == "summit",
                  j > range.lowerBound, ["the", "that", "this"].contains(tokens[j - 1].lower) else { continue }
            let found = listAfter(k + 1, in: range)
            return found.isEmpty ? nil : found
        }
        return nil
    }

    /// The sentence or one of the three before calls the talks bilateral.
    private func saysBilateral(before s: Int) -> Bool {
        let first = document.sentences[max(0, s - 3)].range.lowerBound
        return (first..<document.sentences[s].range.upperBound).contains { k in
            !masked.contains(k) && document.tokens[k].lower == "bilateral"
                && k + 1 < document.tokens.count && MeetingWords.talkNouns.contains(document.tokens[k + 1].lower)
        }
    }

    /// The day a held meeting's sentence places it by another event: "Following his talks with Wu Yi, ..." (the
    /// day of the dated talks with that person, which share someone with this meeting), or "…," said X, after talks
    /// with Y, and "X, speaking at a news conference with Y, said" (a statement of the story's day).
    private func sequenceDate(sentence s: Int, occasion o: Int, published: CivilDate) -> CivilDate? {
        let tokens = document.tokens
        let range = document.sentences[s].range
        // "after/following (his|her|their|the) talks/meeting(s) (in Rome) with"
        func talksWith(at k: Int) -> Int? {
            guard k < range.upperBound, ["after", "following"].contains(tokens[k].lower), !masked.contains(k) else { return nil }
            var j = k + 1
            if j < range.upperBound, ["his", "her", "their", "the"].contains(tokens[j].lower) { j += 1 }
            guard j < range.upperBound, ["talks", "meeting", "meetings"].contains(tokens[j].lower) else { return nil }
            return (j + 1..<min(range.upperBound, j + 5)).first { tokens[$0].lower == "with" }
        }
        if let with = talksWith(at: range.lowerBound) {
            let other = ((with + 1)..<min(range.upperBound, with + 8)).lazy.compactMap { self.officials.person(at: $0) }.first
            if let other, !occasions[o].participants.contains(other) {
                let dated = occasions.first { d in
                    d.date != nil && d.status == .held && d.participants.contains(other)
                        && !d.participants.isDisjoint(with: occasions[o].participants)
                }
                if let date = dated?.date { return date }
            }
        }
        // "X, speaking at a joint news conference with Y, said ...": a statement made there, told as the story's.
        for k in range where tokens[k].lower == "conference" && !masked.contains(k) {
            guard k + 1 < range.upperBound, tokens[k + 1].lower == "with", k >= range.lowerBound + 2,
                  ["news", "press"].contains(tokens[k - 1].lower),
                  range.contains(where: { !masked.contains($0) && ["said", "told"].contains(tokens[$0].lower) }),
                  ((k + 2)..<min(range.upperBound, k + 9)).contains(where: { occasions[o].participants.contains(self.officials.person(at: $0) ?? -1) })
            else { continue }
            return published
        }
        for k in range where !masked.contains(k) && ["said", "told"].contains(tokens[k].lower) {
            // The statement's "after talks" within 25 words after its verb (past its speaker's name and title).
            if let with = ((k + 1)..<min(range.upperBound, k + 25)).lazy.compactMap({ talksWith(at: $0) }).first,
               ((with + 1)..<min(range.upperBound, with + 8)).contains(where: { occasions[o].participants.contains(self.officials.person(at: $0) ?? -1) }) {
                return published
            }
        }
        return nil
    }

    /// The mention's sentence tells of a journey ("left for Washington", "arrived in Seoul").
    private func isJourney(_ m: Mention) -> Bool {
        document.sentences[m.sentence].range.contains { k in
            !masked.contains(k) && Vocabulary.travelVerbs.contains(document.tokens[k].lower)
        }
    }

    /// A capital, or a city of the lexicon's list.
    static func isCity(_ place: String) -> Bool {
        Lexicon.shared.cityCountries[place.lowercased()] != nil
    }

    /// Words before a verb in its base form: "to sign", "will sign", "and sign".
    static let beforeVerbs: Set<String> = [
        "to", "will", "would", "could", "can", "should", "may", "might", "must", "shall", "and", "'ll", "also", "not",
        "n't", "jointly", "formally", "officially", "expected", "then", "later",
    ]

    static func compatible(_ a: MeetingKind, _ b: MeetingKind) -> Bool {
        let inPerson: Set<MeetingKind> = [.inPerson, .summit, .unknown]
        return a == b || (inPerson.contains(a) && inPerson.contains(b))
    }
}
