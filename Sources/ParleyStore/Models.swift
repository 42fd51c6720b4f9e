import Foundation

/// What one article's import did.
public struct ImportOutcome: Equatable, Sendable {
    public enum Status: String, Sendable { case imported, duplicate }
    public var status: Status
    public var articleID: Int64
    public var officials = 0
    public var meetings = 0
    public var quotes = 0
    public var topics = 0

    public init(status: Status, articleID: Int64, officials: Int = 0, meetings: Int = 0, quotes: Int = 0, topics: Int = 0) {
        self.status = status
        self.articleID = articleID
        self.officials = officials
        self.meetings = meetings
        self.quotes = quotes
        self.topics = topics
    }
}

/// An article as read, before extraction.
public struct ArticleInput: Sendable {
    public var text: String
    public var filePath: String?
    public var url: String?
    /// An id from the source (a JSON Lines record's `id`): a second import of it is a no-op.
    public var externalID: String?

    public init(text: String, filePath: String? = nil, url: String? = nil, externalID: String? = nil) {
        self.text = text
        self.filePath = filePath
        self.url = url
        self.externalID = externalID
    }
}

public struct OfficialRef: Codable, Equatable, Sendable {
    public var name: String
    public var title: String?
    public var country: String?
}

public struct ArticleRef: Codable, Equatable, Sendable {
    public var id: Int64
    public var headline: String?
    public var published: String?
    public var file: String?
    public var url: String?
}

public struct MeetingRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var date: String?
    public var kind: String
    public var status: String
    public var location: String?
    /// The official asked about.
    public var official: OfficialRef
    public var counterparts: [OfficialRef]
    public var topics: [String]
    public var sources: [ArticleRef]
}

public struct TopicDayRow: Codable, Equatable, Sendable {
    public var date: String
    public var topic: String
    public var meetings: Int
    public var articles: Int
}

public struct QuoteRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var speaker: String?
    public var speakerIsOfficial: Bool
    public var text: String
    public var article: ArticleRef
    /// Character offsets of the quote's sentence in the article.
    public var evidenceStart: Int
    public var evidenceEnd: Int
}

public struct RoleRow: Codable, Equatable, Sendable {
    public var title: String?
    public var organization: String?
    public var country: String?
    public var firstSeen: String?
    public var lastSeen: String?
}

public struct OfficialRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    /// The latest role seen.
    public var title: String?
    public var organization: String?
    public var country: String?
    public var aliases: [String]
    public var roles: [RoleRow]
    public var meetings: Int
    public var quotes: Int
}

/// A name that matched no official, with close names to suggest.
public struct UnknownOfficial: Error, CustomStringConvertible, Equatable, Sendable {
    public var name: String
    public var suggestions: [String]

    public var description: String {
        var text = "no official named \"\(name)\""
        if !suggestions.isEmpty { text += "; did you mean: " + suggestions.joined(separator: ", ") + "?" }
        return text
    }
}
