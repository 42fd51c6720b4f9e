import Foundation

/// Which meetings to list. Every condition given must hold.
public struct MeetingFilter: Sendable {
    /// A name or alias: the official must take part.
    public var official: String?
    /// Two names or aliases: both must take part.
    public var between: [String] = []
    /// ISO codes: a participant of each country must take part.
    public var countries: [String] = []
    public var kind: String?
    public var status: String?
    public var from: String?
    public var to: String?
    public var limit: Int?

    public init(official: String? = nil, between: [String] = [], countries: [String] = [], kind: String? = nil,
                status: String? = nil, from: String? = nil, to: String? = nil, limit: Int? = nil) {
        self.official = official
        self.between = between
        self.countries = countries
        self.kind = kind
        self.status = status
        self.from = from
        self.to = to
        self.limit = limit
    }
}

public enum SearchScope: String, Sendable, CaseIterable {
    case articles, quotes
}

public struct SearchHit: Codable, Equatable, Sendable {
    /// The article's headline, or the quote's speaker.
    public var title: String?
    /// The matching text with the matched words in «».
    public var snippet: String
    public var rank: Double
    public var article: ArticleRef
    public var quoteID: Int64?
}

/// A full-text query SQLite could not parse.
public struct SearchQueryError: Error, CustomStringConvertible, Equatable, Sendable {
    public var query: String
    public var message: String
    public var description: String {
        "cannot search for \(query.debugDescription): \(message). Put phrases in double quotes (\"peace process\"), "
            + "use AND, OR, NOT in capitals, and a trailing * for prefixes (denuclear*)."
    }
}

/// A name that fits several officials.
public struct AmbiguousOfficial: Error, CustomStringConvertible, Equatable, Sendable {
    public var name: String
    public var candidates: [String]
    public var description: String {
        "\"\(name)\" fits \(candidates.count) officials; give the full name: " + candidates.joined(separator: "; ")
    }
}

public struct CountRow: Codable, Equatable, Sendable {
    public var name: String
    public var count: Int
}

/// Everything about one official.
public struct OfficialProfile: Codable, Equatable, Sendable {
    public var official: OfficialRow
    /// Oldest first.
    public var meetings: [MeetingRow]
    public var counterparts: [CountRow]
    public var topics: [CountRow]
    public var latestQuotes: [QuoteRow]
    public var articles: [ArticleRef]
}

public enum Period: String, Sendable, CaseIterable {
    case day, week, month
}

public struct TopicPeriodRow: Codable, Equatable, Sendable {
    /// `2020-09-10` (day), the Monday `2020-09-07` (week) or `2020-09` (month).
    public var period: String
    public var topic: String
    public var meetings: Int
    public var articles: Int
}

/// A result set with its column names: what `parley sql` and `parley export` print.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[SQLiteValue]]
}
