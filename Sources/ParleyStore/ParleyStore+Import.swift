import Crypto
import Foundation
import ParleyExtraction

extension ParleyStore {
    // MARK: - Import

    /// SHA-256 of the article text as read, in hex: the article's identity.
    public static func contentHash(of text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        var text = text
        let digest = text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }  // no copy of the text
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// `2031-04-16T10:00:00Z`, without a formatter per call.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = ((seconds % 86_400) + 86_400) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// Stores one article and what was extracted from it, in one transaction: all of it or nothing.
    /// An article already stored (same text, or same url) is left alone and reported as a duplicate.
    @discardableResult
    public func importArticle(_ input: ArticleInput, record: ExtractionRecord, importedAt: Date = Date()) throws -> ImportOutcome {
        try database.transaction(.immediate) {
            var batch = try BatchState(database: database, importedAt: Self.timestamp(importedAt))
            return try storeArticle(input, record: record, batch: &batch)
        }
    }

    /// What the articles of one transaction share, read or written once for all of them.
    struct BatchState {
        /// The import's `timestamp`.
        let importedAt: String
        /// Whether any official has been merged by hand: when none has (nearly always), no name needs looking up
        /// in `official_merge`. Read inside the transaction, which holds the write lock, so it cannot change.
        let hasMerges: Bool
        /// Days already marked stale in this transaction; nil when each article may be rolled back alone
        /// (a day remembered here would then be forgotten by the database).
        var staleDays: Set<String>? = []

        init(database: Database, importedAt: String) throws {
            self.importedAt = importedAt
            hasMerges = try database.scalarInt("SELECT EXISTS (SELECT 1 FROM official_merge)") == 1
        }
    }

    /// The rows of one article, in whatever transaction is open: the caller makes it whole or absent.
    private func storeArticle(_ input: ArticleInput, record: ExtractionRecord, batch: inout BatchState) throws -> ImportOutcome {
        let hash = Self.contentHash(of: input.text)
        if let existing = try database.scalarInt("""
            SELECT id FROM article WHERE content_hash = ?1 OR (?2 IS NOT NULL AND url = ?2)
                                      OR (?3 IS NOT NULL AND external_id = ?3)
            """, [hash, input.url, input.externalID]) {
            return ImportOutcome(status: .duplicate, articleID: existing)
        }
        let info = record.article
        try database.execute("""
            INSERT INTO article (content_hash, url, external_id, file_path, source, byline, headline, published,
                                 published_day, dateline, body, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [hash, input.url, input.externalID, input.filePath, info.source, info.byline, info.headline, info.published,
                  info.publishedDay, info.dateline, input.text, batch.importedAt])
        let articleID = database.lastInsertRowID
        try database.execute("INSERT INTO article_fts (rowid, headline, body) VALUES (?, ?, ?)",
                             [articleID, info.headline, input.text])
        var outcome = ImportOutcome(status: .imported, articleID: articleID)
        let day = info.publishedDay

        // Officials, their aliases and dated roles.
        var officialIDs: [String: Int64] = [:]
        for official in record.officials {
            let id = try upsertOfficial(official, articleID: articleID, day: day, hasMerges: batch.hasMerges)
            officialIDs[official.name] = id
            for alias in official.aliases { officialIDs[alias] = officialIDs[alias] ?? id }
        }
        outcome.officials = record.officials.count

        // Meetings: the same people on the same day is one occasion, whichever article reports it.
        var meetingIDs: [Int64] = []
        for meeting in record.meetings {
            let participants = meeting.participants.compactMap { officialIDs[$0] }
            guard Set(participants).count >= 2 else { meetingIDs.append(-1); continue }
            let id = try upsertMeeting(meeting, participants: Array(Set(participants)), articleID: articleID, day: day)
            meetingIDs.append(id)
        }
        outcome.meetings = meetingIDs.filter { $0 >= 0 }.count

        // Topics, for the article and for the meetings they were discussed at.
        for topic in record.topics {
            let key = topic.name.lowercased()
            // Looked up first: nearly every topic is in the table already, and then one statement is enough.
            let topicID: Int64
            if let id = try database.scalarInt("SELECT id FROM topic WHERE name_key = ?", [key]) {
                topicID = id
            } else {
                try database.execute("INSERT INTO topic (name, name_key) VALUES (?, ?)", [topic.name, key])
                topicID = database.lastInsertRowID
            }
            try database.execute("INSERT OR IGNORE INTO article_topic (article_id, topic_id) VALUES (?, ?)", [articleID, topicID])
            for index in topic.meetings ?? [] where meetingIDs.indices.contains(index) && meetingIDs[index] >= 0 {
                try database.execute("INSERT OR IGNORE INTO meeting_topic (meeting_id, topic_id) VALUES (?, ?)",
                                     [meetingIDs[index], topicID])
            }
        }
        outcome.topics = record.topics.count

        // Quotes.
        for quote in record.quotes {
            let speakerID = quote.speaker.flatMap { officialIDs[$0] }
            let description = speakerID == nil ? quote.speaker : nil
            let position = quote.span?.start ?? quote.evidence?.start ?? 0
            try database.execute("""
                INSERT OR IGNORE INTO quote (article_id, speaker_official_id, speaker_description, text, position,
                                             evidence_start, evidence_end)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [articleID, speakerID, description, quote.text, position,
                      quote.evidence?.start ?? position, quote.evidence?.end ?? position])
            if database.changes == 1 {
                try database.execute("INSERT INTO quote_fts (rowid, text) VALUES (?, ?)", [database.lastInsertRowID, quote.text])
            }
        }
        outcome.quotes = record.quotes.count
        if outcome.meetings == 0, let day, batch.staleDays?.contains(day) == true {
            // Marked by an earlier article of this transaction.
        } else {
            try markTopicDaysStale(article: articleID, day: day, reportsMeetings: outcome.meetings > 0)
            if outcome.meetings == 0, let day { batch.staleDays?.insert(day) }
        }
        return outcome
    }

    /// The official's key. A one-word name ("Choi") is only known within its article,
    /// so it gets the article in its key and never merges with another article's Choi.
    static func officialKey(_ name: String, articleID: Int64) -> String {
        let key = NameKey.fold(name)
        // More than one word: split as bytes (splitting the String cut it into Characters, 7,000 instructions a name).
        return name.utf8.split(separator: UInt8(ascii: " ")).count > 1 ? key : "\(key)#\(articleID)"
    }

    private func upsertOfficial(_ official: Official, articleID: Int64, day: String?, hasMerges: Bool) throws -> Int64 {
        let key = Self.officialKey(official.name, articleID: articleID)
        // A name merged into another official by hand stays merged.
        let id: Int64
        if hasMerges, let merged = try database.scalarInt("SELECT kept_id FROM official_merge WHERE merged_key = ?", [key]) {
            id = merged
        } else if let known = try database.scalarInt("SELECT id FROM official WHERE name_key = ?", [key]) {
            id = known
        } else {
            try database.execute("INSERT INTO official (name, name_key) VALUES (?, ?)", [official.name, key])
            id = database.lastInsertRowID
        }
        for alias in official.aliases + [official.name] {
            try database.execute("""
                INSERT OR IGNORE INTO official_alias (official_id, alias, alias_key, article_id) VALUES (?, ?, ?, ?)
                """, [id, alias, NameKey.fold(alias), articleID])
        }
        let title = official.title ?? "", organization = official.organization ?? "", country = official.country ?? ""
        // (Not one upsert with RETURNING: FTS5 then wrote out the index it gathers for the whole batch at every role,
        // as it does at a statement journal: 9,226 index blocks for 4,000 articles instead of some 1,400, and
        // 116 microseconds a role.)
        try database.execute("""
            INSERT INTO official_role (official_id, title, organization, country, first_seen, last_seen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?5)
            ON CONFLICT (official_id, title, organization, country) DO UPDATE SET
                first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
                last_seen  = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END
            """, [id, title, organization, country, day])
        let roleID = try database.scalarInt("""
            SELECT id FROM official_role WHERE official_id = ? AND title = ? AND organization = ? AND country = ?
            """, [id, title, organization, country])
        try database.execute("INSERT OR IGNORE INTO article_official (article_id, official_id, role_id) VALUES (?, ?, ?)",
                             [articleID, id, roleID])
        return id
    }

    private func upsertMeeting(_ meeting: Meeting, participants: [Int64], articleID: Int64, day: String?) throws -> Int64 {
        let sorted = participants.sorted()
        let participantsJSON = "[" + sorted.map(String.init).joined(separator: ",") + "]"
        var meetingID: Int64?
        if let date = meeting.date {
            // The same people on the same day, in person or by the same means.
            let candidates = try database.rows("""
                SELECT m.id, m.kind FROM meeting m
                 WHERE m.date = ?1
                   AND (SELECT count(*) FROM meeting_participant mp WHERE mp.meeting_id = m.id) = ?2
                   AND NOT EXISTS (SELECT 1 FROM meeting_participant mp WHERE mp.meeting_id = m.id
                                     AND mp.official_id NOT IN (SELECT value FROM json_each(?3)))
                 ORDER BY m.id
                """, [date, sorted.count, participantsJSON]) { ($0.int64(0), $0.string(1)) }
            let inPerson: Set<String> = ["in_person", "summit", "unknown"]
            meetingID = candidates.first { $0.1 == meeting.kind.rawValue
                || (inPerson.contains($0.1) && inPerson.contains(meeting.kind.rawValue)) }?.0
        }
        if let id = meetingID {
            // The latest report decides the status (a planned meeting later reported as held).
            let latest = try database.scalarString("""
                SELECT max(a.published_day) FROM meeting_source ms JOIN article a ON a.id = ms.article_id WHERE ms.meeting_id = ?
                """, [id])
            if let day, latest == nil || day >= latest! {
                try database.execute("UPDATE meeting SET status = ? WHERE id = ?", [meeting.status.rawValue, id])
            }
            try database.execute("UPDATE meeting SET location = coalesce(location, ?) WHERE id = ?", [meeting.location, id])
        } else {
            try database.execute("""
                INSERT INTO meeting (date, date_precision, location, kind, status) VALUES (?, ?, ?, ?, ?)
                """, [meeting.date, meeting.date == nil ? "unknown" : "day", meeting.location, meeting.kind.rawValue,
                      meeting.status.rawValue])
            let id = database.lastInsertRowID
            for official in sorted {
                try database.execute("INSERT INTO meeting_participant (meeting_id, official_id) VALUES (?, ?)", [id, official])
            }
            meetingID = id
        }
        let id = meetingID!
        for span in meeting.mentions ?? meeting.evidence.map({ [$0] }) ?? [] {
            try database.execute("""
                INSERT OR IGNORE INTO meeting_source (meeting_id, article_id, evidence_start, evidence_end) VALUES (?, ?, ?, ?)
                """, [id, articleID, span.start, span.end])
        }
        if meeting.evidence == nil && meeting.mentions == nil {
            try database.execute("""
                INSERT OR IGNORE INTO meeting_source (meeting_id, article_id, evidence_start, evidence_end) VALUES (?, ?, 0, 0)
                """, [id, articleID])
        }
        return id
    }
}

extension ParleyStore {
    // MARK: - Batches

    /// For a long import: checkpoint the write-ahead log every 64 MB rather than every 1,000 pages (4 or 16 MB),
    /// since each checkpoint waits for the disk twice. `finishBulkImport` recounts the topic days the import touched,
    /// checkpoints and restores the default.
    public func beginBulkImport() throws {
        let pageSize = max(512, Int(try database.scalarInt("PRAGMA page_size") ?? 4096))
        try database.execute("PRAGMA wal_autocheckpoint = \((64 << 20) / pageSize)")
    }

    public func finishBulkImport() throws {
        try refreshTopicDays()
        try database.execute("PRAGMA wal_checkpoint(PASSIVE)")
        try database.execute("PRAGMA wal_autocheckpoint = 1000")
    }

    /// Errors of the disk or the file, not of one article: they end the batch (and should end the import).
    public static func endsBatch(_ error: SQLiteError) -> Bool {
        error == .full || error == .ioerr || error == .corrupt || error == .notADatabase || error == .readonly
            || error == .cantOpen || error.code == 7 /* SQLITE_NOMEM */
    }

    /// Articles per transaction for an import: large enough that FTS5 writes its index in few, large segments
    /// (200 -> 500 took the bulk corpus's storage from 2.9 s to 2.6 s), small enough that a crash loses little.
    public static let defaultBatchSize = 500

    /// Imports `items` in one transaction; each article is whole or absent. An article that fails is rolled back
    /// alone and reported to `each`; the others commit together. When another process holds the database past the
    /// busy timeout, the whole batch is retried (up to `retries` times). An error of the disk or the file
    /// (`endsBatch`) rolls the whole batch back and is thrown: nothing of it is stored.
    ///
    /// The batch is first stored without a savepoint per article: FTS5 writes its pending index to disk at every
    /// savepoint, so one savepoint per article made a new index segment per article (and merges without end), the
    /// largest cost of an import. Only when an article fails is the batch rolled back and stored again, each article
    /// in its own savepoint, so that the failure is the article's alone.
    public func importBatch(_ items: [(ArticleInput, ExtractionRecord)], retries: Int = 3,
                            each: (Int, Result<ImportOutcome, any Error>) -> Void) throws {
        struct ArticleFailed: Error {}
        let importedAt = Self.timestamp(Date())
        var attempt = 0
        var careful = false
        while true {
            var results: [Result<ImportOutcome, any Error>] = []
            do {
                try database.transaction(.immediate) {
                    results.removeAll(keepingCapacity: true)
                    var batch = try BatchState(database: database, importedAt: importedAt)
                    if careful { batch.staleDays = nil }
                    for (input, record) in items {
                        do {
                            if careful {
                                results.append(.success(try database.savepoint {
                                    try storeArticle(input, record: record, batch: &batch)
                                }))
                            } else {
                                results.append(.success(try storeArticle(input, record: record, batch: &batch)))
                            }
                        } catch let error as SQLiteError where error == .busy || error == .locked {
                            throw error
                        } catch let error as SQLiteError where Self.endsBatch(error) || database.isAutocommit {
                            // A full disk, an I/O error, a damaged file: SQLite may have rolled the whole
                            // transaction back already, and the next article would fail the same way. The batch
                            // is rolled back as one, and the caller hears of it.
                            throw error
                        } catch {
                            // Part of this article may be stored: roll the batch back, store it again with care.
                            guard careful else { throw ArticleFailed() }
                            results.append(.failure(error))
                        }
                    }
                }
            } catch is ArticleFailed {
                careful = true
                continue
            } catch let error as SQLiteError where (error == .busy || error == .locked) && attempt < retries {
                attempt += 1
                usleep(useconds_t(min(50_000 * attempt, 500_000)))
                continue
            }
            for (index, result) in results.enumerated() { each(index, result) }
            return
        }
    }
}
