import Foundation

/// Article text -> extraction record. Pure: no I/O, no database. Safe to call from any thread.
public struct Extractor: Sendable {
    /// Whether records carry the article's body (`article.body`): the JSON output shows it; an import stores the
    /// text as read instead, and folding every paragraph's spaces again costs it 3 % of its extraction.
    public var includesBody: Bool
    /// Whether records list the date expressions found (`dates`): the JSON output and the date scorer read them;
    /// the store keeps meetings' dates, not the expressions.
    public var includesDates: Bool

    public init(includesBody: Bool = true, includesDates: Bool = true) {
        self.includesBody = includesBody
        self.includesDates = includesDates
    }

    /// Extracts one article. `file` is copied into the record as is; `source` names the publication
    /// when the text's header does not.
    public func extract(text: String, file: String? = nil, source: String? = nil) -> ExtractionRecord {
        var document = Document(text: text)
        document.prepareCharacterOffsets()
        let header = document.header

        // Article metadata.
        let sourceName = header.source ?? source
        let sourceEntry = sourceName.flatMap(Sources.entry(named:))
            ?? header.byline.flatMap(Sources.entry(named:))
        let parsed = header.publishedRaw.flatMap(PublishedDate.parse)
        var info = ArticleInfo(headline: header.headline, source: sourceName, byline: header.byline,
                               published: parsed?.iso(utcOffset: sourceEntry?.utcOffset),
                               dateline: nil, body: includesBody ? bodyText(document) : "")
        let datelineInfo = Dateline.find(in: document)
        info.dateline = datelineInfo?.place

        // Officials, dates, quotes, meetings, topics.
        let agency = datelineInfo?.agency.flatMap(Sources.entry(named:))
        let officials = OfficialFinder(document: document, defaultCountry: datelineInfo?.country)
        officials.sourceCountry = sourceEntry?.country ?? agency?.country
        officials.year = parsed?.date.year
        officials.run()
        let quotes = QuoteFinder(document: document, officials: officials)
        quotes.run()
        let masked = quotes.maskedTokens()
        let dates = parsed.map { DateFinder(document: document, published: $0.date).find() } ?? []
        let meetings = MeetingFinder(document: document, officials: officials, dates: dates, masked: masked,
                                     published: parsed?.date)
        meetings.datelineCity = datelineInfo.map { Self.titleCase($0.place) }
        meetings.excludedDateTokens = Set(datelineInfo?.tokens ?? 0..<0)
        meetings.run()
        let meetingSentences = Set(meetings.occasions.flatMap(\.sentences))
        let topics = TopicFinder(document: document, masked: masked, meetingSentences: meetingSentences)
        topics.personTokens = TokenSet(count: document.tokens.count, officials.references.lazy.flatMap { $0.range })
        topics.titleTokens = TokenSet(count: document.tokens.count, officials.titleRanges.lazy.flatMap { $0 })
        topics.run()

        let people = officials.officials()
        var record = ExtractionRecord(file: file, article: info, officials: people)
        record.meetings = meetings.occasions.map { o in
            // In order of first mention; two people named in one title phrase ("ministers X and Y") in order of index.
            let names = o.participants.sorted { (officials.people[$0].firstToken, $0) < (officials.people[$1].firstToken, $1) }
                .map { people[$0].name }
            let spans = o.sentences.map { span(ofSentence: $0, in: document) }
            return Meeting(participants: names, date: o.date?.description, location: o.location, kind: o.kind,
                           status: o.status, evidence: spans.first, mentions: spans)
        }
        record.quotes = quotes.quotes.map { q in
            let speaker = q.speakerPerson.map { people[$0].name } ?? q.speakerDescription
            let sentenceSpan = span(ofTokens: q.open..<min(q.close + 1, document.tokens.count), in: document,
                                    widenToSentences: true)
            return Quote(speaker: speaker, text: q.text,
                         span: Span(start: document.characterOffset(q.textRange.lowerBound),
                                    end: document.characterOffset(q.textRange.upperBound)),
                         evidence: sentenceSpan)
        }
        record.topics = topics.topics.map { t in
            // The meeting reported in the same sentence, else the last one before it, else the first.
            let sameSentence = meetings.occasions.indices.filter { meetings.occasions[$0].sentences.contains(t.sentence) }
            let before = meetings.occasions.indices.filter { o in meetings.occasions[o].sentences.contains { $0 < t.sentence } }
                .max { a, b in meetings.occasions[a].sentences.filter { $0 < t.sentence }.max()! < meetings.occasions[b].sentences.filter { $0 < t.sentence }.max()! }
            let linked = !sameSentence.isEmpty ? [sameSentence[0]] : before.map { [$0] } ?? (meetings.occasions.isEmpty ? [] : [0])
            return Topic(name: t.name, meetings: linked, evidence: span(ofSentence: t.sentence, in: document))
        }
        guard includesDates else { return record }
        record.dates = dates.filter { !$0.isTimeOfDay }.map { d in
            let start = document.tokens[d.range.lowerBound].start
            let end = document.tokens[d.range.upperBound - 1].end
            return DateMention(text: document.text(tokens: d.range), value: d.value.description,
                               start: document.characterOffset(start), end: document.characterOffset(end))
        }
        return record
    }

    /// "HO CHI MINH CITY" -> "Ho Chi Minh City"; "NARITA, Japan" -> "Narita".
    static func titleCase(_ place: String) -> String {
        if place.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, nearly every dateline: bytes, not Characters (which cost 11,000 instructions a dateline).
            let bytes = Array(place.utf8)
            let city = bytes.split(separator: UInt8(ascii: ",")).first ?? bytes[...]
            var out: [UInt8] = []
            out.reserveCapacity(city.count)
            for word in city.split(separator: UInt8(ascii: " ")) {
                if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                guard word.count > 1 else { out.append(contentsOf: word); continue }  // "X" stays as written
                out.append(Tokenizer.upperASCII(word[word.startIndex]))
                out.append(contentsOf: word.dropFirst().lazy.map(Tokenizer.lowerASCII))
            }
            return String(decoding: out, as: UTF8.self)
        }
        let city = place.split(separator: ",").first.map(String.init) ?? place
        return city.split(separator: " ").map { word in
            word.count <= 1 ? String(word) : word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    private func bodyText(_ document: Document) -> String {
        document.bodyParagraphRanges.map { document.folded($0) }.joined(separator: "\n\n")
    }

    private func span(ofSentence s: Int, in document: Document) -> Span {
        let r = document.span(of: document.sentences[s])
        return Span(start: document.characterOffset(r.lowerBound), end: document.characterOffset(r.upperBound))
    }

    private func span(ofTokens range: Range<Int>, in document: Document, widenToSentences: Bool) -> Span {
        var a = document.tokens[range.lowerBound].start
        var b = document.tokens[range.upperBound - 1].end
        if widenToSentences {
            a = min(a, document.span(of: document.sentences[document.tokens[range.lowerBound].sentence]).lowerBound)
            b = max(b, document.span(of: document.sentences[document.tokens[range.upperBound - 1].sentence]).upperBound)
        }
        return Span(start: document.characterOffset(a), end: document.characterOffset(b))
    }
}
