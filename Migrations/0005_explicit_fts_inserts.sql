-- The full-text index of a new article or quote is written by the import itself
-- (ParleyStore.storeArticle), not by an AFTER INSERT trigger. An INSERT that fires a
-- trigger runs in a statement journal, and every statement journal makes FTS5 write its
-- pending index to disk: one small index segment per article, then merges without end,
-- the largest cost of an import. A plain one-row INSERT into the index does not, so FTS5
-- gathers a whole batch in memory and writes it once. Deletes and updates keep their
-- triggers (merges and deletes are rare and must never leave the index stale).

DROP TRIGGER article_fts_insert;
DROP TRIGGER quote_fts_insert;
