-- A trigram index of each posting's voucher and text, so that a free-text search in the postings
-- view finds rare words among a million postings without reading them all.
-- Bulk writes (the import) leave new postings out; PostingSearchIndex::catchUp() adds them later
-- in small steps. Postings up to indexed_through are in the index; the triggers keep those in step
-- with every edit, and a search reads the postings after indexed_through directly.
CREATE VIRTUAL TABLE posting_search USING fts5(body, tokenize = 'trigram', detail = 'none');

CREATE TABLE posting_search_state (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_through  INTEGER NOT NULL
);
INSERT INTO posting_search_state (id, indexed_through) VALUES (1, 0);

CREATE TRIGGER postings_search_insert AFTER INSERT ON postings
WHEN new.id <= (SELECT indexed_through FROM posting_search_state)
BEGIN
    INSERT INTO posting_search (rowid, body) VALUES (new.id, new.voucher || ' ' || new.text);
END;

CREATE TRIGGER postings_search_update AFTER UPDATE OF id, voucher, text ON postings
WHEN old.id <= (SELECT indexed_through FROM posting_search_state)
  OR new.id <= (SELECT indexed_through FROM posting_search_state)
BEGIN
    DELETE FROM posting_search WHERE rowid = old.id;
    INSERT INTO posting_search (rowid, body)
    SELECT new.id, new.voucher || ' ' || new.text
    WHERE new.id <= (SELECT indexed_through FROM posting_search_state);
END;

CREATE TRIGGER postings_search_delete AFTER DELETE ON postings
WHEN old.id <= (SELECT indexed_through FROM posting_search_state)
BEGIN
    DELETE FROM posting_search WHERE rowid = old.id;
END;
