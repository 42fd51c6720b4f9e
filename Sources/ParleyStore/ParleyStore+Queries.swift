import Foundation
import ParleyExtraction

extension ParleyStore {
    // MARK: - Officials by name

    /// Officials whose full name or any alias matches `name`, ignoring case, spaces, hyphens and dots.
    /// Throws `UnknownOfficial` with close names when there is none.
    public func officialIDs(matching name: String) throws -> [Int64] {
        let key = NameKey.fold(name)
        let ids = try database.rows("""
            SELECT id FROM official WHERE name_key = ?1 OR (name_key > ?1 || '#' AND name_key < ?1 || '$')
            UNION
            SELECT official_id FROM official_alias WHERE alias_key = ?1
            ORDER BY 1
            """, [key]) { $0.int64(0) }
        if ids.isEmpty { throw UnknownOfficial(name: name, suggestions: try suggestions(for: key)) }
        return ids
    }

    /// Up to five known names close to `key`: containing it, or a few edits away.
    func suggestions(for key: String) throws -> [String] {
        let names = try database.rows("""
            SELECT o.name, a.alias_key FROM official_alias a JOIN official o ON o.id = a.official_id
            UNION SELECT name, name_key FROM official
            """) { ($0.string(0), $0.string(1)) }
        var scored: [String: Int] = [:]
        for (name, candidate) in names {
            let bare = candidate.split(separator: "#").first.map(String.init) ?? candidate
            let distance: Int
            if !key.isEmpty && (bare.contains(key) || key.contains(bare)) { distance = 0 }
            else { distance = Self.editDistance(key, bare) }
            guard distance <= max(2, key.count / 3) else { continue }
            scored[name] = min(scored[name] ?? .max, distance)
        }
        return scored.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.prefix(5).map(\.key)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    static func idList(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    // MARK: - Meetings

    /// Every meeting of the official(s) named `name`, newest first; `from`/`to` are inclusive days.
    public func meetings(official name: String, from: String? = nil, to: String? = nil) throws -> [MeetingRow] {
        try meetings(MeetingFilter(official: name, from: from, to: to))
    }

    static func articleRef(_ row: Row, from i: Int) -> ArticleRef {
        ArticleRef(id: row.int64(i), headline: row.optionalString(i + 1), published: row.optionalString(i + 2),
                   file: row.optionalString(i + 3), url: row.optionalString(i + 4))
    }

    // MARK: - Topics

    /// For each day, the topics on the agenda and how many meetings and articles mention them.
    public func topicsByDay(from: String? = nil, to: String? = nil) throws -> [TopicDayRow] {
        try topicTrends(by: .day, from: from, to: to).map {
            TopicDayRow(date: $0.period, topic: $0.topic, meetings: $0.meetings, articles: $0.articles)
        }
    }

    // MARK: - Quotes

    /// Quotes, all or those of the official(s) named `name`, in article order.
    public func quotes(official name: String? = nil, limit: Int? = nil) throws -> [QuoteRow] {
        try quotes(officialIDs: try name.map { try officialIDs(matching: $0) }, limit: limit)
    }

    func quotes(officialIDs ids: [Int64]?, limit: Int? = nil) throws -> [QuoteRow] {
        try database.rows("""
            SELECT q.id, coalesce(o.name, q.speaker_description), o.id IS NOT NULL, q.text, q.evidence_start, q.evidence_end,
                   a.id, a.headline, a.published, a.file_path, a.url
              FROM quote q
              JOIN article a ON a.id = q.article_id
              LEFT JOIN official o ON o.id = q.speaker_official_id
             WHERE ?1 IS NULL OR q.speaker_official_id IN (SELECT value FROM json_each(?1))
             ORDER BY a.published_day, a.id, q.position
             LIMIT ?2
            """, [ids.map(Self.idList), limit ?? -1]) {
            QuoteRow(id: $0.int64(0), speaker: $0.optionalString(1), speakerIsOfficial: $0.int(2) != 0, text: $0.string(3),
                     article: Self.articleRef($0, from: 6), evidenceStart: $0.int(4), evidenceEnd: $0.int(5))
        }
    }

    // MARK: - Officials

    /// Every official with the latest role, all roles, aliases and counts.
    public func officials() throws -> [OfficialRow] {
        let rows = try database.rows("""
            SELECT o.id, o.name,
                   (SELECT count(*) FROM meeting_participant mp WHERE mp.official_id = o.id),
                   (SELECT count(*) FROM quote q WHERE q.speaker_official_id = o.id)
              FROM official o ORDER BY o.name, o.id
            """) { (id: $0.int64(0), name: $0.string(1), meetings: $0.int(2), quotes: $0.int(3)) }
        return try rows.map { o in
            let roles = try database.rows("""
                SELECT nullif(title, ''), nullif(organization, ''), nullif(country, ''), first_seen, last_seen
                  FROM official_role WHERE official_id = ? ORDER BY last_seen DESC, id DESC
                """, [o.id]) {
                RoleRow(title: $0.optionalString(0), organization: $0.optionalString(1), country: $0.optionalString(2),
                        firstSeen: $0.optionalString(3), lastSeen: $0.optionalString(4))
            }
            let aliases = try database.rows("""
                SELECT alias FROM official_alias WHERE official_id = ?1 AND alias_key <> ?2 GROUP BY alias_key ORDER BY min(id)
                """, [o.id, NameKey.fold(o.name)]) { $0.string(0) }
            return OfficialRow(id: o.id, name: o.name, title: roles.first?.title, organization: roles.first?.organization,
                               country: roles.first?.country, aliases: aliases, roles: roles, meetings: o.meetings,
                               quotes: o.quotes)
        }
    }

    /// Counts of what the database holds.
    public func counts() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in ["article", "official", "meeting", "quote", "topic"] {
            // Table names come from the fixed list above, never from input.
            result[table] = Int(try database.scalarInt("SELECT count(*) FROM \(table)") ?? 0)
        }
        return result
    }
}
