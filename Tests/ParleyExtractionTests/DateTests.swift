import Testing
@testable import ParleyExtraction

@Suite("Dates")
struct DateTests {
    /// An article published on `published` whose body is `sentence`.
    func dates(_ sentence: String, published: String) -> [DateMention] {
        Extractor().extract(text: "Headline\nPublished : \(published)\n\n\(sentence)\n").dates
    }

    // 2020-09-09 was a Wednesday.
    @Test(arguments: [
        ("Kim left for Tokyo on Wednesday.", "Wednesday", "2020-09-09"),
        ("Kim will meet Sato on Thursday local time.", "Thursday local time", "2020-09-10"),
        ("Kim met Sato on Monday.", "Monday", "2020-09-07"),
        ("Kim is scheduled to meet Sato on Monday.", "Monday", "2020-09-14"),
        ("Last Wednesday, Kim and Sato held phone talks.", "Last Wednesday", "2020-09-02"),
        ("Kim and Sato spoke last Friday.", "last Friday", "2020-09-04"),
        ("They will talk again next Tuesday.", "next Tuesday", "2020-09-15"),
        ("The two met yesterday.", "yesterday", "2020-09-08"),
        ("The two meet tomorrow.", "tomorrow", "2020-09-10"),
        ("The premier sets out Friday on a mission to Tokyo.", "Friday", "2020-09-11"),
        ("Kim leaves for Tokyo on Monday.", "Monday", "2020-09-14"),
        ("The talks opened on Sept. 3 in Seoul.", "Sept. 3", "2020-09-03"),
        ("The talks opened on 3 September in Seoul.", "3 September", "2020-09-03"),
        ("The treaty was signed on April 16, 1998.", "April 16, 1998", "1998-04-16"),
        ("Kim met Sato 10 days ago.", "10 days ago", "2020-08-30"),
        ("Kim met Sato two days ago.", "two days ago", "2020-09-07"),
        ("Kim met Sato a week ago.", "a week ago", "2020-09-02"),
    ])
    func resolves(_ sentence: String, _ text: String, _ value: String) {
        let found = dates(sentence, published: "Sept. 9, 2020 - 10:50")
        #expect(found.map(\.text) == [text])
        #expect(found.map(\.value) == [value])
    }

    @Test func monthDayCrossesTheYearBoundary() {
        // Published on Dec. 30: "Jan. 4" is next week, not last January.
        #expect(dates("Lee will visit Beijing on Jan. 4.", published: "2025-12-30 00:00").map(\.value) == ["2026-01-04"])
        // Published on Jan. 3: "Dec. 29" was last week.
        #expect(dates("Lee met Xi on Dec. 29.", published: "2026-01-03").map(\.value) == ["2025-12-29"])
    }

    @Test func mayAsAVerbIsNotADate() {
        #expect(dates("Kim may meet Sato soon.", published: "2020-09-09").isEmpty)
    }

    @Test func offsetsAreCharacterOffsets() {
        let text = "Headline\nPublished : 2020-09-09\n\n한국 Kim met Sato on Monday.\n"
        let found = Extractor().extract(text: text).dates
        let scalars = Array(text.unicodeScalars)
        let d = try! #require(found.first)
        #expect(String(String.UnicodeScalarView(scalars[d.start..<d.end])) == "Monday")
    }

    @Test(arguments: [
        ("Sept. 9, 2020 - 10:50", "2020-09-09T10:50:00"),
        ("1998-02-27T08:17:00", "1998-02-27T08:17:00"),
        ("1990-08-16T20:41", "1990-08-16T20:41:00"),
        ("11-MAR-1987 08:43:20.63", "1987-03-11T08:43:20"),
        ("2025-12-30 00:00", "2025-12-30"),
        ("1997-04-02", "1997-04-02"),
        ("March 5, 2031", "2031-03-05"),
    ])
    func publishedDates(_ raw: String, _ iso: String) {
        #expect(PublishedDate.parse(raw)?.iso(utcOffset: nil) == iso)
    }

    /// An ASCII stamp is cut into parts byte by byte, any other by Characters: the two agree (an en dash, like a
    /// hyphen, only separates).
    @Test func publishedDatePartsAgreeForAsciiAndOtherText() {
        for (ascii, other) in [("Sept. 9, 2020 - 10:50", "Sept. 9, 2020 \u{2013} 10:50"),
                               ("11-MAR-1987 08:43:20.63", "11\u{2013}MAR\u{2013}1987 08:43:20.63"),
                               ("2019-11-20T11:06:01+05:30\r\n", "2019\u{2011}11-20T11:06:01+05:30\r\n")] {
            #expect(PublishedDate.parts(ascii).map(String.init) == PublishedDate.parts(other).map(String.init))
        }
        #expect(PublishedDate.parts("Sept. 9, 2020 - 10:50").map(String.init) == ["Sept", "9", "2020", "10", "50"])
        #expect(PublishedDate.parse("9 September 2020 \u{2013} 10:50")?.iso(utcOffset: nil) == "2020-09-09T10:50:00")
    }

    @Test func publishedDateTakesTheSourceZone() {
        let record = Extractor().extract(text: "The Korea Herald\n\nA headline\n\nPublished : Sept. 9, 2020 - 10:50\n\nBody.\n")
        #expect(record.article.published == "2020-09-09T10:50:00+09:00")
        #expect(record.article.source == "The Korea Herald")
    }

    @Test func civilDateArithmetic() throws {
        let d = try #require(CivilDate(year: 2020, month: 2, day: 28))
        #expect(d.adding(days: 1).description == "2020-02-29")
        #expect(d.adding(days: 2).description == "2020-03-01")
        #expect(d.weekday == 5)  // a Friday
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CivilDate(periodEnd: "2020-02")?.description == "2020-02-29")
        #expect(CivilDate(year: 2021, month: 2, day: 29) == nil)
    }

    @Test func anImportsExtractionLeavesOutTheDateList() {
        let text = "Talks\nPublished : 2031-04-17\n\nForeign Minister Lena Holm met Foreign Minister Aki Mori last Wednesday.\n"
        let full = Extractor().extract(text: text)
        let lean = Extractor(includesBody: false, includesDates: false).extract(text: text)
        #expect(full.dates.map(\.value) == ["2031-04-09"])
        #expect(lean.dates.isEmpty)
        // Nothing else changes: the meeting still has its date.
        #expect(lean.meetings == full.meetings && lean.officials == full.officials && lean.meetings.first?.date == "2031-04-09")
    }

    @Test func civilDateIsWrittenWithPaddedDigits() throws {
        // Written digit by digit: years of fewer than four digits are padded, every month and day has two.
        #expect(try #require(CivilDate(year: 987, month: 1, day: 2)).description == "0987-01-02")
        #expect(try #require(CivilDate(year: 2031, month: 12, day: 31)).description == "2031-12-31")
        #expect(try #require(CivilDate(year: 10_000, month: 3, day: 4)).description == "10000-03-04")
        #expect(CivilDate(daysSinceEpoch: -1).description == "1969-12-31")
    }
}
