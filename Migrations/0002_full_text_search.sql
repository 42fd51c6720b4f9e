-- Full-text search over articles (headline and body) and quotes, with FTS5
-- external-content tables kept in sync with their tables by triggers.

CREATE VIRTUAL TABLE article_fts USING fts5(
    headline, body,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;

CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
END;

CREATE TRIGGER article_fts_update AFTER UPDATE OF headline, body ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
    INSERT INTO article_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;

CREATE VIRTUAL TABLE quote_fts USING fts5(
    text,
    content = 'quote', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quote_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Index what a database of the first schema already holds.
INSERT INTO article_fts (article_fts) VALUES ('rebuild');
INSERT INTO quote_fts (quote_fts) VALUES ('rebuild');
