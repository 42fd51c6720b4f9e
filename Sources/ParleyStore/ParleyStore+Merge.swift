import Foundation
import ParleyExtraction

/// What a merge of two officials moved (or would move, in a dry run).
public struct MergeOutcome: Codable, Equatable, Sendable {
    public var kept: String
    public var merged: String
    public var aliases = 0
    public var roles = 0
    public var articles = 0
    public var meetings = 0
    public var quotes = 0
    public var dryRun = false
}

public struct MergeError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public var description: String { message }
}

extension ParleyStore {
    // MARK: - Merging officials

    /// The one official `name` stands for; several or none is an error that says so.
    func uniqueOfficial(_ name: String) throws -> (id: Int64, name: String, key: String) {
        let ids = try officialIDs(matching: name)
        let rows = try database.rows("SELECT id, name, name_key FROM official WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                                     [Self.idList(ids)]) { (id: $0.int64(0), name: $0.string(1), key: $0.string(2)) }
        guard rows.count == 1 else {
            throw AmbiguousOfficial(name: name, candidates: rows.map(\.name))
        }
        return rows[0]
    }

    /// Merges official `mergedName` into `keptName`: aliases, roles, articles, meetings and quotes move
    /// to the kept official, the merged one's name becomes an alias, and the merge is recorded, so that
    /// a later import of the same name lands on the kept official and `undoMerge` can split them again.
    /// With `dryRun`, everything is done and rolled back: the outcome says what would move.
    @discardableResult
    public func mergeOfficials(keep keptName: String, merge mergedName: String, dryRun: Bool = false) throws -> MergeOutcome {
        struct DryRun: Error { var outcome: MergeOutcome }
        let kept = try uniqueOfficial(keptName)
        let merged = try uniqueOfficial(mergedName)
        guard kept.id != merged.id else {
            throw MergeError(message: "\"\(keptName)\" and \"\(mergedName)\" are already the same official (\(kept.name))")
        }
        do {
            return try database.transaction(.immediate) {
                var outcome = MergeOutcome(kept: kept.name, merged: merged.name, dryRun: dryRun)
                try database.execute("""
                    INSERT INTO official_merge (kept_id, merged_id, merged_name, merged_key, merged_at) VALUES (?, ?, ?, ?, ?)
                    """, [kept.id, merged.id, merged.name, merged.key, ISO8601DateFormatter().string(from: Date())])
                let mergeID = database.lastInsertRowID
                func move(_ table: String, keys: [Int64], update: String) throws -> Int {
                    for key in keys {
                        try database.execute("INSERT INTO official_merge_move (merge_id, table_name, row_key) VALUES (?, ?, ?)",
                                             [mergeID, table, key])
                    }
                    try database.execute(update, [kept.id, merged.id])
                    return keys.count
                }
                // Rows that would collide with the kept official's own are not moved; they go with the merged one.
                let aliases = try database.rows("""
                    SELECT a.id FROM official_alias a WHERE a.official_id = ?2 AND NOT EXISTS (
                        SELECT 1 FROM official_alias b WHERE b.official_id = ?1 AND b.alias_key = a.alias_key
                           AND b.article_id IS a.article_id)
                    """, [kept.id, merged.id]) { $0.int64(0) }
                outcome.aliases = try move("official_alias", keys: aliases, update: """
                    UPDATE OR IGNORE official_alias SET official_id = ?1 WHERE official_id = ?2
                    """)
                let roles = try database.rows("""
                    SELECT r.id FROM official_role r WHERE r.official_id = ?2 AND NOT EXISTS (
                        SELECT 1 FROM official_role k WHERE k.official_id = ?1 AND k.title = r.title
                           AND k.organization = r.organization AND k.country = r.country)
                    """, [kept.id, merged.id]) { $0.int64(0) }
                outcome.roles = try move("official_role", keys: roles, update: """
                    UPDATE OR IGNORE official_role SET official_id = ?1 WHERE official_id = ?2
                    """)
                let articles = try database.rows("""
                    SELECT article_id FROM article_official WHERE official_id = ?2
                       AND article_id NOT IN (SELECT article_id FROM article_official WHERE official_id = ?1)
                    """, [kept.id, merged.id]) { $0.int64(0) }
                outcome.articles = try move("article_official", keys: articles, update: """
                    UPDATE OR IGNORE article_official SET official_id = ?1 WHERE official_id = ?2
                    """)
                let meetings = try database.rows("""
                    SELECT meeting_id FROM meeting_participant WHERE official_id = ?2
                       AND meeting_id NOT IN (SELECT meeting_id FROM meeting_participant WHERE official_id = ?1)
                    """, [kept.id, merged.id]) { $0.int64(0) }
                outcome.meetings = try move("meeting_participant", keys: meetings, update: """
                    UPDATE OR IGNORE meeting_participant SET official_id = ?1 WHERE official_id = ?2
                    """)
                let quotes = try database.rows("SELECT id FROM quote WHERE speaker_official_id = ?2", [kept.id, merged.id]) {
                    $0.int64(0)
                }
                outcome.quotes = try move("quote", keys: quotes, update: "UPDATE quote SET speaker_official_id = ?1 WHERE speaker_official_id = ?2")
                // What could not move is kept for an undo.
                try database.execute("""
                    UPDATE official_merge SET snapshot = json_object(
                        'aliases', (SELECT json_group_array(json_array(id, alias, alias_key, article_id))
                                      FROM official_alias WHERE official_id = ?2),
                        'roles', (SELECT json_group_array(json_array(id, title, organization, country, first_seen, last_seen))
                                    FROM official_role WHERE official_id = ?2),
                        'articles', (SELECT json_group_array(json_array(article_id, role_id))
                                       FROM article_official WHERE official_id = ?2),
                        'meetings', (SELECT json_group_array(meeting_id) FROM meeting_participant WHERE official_id = ?2))
                     WHERE id = ?1
                    """, [mergeID, merged.id])
                // The merged name stays findable, as an alias of the kept official.
                try database.execute("""
                    INSERT OR IGNORE INTO official_alias (official_id, alias, alias_key, article_id) VALUES (?, ?, ?, NULL)
                    """, [kept.id, merged.name, NameKey.fold(merged.name)])
                try database.execute("DELETE FROM official WHERE id = ?", [merged.id])
                if dryRun { throw DryRun(outcome: outcome) }
                return outcome
            }
        } catch let dry as DryRun {
            return dry.outcome
        }
    }

    /// Splits an official merged by `mergeOfficials` off again: the rows that moved go back.
    @discardableResult
    public func undoMerge(of mergedName: String) throws -> MergeOutcome {
        let key = NameKey.fold(mergedName)
        guard let merge = try database.firstRow("""
            SELECT m.id, m.kept_id, m.merged_id, m.merged_name, m.merged_key, o.name FROM official_merge m
              JOIN official o ON o.id = m.kept_id
             WHERE m.merged_key = ?1 OR substr(m.merged_key, 1, length(?1) + 1) = ?1 || '#'
             ORDER BY m.id DESC LIMIT 1
            """, [key], { (id: $0.int64(0), kept: $0.int64(1), mergedID: $0.int64(2), name: $0.string(3), key: $0.string(4),
                           keptName: $0.string(5)) })
        else {
            throw MergeError(message: "no merge of an official named \"\(mergedName)\" to undo")
        }
        return try database.transaction(.immediate) {
            var outcome = MergeOutcome(kept: merge.keptName, merged: merge.name)
            try database.execute("INSERT INTO official (id, name, name_key) VALUES (?, ?, ?)", [merge.mergedID, merge.name, merge.key])
            let back: [(String, String)] = [
                ("official_alias", "UPDATE official_alias SET official_id = ?1 WHERE id = ?2"),
                ("official_role", "UPDATE official_role SET official_id = ?1 WHERE id = ?2"),
                ("article_official", "UPDATE article_official SET official_id = ?1 WHERE article_id = ?2 AND official_id = ?3"),
                ("meeting_participant", "UPDATE meeting_participant SET official_id = ?1 WHERE meeting_id = ?2 AND official_id = ?3"),
                ("quote", "UPDATE quote SET speaker_official_id = ?1 WHERE id = ?2"),
            ]
            for (table, sql) in back {
                let keys = try database.rows("SELECT row_key FROM official_merge_move WHERE merge_id = ? AND table_name = ?",
                                             [merge.id, table]) { $0.int64(0) }
                for k in keys {
                    if sql.contains("?3") { try database.execute(sql, [merge.mergedID, k, merge.kept]) }
                    else { try database.execute(sql, [merge.mergedID, k]) }
                }
                switch table {
                case "official_alias": outcome.aliases = keys.count
                case "official_role": outcome.roles = keys.count
                case "article_official": outcome.articles = keys.count
                case "meeting_participant": outcome.meetings = keys.count
                default: outcome.quotes = keys.count
                }
            }
            try database.execute("DELETE FROM official_alias WHERE official_id = ? AND alias_key = ? AND article_id IS NULL",
                                 [merge.kept, NameKey.fold(merge.name)])
            // The rows that could not move come back from the snapshot.
            let restore = [
                """
                INSERT INTO official_alias (id, official_id, alias, alias_key, article_id)
                SELECT json_extract(value, '$[0]'), ?2, json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                       json_extract(value, '$[3]')
                  FROM official_merge, json_each(snapshot, '$.aliases') WHERE official_merge.id = ?1
                """,
                """
                INSERT INTO official_role (id, official_id, title, organization, country, first_seen, last_seen)
                SELECT json_extract(value, '$[0]'), ?2, json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                       json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
                  FROM official_merge, json_each(snapshot, '$.roles') WHERE official_merge.id = ?1
                """,
                """
                INSERT INTO article_official (article_id, official_id, role_id)
                SELECT json_extract(value, '$[0]'), ?2, json_extract(value, '$[1]')
                  FROM official_merge, json_each(snapshot, '$.articles') WHERE official_merge.id = ?1
                """,
                """
                INSERT INTO meeting_participant (meeting_id, official_id)
                SELECT value, ?2 FROM official_merge, json_each(snapshot, '$.meetings') WHERE official_merge.id = ?1
                """,
            ]
            for sql in restore { try database.execute(sql, [merge.id, merge.mergedID]) }
            try database.execute("DELETE FROM official_merge WHERE id = ?", [merge.id])
            return outcome
        }
    }
}
