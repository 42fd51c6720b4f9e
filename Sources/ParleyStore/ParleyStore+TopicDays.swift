import ParleyExtraction

/// Topics over time: the one definition of when a topic was on the agenda, and the per-day summary
/// (`topic_day`, migration 0004) that answers `parley topics` by day without recounting.
extension ParleyStore {
    /// Which days a query of mentions covers: a range given as parameters ?2 and ?3, or the stale days.
    enum MentionDays {
        case range, stale

        func condition(_ column: String) -> String {
            switch self {
            case .range: "(?2 IS NULL OR \(column) >= ?2) AND (?3 IS NULL OR \(column) <= ?3)"
            case .stale: "\(column) IN (SELECT day FROM topic_day_stale)"
            }
        }
    }

    /// The mentions of topics, `mention(topic_id, day, meeting_id, article_id)`: a topic discussed at a
    /// dated meeting counts on the meeting's day, for every article reporting the meeting; otherwise on
    /// its article's publication day. The day condition goes into each branch, so that each uses its index.
    /// (Column names and conditions are fixed strings of this file, never input.)
    static func mentionCTE(_ days: MentionDays) -> String {
        """
        WITH mention(topic_id, day, meeting_id, article_id) AS (
            SELECT mt.topic_id, m.date, mt.meeting_id, ms.article_id
              FROM meeting m
              JOIN meeting_topic mt ON mt.meeting_id = m.id
              JOIN meeting_source ms ON ms.meeting_id = m.id
             WHERE m.date IS NOT NULL AND \(days.condition("m.date"))
            UNION
            SELECT at.topic_id, a.published_day, NULL, at.article_id
              FROM article a
              JOIN article_topic at ON at.article_id = a.id
             WHERE a.published_day IS NOT NULL AND \(days.condition("a.published_day"))
               AND NOT EXISTS (SELECT 1 FROM meeting_source ms2
                                 JOIN meeting_topic mt2 ON mt2.meeting_id = ms2.meeting_id AND mt2.topic_id = at.topic_id
                                 JOIN meeting m2 ON m2.id = ms2.meeting_id
                                WHERE ms2.article_id = at.article_id AND m2.date IS NOT NULL)
        )
        """
    }

    /// Topic counts per day, week (starting Monday) or month, optionally for one official's meetings
    /// or for topics whose name contains `topic`. Days come from the `topic_day` summary when none of
    /// the range is stale and no official is asked for; otherwise they are counted from the mentions.
    public func topicTrends(by period: Period, from: String? = nil, to: String? = nil, official: String? = nil,
                            topic: String? = nil, limit: Int? = nil) throws -> [TopicPeriodRow] {
        let ids = try official.map { try officialIDs(matching: $0) }
        if period == .day, ids == nil, try !hasStaleTopicDays(from: from, to: to) {
            return try database.rows("""
                SELECT td.day, t.name, td.meetings, td.articles
                  FROM topic_day td JOIN topic t ON t.id = td.topic_id
                 WHERE (?1 IS NULL OR td.day >= ?1) AND (?2 IS NULL OR td.day <= ?2)
                   AND (?3 IS NULL OR instr(t.name_key, lower(?3)) > 0)
                 ORDER BY td.day, td.articles DESC, td.meetings DESC, t.name
                 LIMIT ?4
                """, [from, to, topic, limit ?? -1]) {
                TopicPeriodRow(period: $0.string(0), topic: $0.string(1), meetings: $0.int(2), articles: $0.int(3))
            }
        }
        return try database.rows(Self.mentionCTE(.range) + """
            SELECT CASE ?1 WHEN 'day' THEN tm.day
                           WHEN 'week' THEN date(tm.day, '-6 days', 'weekday 1')
                           ELSE substr(tm.day, 1, 7) END AS period,
                   t.name, count(DISTINCT tm.meeting_id), count(DISTINCT tm.article_id)
              FROM mention tm JOIN topic t ON t.id = tm.topic_id
             WHERE (?4 IS NULL OR tm.meeting_id IN (SELECT meeting_id FROM meeting_participant
                                                     WHERE official_id IN (SELECT value FROM json_each(?4))))
               AND (?5 IS NULL OR instr(t.name_key, lower(?5)) > 0)
             GROUP BY period, t.id
             ORDER BY period, count(DISTINCT tm.article_id) DESC, count(DISTINCT tm.meeting_id) DESC, t.name
             LIMIT ?6
            """, [period.rawValue, from, to, ids.map(Self.idList), topic, limit ?? -1]) {
            TopicPeriodRow(period: $0.string(0), topic: $0.string(1), meetings: $0.int(2), articles: $0.int(3))
        }
    }

    /// Whether any day between `from` and `to` waits for a recount.
    func hasStaleTopicDays(from: String?, to: String?) throws -> Bool {
        try database.scalarInt("""
            SELECT EXISTS (SELECT 1 FROM topic_day_stale WHERE (?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2))
            """, [from, to]) == 1
    }

    /// Marks the days whose topic counts an article changes: its publication day, the days of the
    /// meetings it reports, and the publication days of the other articles reporting those meetings
    /// (whose own topics may now count on the meeting's day instead). Runs inside the article's transaction.
    ///
    /// An article that reports no meeting touches only its own day (`day`, known to the caller): one plain insert
    /// instead of the three-part query, for most articles of an import.
    func markTopicDaysStale(article id: Int64, day: String?, reportsMeetings: Bool) throws {
        guard reportsMeetings else {
            if let day { try database.execute("INSERT OR IGNORE INTO topic_day_stale (day) VALUES (?)", [day]) }
            return
        }
        try database.execute("""
            INSERT OR IGNORE INTO topic_day_stale (day)
            SELECT published_day FROM article WHERE id = ?1 AND published_day IS NOT NULL
            UNION
            SELECT m.date FROM meeting_source ms JOIN meeting m ON m.id = ms.meeting_id
             WHERE ms.article_id = ?1 AND m.date IS NOT NULL
            UNION
            SELECT a.published_day FROM meeting_source ms
              JOIN meeting_source other ON other.meeting_id = ms.meeting_id
              JOIN article a ON a.id = other.article_id
             WHERE ms.article_id = ?1 AND a.published_day IS NOT NULL
            """, [id])
    }

    /// Recounts the stale days into `topic_day`, in one transaction. Returns how many days were recounted.
    @discardableResult
    public func refreshTopicDays() throws -> Int {
        try database.transaction(.immediate) {
            let stale = Int(try database.scalarInt("SELECT count(*) FROM topic_day_stale") ?? 0)
            guard stale > 0 else { return 0 }
            try database.execute("DELETE FROM topic_day WHERE day IN (SELECT day FROM topic_day_stale)")
            try database.execute(Self.mentionCTE(.stale) + """
                INSERT INTO topic_day (day, topic_id, meetings, articles)
                SELECT day, topic_id, count(DISTINCT meeting_id), count(DISTINCT article_id)
                  FROM mention GROUP BY day, topic_id
                """)
            try database.execute("DELETE FROM topic_day_stale")
            return stale
        }
    }
}
