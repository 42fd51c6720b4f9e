// The migrations in this folder, embedded into the binary by SwiftPM
// (`.embedInCode`). SwiftPM turns `0001_initial.sql` into
// `PackageResources._001_initial_sql`; this list must name every .sql file
// here, in order (a test checks it against the folder).

/// One embedded migration: its id (the file name without `.sql`) and its SQL.
public struct EmbeddedMigration: Sendable {
    public let id: String
    public let sql: String

    public init(id: String, sql: String) {
        self.id = id
        self.sql = sql
    }
}

public enum EmbeddedMigrations {
    public static let all: [EmbeddedMigration] = [
        EmbeddedMigration(id: "0001_initial", sql: String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        EmbeddedMigration(id: "0002_full_text_search",
                          sql: String(decoding: PackageResources._002_full_text_search_sql, as: UTF8.self)),
        EmbeddedMigration(id: "0003_official_merges",
                          sql: String(decoding: PackageResources._003_official_merges_sql, as: UTF8.self)),
        EmbeddedMigration(id: "0004_topic_days", sql: String(decoding: PackageResources._004_topic_days_sql, as: UTF8.self)),
        EmbeddedMigration(id: "0005_explicit_fts_inserts",
                          sql: String(decoding: PackageResources._005_explicit_fts_inserts_sql, as: UTF8.self)),
        EmbeddedMigration(id: "0006_fts_automerge", sql: String(decoding: PackageResources._006_fts_automerge_sql, as: UTF8.self)),
    ]
}
