import Foundation
import Testing
@testable import ParleyExtraction

/// The product's own example (the seed article) against its hand-made gold record.
@Suite("Seed article")
struct SeedArticleTests {
    struct Gold: Decodable {
        struct Article: Decodable { var headline, source, byline, published: String?; var dateline: String? }
        struct GoldOfficial: Decodable { var name: String; var title, country, organization: String?; var aliases: [String] }
        struct GoldMeeting: Decodable { var participants: [String]; var date, location: String?; var kind, status: String }
        struct GoldQuote: Decodable { var speaker: String?; var text: String }
        struct GoldTopic: Decodable { var name: String; var alt: [String]? }
        var article: Article
        var officials: [GoldOfficial]
        var meetings: [GoldMeeting]
        var quotes: [GoldQuote]
        var topics: [GoldTopic]
    }

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    let record: ExtractionRecord
    let gold: Gold

    init() throws {
        let text = String(decoding: try Self.fixture("seed.txt"), as: UTF8.self)
        record = Extractor().extract(text: text, file: "seed.txt")
        gold = try JSONDecoder().decode(Gold.self, from: try Self.fixture("seed.json"))
    }

    @Test func articleHeader() {
        #expect(record.article.headline == gold.article.headline)
        #expect(record.article.source == gold.article.source)
        #expect(record.article.byline == gold.article.byline)
        #expect(record.article.published == gold.article.published)
        #expect(record.article.dateline == gold.article.dateline)
    }

    @Test func pageNoiseIsDropped() {
        #expect(!record.article.body.contains("Link copied"))
        #expect(!record.article.body.contains("(Yonhap) (Yonhap)"))
        #expect(!record.article.body.unicodeScalars.contains { $0.value >= 0xAC00 && $0.value <= 0xD7A3 })  // no Hangul line
    }

    @Test func recordWithoutBodyDiffersOnlyInBody() throws {
        let text = String(decoding: try Self.fixture("seed.txt"), as: UTF8.self)
        var lean = Extractor(includesBody: false).extract(text: text, file: "seed.txt")
        #expect(lean.article.body.isEmpty)
        #expect(!record.article.body.isEmpty)
        lean.article.body = record.article.body
        #expect(lean == record)
    }

    @Test func officials() {
        #expect(record.officials.map(\.name) == gold.officials.map(\.name))
        for (found, expected) in zip(record.officials, gold.officials) {
            #expect(found.title == expected.title)
            #expect(found.country == expected.country)
            #expect(found.organization == expected.organization)
            #expect(Set(found.aliases) == Set(expected.aliases))
        }
    }

    @Test func meetings() {
        #expect(record.meetings.count == gold.meetings.count)
        for (found, expected) in zip(record.meetings, gold.meetings) {
            #expect(Set(found.participants) == Set(expected.participants))
            #expect(found.date == expected.date)
            #expect(found.location == expected.location)
            #expect(found.kind.rawValue == expected.kind)
            #expect(found.status.rawValue == expected.status)
        }
    }

    @Test func quotesWithSpeakers() {
        #expect(record.quotes.map(\.text) == gold.quotes.map(\.text))
        #expect(record.quotes.map(\.speaker) == gold.quotes.map(\.speaker))
    }

    @Test func topicsMatchGoldOneToOne() {
        // The scorer's rule: a topic matches a gold topic when either contains the other, or it is an alternative.
        var unmatched = gold.topics
        for topic in record.topics {
            let name = topic.name.lowercased().replacingOccurrences(of: "-", with: " ")
            let index = unmatched.firstIndex { g in
                let main = g.name.lowercased().replacingOccurrences(of: "-", with: " ")
                return main.contains(name) || name.contains(main) || (g.alt ?? []).map { $0.lowercased() }.contains(topic.name.lowercased())
            }
            #expect(index != nil, "topic \(topic.name) matches no gold topic")
            if let index { unmatched.remove(at: index) }
        }
        #expect(unmatched.isEmpty, "gold topics not found: \(unmatched.map(\.name))")
    }

    @Test func evidencePointsAtTheSentence() throws {
        let text = String(decoding: try Self.fixture("seed.txt"), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        func slice(_ span: Span) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[span.start..<span.end])
            return String(s)
        }
        let phone = try #require(record.meetings.first { $0.kind == .phone })
        #expect(slice(try #require(phone.evidence)) == "Last Wednesday, Choi and Biegun held their first phone talks.")
        let quote = try #require(record.quotes.first)
        #expect(slice(try #require(quote.span)) == quote.text)
        let lastWednesday = try #require(record.dates.first { $0.text == "Last Wednesday" })
        #expect(slice(Span(start: lastWednesday.start, end: lastWednesday.end)) == "Last Wednesday")
        #expect(lastWednesday.value == "2020-09-02")
    }

    @Test func jsonHasTheContractKeys() throws {
        let encoder = JSONEncoder()
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(record)) as? [String: Any])
        let article = try #require(object["article"] as? [String: Any])
        for key in ["headline", "source", "byline", "published", "dateline"] {
            #expect(article.keys.contains(key), "article.\(key) missing")
        }
        #expect(article["dateline"] is NSNull)
        for key in ["officials", "meetings", "quotes", "topics", "dates", "file"] {
            #expect(object.keys.contains(key), "\(key) missing")
        }
    }
}
