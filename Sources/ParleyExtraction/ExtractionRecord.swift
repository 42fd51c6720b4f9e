/// What extraction finds in one article, in the shape of the JSON contract
/// (`parley extract --json`, see the README). Keys are stable; new keys may be added.
public struct ExtractionRecord: Codable, Equatable, Sendable {
    public var file: String?
    public var article: ArticleInfo
    public var officials: [Official]
    public var meetings: [Meeting]
    public var quotes: [Quote]
    public var topics: [Topic]
    public var dates: [DateMention]

    public init(file: String? = nil, article: ArticleInfo, officials: [Official] = [], meetings: [Meeting] = [],
                quotes: [Quote] = [], topics: [Topic] = [], dates: [DateMention] = []) {
        self.file = file
        self.article = article
        self.officials = officials
        self.meetings = meetings
        self.quotes = quotes
        self.topics = topics
        self.dates = dates
    }
}

/// Character offsets (Unicode scalars, as Python counts them) of a span in the article text as read.
public struct Span: Codable, Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

public struct ArticleInfo: Codable, Equatable, Sendable {
    public var headline: String?
    public var source: String?
    public var byline: String?
    /// ISO 8601: `2020-09-09T10:50:00+09:00`, or a date alone.
    public var published: String?
    public var dateline: String?
    /// The article's body text, without header lines and page noise.
    public var body: String

    public init(headline: String? = nil, source: String? = nil, byline: String? = nil, published: String? = nil,
                dateline: String? = nil, body: String = "") {
        self.headline = headline
        self.source = source
        self.byline = byline
        self.published = published
        self.dateline = dateline
        self.body = body
    }

    /// The `YYYY-MM-DD` part of `published`.
    public var publishedDay: String? {
        guard let published, published.utf8.count >= 10 else { return nil }
        return String(published.prefix(10))
    }
}

public struct Official: Codable, Equatable, Sendable {
    public var name: String
    public var title: String?
    /// ISO 3166-1 alpha-2 of the government served.
    public var country: String?
    public var organization: String?
    public var aliases: [String]

    public init(name: String, title: String? = nil, country: String? = nil, organization: String? = nil,
                aliases: [String] = []) {
        self.name = name
        self.title = title
        self.country = country
        self.organization = organization
        self.aliases = aliases
    }
}

public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case inPerson = "in_person", phone, video, summit, unknown
}

public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case planned, held, cancelled
}

public struct Meeting: Codable, Equatable, Sendable {
    public var participants: [String]
    /// `YYYY-MM-DD`, or nil when the article gives no day.
    public var date: String?
    public var location: String?
    public var kind: MeetingKind
    public var status: MeetingStatus
    /// The sentence the meeting was first found in.
    public var evidence: Span?
    /// Every sentence that reports this occasion.
    public var mentions: [Span]?

    public init(participants: [String], date: String? = nil, location: String? = nil, kind: MeetingKind,
                status: MeetingStatus, evidence: Span? = nil, mentions: [Span]? = nil) {
        self.participants = participants
        self.date = date
        self.location = location
        self.kind = kind
        self.status = status
        self.evidence = evidence
        self.mentions = mentions
    }
}

public struct Quote: Codable, Equatable, Sendable {
    /// Canonical name of an official, a description ("a ministry official"), or nil.
    public var speaker: String?
    public var text: String
    /// Where the quoted words are.
    public var span: Span?
    /// The sentence (or paragraph) the quote comes from.
    public var evidence: Span?

    public init(speaker: String?, text: String, span: Span? = nil, evidence: Span? = nil) {
        self.speaker = speaker
        self.text = text
        self.span = span
        self.evidence = evidence
    }
}

public struct Topic: Codable, Equatable, Sendable {
    public var name: String
    /// The meetings (indexes into `meetings`) the topic was discussed at.
    public var meetings: [Int]?
    public var evidence: Span?

    public init(name: String, meetings: [Int]? = nil, evidence: Span? = nil) {
        self.name = name
        self.meetings = meetings
        self.evidence = evidence
    }
}

public struct DateMention: Codable, Equatable, Sendable {
    public var text: String
    /// `YYYY-MM-DD`.
    public var value: String
    public var start: Int
    public var end: Int

    public init(text: String, value: String, start: Int, end: Int) {
        self.text = text
        self.value = value
        self.start = start
        self.end = end
    }
}

// MARK: - JSON with explicit nulls
// The contract writes `"dateline": null` rather than leaving the key out.

extension ArticleInfo {
    enum CodingKeys: String, CodingKey { case headline, source, byline, published, dateline, body }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(headline, forKey: .headline)
        try c.encode(source, forKey: .source)
        try c.encode(byline, forKey: .byline)
        try c.encode(published, forKey: .published)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(body, forKey: .body)
    }
}

extension Official {
    enum CodingKeys: String, CodingKey { case name, title, country, organization, aliases }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(country, forKey: .country)
        try c.encode(organization, forKey: .organization)
        try c.encode(aliases, forKey: .aliases)
    }
}

extension Meeting {
    enum CodingKeys: String, CodingKey { case participants, date, location, kind, status, evidence, mentions }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(participants, forKey: .participants)
        try c.encode(date, forKey: .date)
        try c.encode(location, forKey: .location)
        try c.encode(kind, forKey: .kind)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(mentions, forKey: .mentions)
    }
}

extension Quote {
    enum CodingKeys: String, CodingKey { case speaker, text, span, evidence }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(span, forKey: .span)
        try c.encodeIfPresent(evidence, forKey: .evidence)
    }
}
