import ParleyExtraction

/// Extracts `text` and traps (so libFuzzer reports the input) when the record breaks a promise of the JSON contract:
/// every span lies inside the text, every date's text is the text at its span, every meeting participant and
/// named speaker is one of the record's officials, no official is listed twice, no quote is empty.
public func extractAndCheck(_ text: String) -> ExtractionRecord {
    let record = Extractor().extract(text: text)
    let scalars = Array(text.unicodeScalars)
    func check(_ span: Span?, _ what: @autoclosure () -> String) {
        guard let span else { return }
        precondition(0 <= span.start && span.start <= span.end && span.end <= scalars.count,
                     "\(what()) span \(span.start)..<\(span.end) outside a text of \(scalars.count) characters")
    }
    let names = Set(record.officials.map(\.name))
    precondition(names.count == record.officials.count, "an official listed twice")
    for official in record.officials {
        precondition(!official.name.isEmpty, "an official without a name")
    }
    for meeting in record.meetings {
        check(meeting.evidence, "meeting evidence")
        for span in meeting.mentions ?? [] { check(span, "meeting mention") }
        for person in meeting.participants {
            precondition(names.contains(person), "meeting participant \(person) is not an official of the record")
        }
    }
    for quote in record.quotes {
        precondition(!quote.text.isEmpty, "an empty quote")
        check(quote.span, "quote")
        check(quote.evidence, "quote evidence")
    }
    for topic in record.topics {
        precondition(!topic.name.isEmpty, "an empty topic")
        check(topic.evidence, "topic evidence")
        for index in topic.meetings ?? [] {
            precondition(record.meetings.indices.contains(index), "topic points at meeting \(index) of \(record.meetings.count)")
        }
    }
    for date in record.dates {
        check(Span(start: date.start, end: date.end), "date")
        precondition(date.value.utf8.count == 10, "date value \(date.value) is not YYYY-MM-DD")
    }
    return record
}
