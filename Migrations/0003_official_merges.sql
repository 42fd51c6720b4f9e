-- Merges of officials the rules split (parley merge-officials): what was merged into what,
-- so that a re-import does not split them again, and which rows moved, so that a merge can be undone.

CREATE TABLE official_merge (
    id          INTEGER PRIMARY KEY,
    kept_id     INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    merged_id   INTEGER NOT NULL,                -- the id the merged official had
    merged_name TEXT NOT NULL,
    merged_key  TEXT NOT NULL UNIQUE,            -- its name key: imports map it to kept_id
    merged_at   TEXT NOT NULL,
    -- The merged official's rows that could not move (the kept one had their like), as JSON,
    -- put back by an undo: {"aliases": [[id, alias, alias_key, article_id]], "roles": [[id, title,
    -- organization, country, first_seen, last_seen]], "articles": [[article_id, role_id]], "meetings": [meeting_id]}
    snapshot    TEXT
) STRICT;

CREATE TABLE official_merge_move (
    merge_id   INTEGER NOT NULL REFERENCES official_merge(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL CHECK (table_name IN ('official_alias', 'official_role', 'quote',
                                                   'article_official', 'meeting_participant')),
    row_key    INTEGER NOT NULL,                 -- the row id, or the article / meeting id
    PRIMARY KEY (merge_id, table_name, row_key)
) STRICT, WITHOUT ROWID;
