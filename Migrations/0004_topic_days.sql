-- Topics per day, the summary `parley topics` reads (by day, week or month) instead of counting every
-- mention of a month again. Its one definition is the `mention` query in ParleyStore+TopicDays.swift;
-- the import marks the days an article touches as stale and recomputes them at the end of the import.
-- A query over a stale day counts from the mentions instead, so the summary is never trusted stale.

CREATE TABLE topic_day (
    day      TEXT    NOT NULL,                  -- YYYY-MM-DD: the meeting's day, else the article's
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    meetings INTEGER NOT NULL,                  -- distinct meetings that day with the topic
    articles INTEGER NOT NULL,                  -- distinct articles that day with the topic
    PRIMARY KEY (day, topic_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE topic_day_stale (
    day TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

-- What is stored already is stale until the first recount.
INSERT OR IGNORE INTO topic_day_stale (day) SELECT published_day FROM article WHERE published_day IS NOT NULL;
INSERT OR IGNORE INTO topic_day_stale (day) SELECT date FROM meeting WHERE date IS NOT NULL;
