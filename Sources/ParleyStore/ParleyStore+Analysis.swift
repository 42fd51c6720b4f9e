import Foundation
import ParleyExtraction

extension ParleyStore {
    // MARK: - Meetings, filtered

    /// Meetings that satisfy every condition of `filter`, newest first.
    public func meetings(_ filter: MeetingFilter) throws -> [MeetingRow] {
        let required: [[Int64]] = try (filter.official.map { [$0] } ?? []).map { try officialIDs(matching: $0) }
            + filter.between.map { try officialIDs(matching: $0) }
        // Each group of ids: one of them must take part.
        let groups = "[" + required.map { Self.idList($0) }.joined(separator: ",") + "]"
        let countries = "[" + filter.countries.map { "\"\($0.uppercased().filter(\.isLetter))\"" }.joined(separator: ",") + "]"
        let meetings = try database.rows("""
            SELECT m.id, m.date, m.kind, m.status, m.location
              FROM meeting m
             WHERE NOT EXISTS (SELECT 1 FROM json_each(?1) g
                                WHERE NOT EXISTS (SELECT 1 FROM meeting_participant mp
                                                   WHERE mp.meeting_id = m.id
                                                     AND mp.official_id IN (SELECT value FROM json_each(g.value))))
               AND NOT EXISTS (SELECT 1 FROM json_each(?2) c
                                WHERE NOT EXISTS (SELECT 1 FROM meeting_participant mp
                                                    JOIN official_role r ON r.official_id = mp.official_id
                                                   WHERE mp.meeting_id = m.id AND r.country = c.value))
               AND (?3 IS NULL OR m.kind = ?3) AND (?4 IS NULL OR m.status = ?4)
               AND (?5 IS NULL OR m.date >= ?5) AND (?6 IS NULL OR m.date <= ?6)
               AND (?8 IS NULL OR m.id IN (SELECT mp.meeting_id FROM meeting_participant mp
                                            WHERE mp.official_id IN (SELECT value FROM json_each(?8))))
             ORDER BY m.date IS NULL, m.date DESC, m.id
             LIMIT ?7
            """, [groups, countries, filter.kind, filter.status, filter.from, filter.to, filter.limit ?? -1,
                  required.first.map(Self.idList)]) {
            (id: $0.int64(0), date: $0.optionalString(1), kind: $0.string(2), status: $0.string(3), location: $0.optionalString(4))
        }
        let focus = Set(required.first ?? [])
        // Participants, topics and sources of all these meetings in three queries, not three per meeting.
        let ids = Self.idList(meetings.map(\.id))
        var people: [Int64: [(id: Int64, ref: OfficialRef)]] = [:]
        try database.cachedStatement("""
            SELECT mp.meeting_id, o.id, o.name, nullif(r.title, ''), nullif(r.country, '')
              FROM meeting_participant mp
              JOIN official o ON o.id = mp.official_id
              LEFT JOIN official_role r ON r.id = (
                    SELECT ao.role_id FROM meeting_source ms
                      JOIN article_official ao ON ao.article_id = ms.article_id AND ao.official_id = o.id
                     WHERE ms.meeting_id = mp.meeting_id ORDER BY ms.article_id DESC LIMIT 1)
             WHERE mp.meeting_id IN (SELECT value FROM json_each(?))
             ORDER BY mp.meeting_id, o.name
            """).forEachRow([ids]) { row in
            people[row.int64(0), default: []].append(
                (row.int64(1), OfficialRef(name: row.string(2), title: row.optionalString(3), country: row.optionalString(4))))
        }
        var topics: [Int64: [String]] = [:]
        try database.cachedStatement("""
            SELECT mt.meeting_id, t.name FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id
             WHERE mt.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY mt.meeting_id, t.id
            """).forEachRow([ids]) { topics[$0.int64(0), default: []].append($0.string(1)) }
        var sources: [Int64: [ArticleRef]] = [:]
        try database.cachedStatement("""
            SELECT DISTINCT ms.meeting_id, a.id, a.headline, a.published, a.file_path, a.url, a.published_day
              FROM meeting_source ms JOIN article a ON a.id = ms.article_id
             WHERE ms.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY ms.meeting_id, a.published_day, a.id
            """).forEachRow([ids]) { sources[$0.int64(0), default: []].append(Self.articleRef($0, from: 1)) }
        return meetings.map { m in
            let all = people[m.id] ?? []
            let me = all.first { focus.contains($0.id) } ?? all.first
            return MeetingRow(id: m.id, date: m.date, kind: m.kind, status: m.status, location: m.location,
                              official: me?.ref ?? OfficialRef(name: "?"),
                              counterparts: all.filter { $0.id != me?.id }.map(\.ref),
                              topics: topics[m.id] ?? [], sources: sources[m.id] ?? [])
        }
    }

    // MARK: - Full-text search

    /// Ranked full-text matches in articles or quotes, with highlighted snippets.
    public func search(_ query: String, in scope: SearchScope = .articles, from: String? = nil, to: String? = nil,
                       limit: Int = 20) throws -> [SearchHit] {
        do {
            switch scope {
            case .articles:
                return try database.rows("""
                    SELECT a.headline, snippet(article_fts, 1, '«', '»', '…', 16), bm25(article_fts),
                           a.id, a.headline, a.published, a.file_path, a.url
                      FROM article_fts JOIN article a ON a.id = article_fts.rowid
                     WHERE article_fts MATCH ?1
                       AND (?2 IS NULL OR a.published_day >= ?2) AND (?3 IS NULL OR a.published_day <= ?3)
                     ORDER BY rank LIMIT ?4
                    """, [query, from, to, limit]) {
                    SearchHit(title: $0.optionalString(0), snippet: $0.string(1), rank: $0.double(2),
                              article: Self.articleRef($0, from: 3), quoteID: nil)
                }
            case .quotes:
                return try database.rows("""
                    SELECT coalesce(o.name, q.speaker_description), highlight(quote_fts, 0, '«', '»'), bm25(quote_fts),
                           a.id, a.headline, a.published, a.file_path, a.url, q.id
                      FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid
                      JOIN article a ON a.id = q.article_id
                      LEFT JOIN official o ON o.id = q.speaker_official_id
                     WHERE quote_fts MATCH ?1
                       AND (?2 IS NULL OR a.published_day >= ?2) AND (?3 IS NULL OR a.published_day <= ?3)
                     ORDER BY rank LIMIT ?4
                    """, [query, from, to, limit]) {
                    SearchHit(title: $0.optionalString(0), snippet: $0.string(1), rank: $0.double(2),
                              article: Self.articleRef($0, from: 3), quoteID: $0.int64(8))
                }
            }
        } catch let error as SQLiteError where error.code == 1 {
            // The statements are fixed and tested: an SQLITE_ERROR here comes from the query text.
            throw SearchQueryError(query: query, message: error.message)
        }
    }

    // MARK: - Official profile

    /// Roles over time, meetings as a timeline, counterparts and topics ranked, latest quotes, sources.
    public func profile(of name: String, quotes quoteLimit: Int = 5) throws -> OfficialProfile {
        let ids = try officialIDs(matching: name)
        let all = try officials()
        let matches = all.filter { ids.contains($0.id) }
        guard matches.count == 1, let official = matches.first else {
            throw AmbiguousOfficial(name: name, candidates: matches.map { o in
                let role = [o.title, o.country].compactMap { $0 }.joined(separator: ", ")
                return role.isEmpty ? o.name : "\(o.name) (\(role))"
            })
        }
        let timeline = try meetings(MeetingFilter(official: official.name)).sorted {
            ($0.date ?? "9999") != ($1.date ?? "9999") ? ($0.date ?? "9999") < ($1.date ?? "9999") : $0.id < $1.id
        }
        let id = official.id
        let counterparts = try database.rows("""
            SELECT o.name, count(DISTINCT mp2.meeting_id) AS n
              FROM meeting_participant mp
              JOIN meeting_participant mp2 ON mp2.meeting_id = mp.meeting_id AND mp2.official_id <> mp.official_id
              JOIN official o ON o.id = mp2.official_id
             WHERE mp.official_id = ?
             GROUP BY o.id ORDER BY n DESC, o.name
            """, [id]) { CountRow(name: $0.string(0), count: $0.int(1)) }
        let topics = try database.rows("""
            SELECT t.name, count(DISTINCT mt.meeting_id) AS n
              FROM meeting_participant mp JOIN meeting_topic mt ON mt.meeting_id = mp.meeting_id
              JOIN topic t ON t.id = mt.topic_id
             WHERE mp.official_id = ?
             GROUP BY t.id ORDER BY n DESC, t.name
            """, [id]) { CountRow(name: $0.string(0), count: $0.int(1)) }
        let quotes = Array(try self.quotes(officialIDs: [id]).reversed().prefix(quoteLimit))
        let articles = try database.rows("""
            SELECT a.id, a.headline, a.published, a.file_path, a.url
              FROM article_official ao JOIN article a ON a.id = ao.article_id
             WHERE ao.official_id = ? ORDER BY a.published_day, a.id
            """, [id]) { Self.articleRef($0, from: 0) }
        return OfficialProfile(official: official, meetings: timeline, counterparts: counterparts, topics: topics,
                               latestQuotes: quotes, articles: articles)
    }

    // MARK: - Topic trends

    // MARK: - Export

    /// The tables `export` writes, in order; their columns are the schema's (see the README).
    public static let exportTables = [
        "article", "official", "official_alias", "official_role", "article_official", "meeting", "meeting_participant",
        "meeting_source", "topic", "article_topic", "meeting_topic", "quote",
    ]

    /// Every row of one exported table, in primary-key order, handed over one at a time.
    public func exportRows(of table: String, _ body: (_ columns: [String], _ row: [SQLiteValue]) throws -> Void) throws {
        guard Self.exportTables.contains(table) else {
            throw SQLiteError(extendedCode: 1, message: "no exported table named \(table)")
        }
        // The name comes from the fixed list above, never from input.
        let statement = try database.prepare("SELECT * FROM \(table) ORDER BY 1, 2")
        let columns = statement.columnNames
        try statement.forEachRow { row in try body(columns, (0..<row.count).map { row.value($0) }) }
    }

    // MARK: - Read-only SQL

    /// Runs one SELECT on a read-only connection (`SQLITE_OPEN_READONLY`, `query_only`, no ATTACH):
    /// no statement can write.
    public static func readOnlyQuery(path: String, sql: String, limit: Int? = nil,
                                     busyTimeout: Int32 = defaultBusyTimeout) throws -> ResultTable {
        guard FileManager.default.fileExists(atPath: path) else { throw OpenError.missing(path: path) }
        let db = try readOnlyDatabase(path: path, busyTimeout: busyTimeout)
        do {
            let statement = try db.prepare(sql)
            guard statement.isReadOnly else {
                throw SQLiteError(extendedCode: 8, message: "parley sql runs read-only queries, and this statement would write",
                                  sql: sql)
            }
            var rows: [[SQLiteValue]] = []
            try statement.forEachRow { row in
                if let limit, rows.count >= limit { return }
                rows.append((0..<row.count).map { row.value($0) })
            }
            return ResultTable(columns: statement.columnNames, rows: rows)
        } catch let error as SQLiteError where error.code == 23 || error.message == "not authorized" {
            // The authorizer's bare "not authorized" (SQLITE_AUTH), said in the user's terms.
            throw SQLiteError(extendedCode: error.extendedCode, message: "parley sql is read-only: ATTACH, DETACH, "
                              + "load_extension() and pragmas that set a value are refused", sql: sql)
        }
    }
}
