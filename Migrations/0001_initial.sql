-- Parley's first schema: articles, officials with aliases and dated roles,
-- meetings with participants, sources and topics, quotes.

CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,          -- SHA-256 of the body as read
    url           TEXT UNIQUE,
    external_id   TEXT UNIQUE,                   -- the id a JSON Lines record gave, if any
    file_path     TEXT,
    source        TEXT,                          -- publication ("The Korea Herald")
    byline        TEXT,                          -- author or agency
    headline      TEXT,
    published     TEXT,                          -- ISO 8601 as extracted
    published_day TEXT,                          -- YYYY-MM-DD, for date queries
    dateline      TEXT,
    body          TEXT NOT NULL,
    imported_at   TEXT NOT NULL
) STRICT;
CREATE INDEX article_published_day ON article(published_day);

CREATE TABLE official (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,                     -- canonical full name
    name_key  TEXT NOT NULL UNIQUE               -- folded: case, spaces, hyphens, dots removed
) STRICT;

CREATE TABLE official_alias (
    id          INTEGER PRIMARY KEY,
    official_id INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    alias_key   TEXT NOT NULL,
    article_id  INTEGER REFERENCES article(id) ON DELETE CASCADE,  -- where it was seen
    UNIQUE (official_id, alias_key, article_id)
) STRICT;
CREATE INDEX official_alias_key ON official_alias(alias_key);

CREATE TABLE official_role (
    id           INTEGER PRIMARY KEY,
    official_id  INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    title        TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',       -- ISO 3166-1 alpha-2, '' when unknown
    first_seen   TEXT,                           -- YYYY-MM-DD of the first article giving it
    last_seen    TEXT,
    UNIQUE (official_id, title, organization, country)
) STRICT;

-- Which officials an article mentions, and with what role.
CREATE TABLE article_official (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    role_id     INTEGER REFERENCES official_role(id) ON DELETE SET NULL,
    PRIMARY KEY (article_id, official_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_official_official ON article_official(official_id);

CREATE TABLE meeting (
    id             INTEGER PRIMARY KEY,
    date           TEXT,                         -- YYYY-MM-DD or NULL
    date_precision TEXT NOT NULL DEFAULT 'unknown' CHECK (date_precision IN ('day', 'unknown')),
    location       TEXT,
    kind           TEXT NOT NULL CHECK (kind IN ('in_person', 'phone', 'video', 'summit', 'unknown')),
    status         TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled'))
) STRICT;
CREATE INDEX meeting_date ON meeting(date);

CREATE TABLE meeting_participant (
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, official_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_participant_official ON meeting_participant(official_id, meeting_id);

-- Every article (and sentence in it) that reports a meeting.
CREATE TABLE meeting_source (
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    evidence_start INTEGER NOT NULL,             -- character offsets in article.body
    evidence_end   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, article_id, evidence_start)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_source_article ON meeting_source(article_id);

CREATE TABLE topic (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE article_topic (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, topic_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_topic_topic ON article_topic(topic_id);

CREATE TABLE meeting_topic (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, topic_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_topic_topic ON meeting_topic(topic_id);

CREATE TABLE quote (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    speaker_official_id INTEGER REFERENCES official(id) ON DELETE SET NULL,
    speaker_description TEXT,                    -- "a ministry official" when not an official
    text                TEXT NOT NULL,
    position            INTEGER NOT NULL,        -- character offset of the quote in article.body
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    UNIQUE (article_id, position)
) STRICT;
CREATE INDEX quote_speaker ON quote(speaker_official_id);
