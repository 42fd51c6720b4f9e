import Testing
@testable import ParleyExtraction

/// Texts shaped to hurt: extraction must finish (its time linear in the text: `parley-bench --hostile` prints the
/// figures) and still answer sensibly. Sizes here are a quarter megabyte, for a debug build.
@Suite("Hostile texts")
struct HostileTextTests {
    let header = "Published : 2031-04-16 10:00\n\n"

    @Test func aQuarterMegabyteOfQuotesGivesEveryQuoteItsSpeaker() {
        let line = "\"We will meet again,\" Foreign Minister Mara Velk said. "
        let count = 250_000 / line.utf8.count
        let record = Extractor().extract(text: header + String(repeating: line, count: count))
        #expect(record.quotes.count == count)
        #expect(record.quotes.allSatisfy { $0.speaker == "Mara Velk" && $0.text == "We will meet again," })
        #expect(record.officials.map(\.name) == ["Mara Velk"])
    }

    @Test func textWithoutAFullStopIsCutIntoBoundedSentences() {
        let words = ["Minister", "met", "Kim", "said", "talks", "on", "trade", "the", "President", "and", "Velk", "Ardenia,"]
        let text = header + (0..<40_000).map { words[($0 * 7 + $0 / 3) % words.count] }.joined(separator: " ")
        var document = Document(text: text)
        document.prepareCharacterOffsets()
        #expect(document.sentences.count > 40_000 / Document.maximumSentenceTokens)
        #expect(document.sentences.allSatisfy { $0.range.count <= Document.maximumSentenceTokens })
        // Cut at a comma when one is near the limit.
        let cuts = document.sentences.dropLast().map { document.tokens[$0.range.upperBound - 1].text }
        #expect(cuts.allSatisfy { $0 == "," })
        let record = Extractor().extract(text: text)
        for meeting in record.meetings {
            let evidence = try! #require(meeting.evidence)
            #expect(evidence.end - evidence.start < 4_000, "a meeting's sentence is bounded")
        }
    }

    @Test func oneHundredThousandNestedQuotationMarks() {
        for (open, close) in [("\u{201C}", "\u{201D}"), ("\"", "\""), ("``", "''"), ("'", "'")] {
            let text = header + "The minister said " + String(repeating: open, count: 100_000) + "peace"
                + String(repeating: close, count: 100_000) + ". Kim met Lee on Monday."
            let record = Extractor().extract(text: text)
            #expect(record.quotes.allSatisfy { !$0.text.isEmpty && $0.text.utf8.count < 1_000 }, "\(open): no quote made of quotation marks")
            #expect(record.quotes.count <= 1, "\(open)")
        }
    }

    @Test func thousandsOfOfficialsStayApart() {
        // Made-up names from a counter: every sentence names two new officials.
        func name(_ n: Int) -> String {
            let consonants = Array("bcdfghklmnprstvz"), vowels = Array("aeiou")
            var s = "K", v = n
            for _ in 0..<4 { s.append(consonants[v % 16]); s.append(vowels[v % 5]); v /= 16 }
            return s
        }
        let count = 1_500
        let text = header + (0..<count).map { n in
            "Foreign Minister \(name(2 * n)) Dorne met Prime Minister \(name(2 * n + 1)) Sava on Monday. "
        }.joined()
        let record = Extractor().extract(text: text)
        #expect(record.officials.count == 2 * count)
        #expect(record.meetings.count == count)
        #expect(record.meetings.allSatisfy { $0.participants.count == 2 && $0.date == "2031-04-14" })
    }

    /// The quick NFC check lets text through unnormalized only when NFC would leave it as it is: typographic marks
    /// and composed letters pass; combining marks, singletons (U+2000, U+2126) and lone Hangul vowels do not.
    @Test func quickNFCCheckAgreesWithFullNormalization() {
        let composed = ["curly “quotes” — and ‘single’ ones…", "Ségolène Royal, Łukasz, Đorđe", "반기문 외교부 장관", "Ω 12 °C, €5"]
        let notComposed = ["Jose\u{301}", "\u{2000}wide", "\u{2126}", "\u{A5A}", "\u{1100}\u{1161}", "a\u{308}\u{301}"]
        for text in composed {
            #expect(Document.isQuickNFC(text), "\(text)")
            #expect(text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8), "\(text)")
        }
        for text in notComposed {
            #expect(!Document.isQuickNFC(text), "\(text)")
            #expect(!text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8), "\(text)")
        }
    }

    /// Found by fuzzing: NFC writes some characters with more scalars (U+0A5A) and others with fewer (an accent
    /// written apart): the offsets of quotes, dates and evidence must still point into the text as given.
    @Test func offsetsPointIntoTheTextAsGivenWhenNormalizationChangesIt() {
        let text = header + "Jose\u{301} \u{A5A} Marti\u{301}nez arrived last Wednesday. "
            + "\"We will meet again,\" Foreign Minister Mara Velk said on Thursday."
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[start..<end])
            return String(s)
        }
        let record = Extractor().extract(text: text)
        let quote = try! #require(record.quotes.first)
        let span = try! #require(quote.span)
        #expect(slice(span.start, span.end) == quote.text)
        #expect(record.dates.count == 2)
        for date in record.dates { #expect(slice(date.start, date.end) == date.text) }
        let evidence = try! #require(quote.evidence)
        #expect(evidence.end <= scalars.count)
        #expect(slice(evidence.start, evidence.end).hasSuffix("said on Thursday."))
    }
}
