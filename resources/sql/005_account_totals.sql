-- Each fiscal year's total and number of postings per account, kept by triggers as postings are
-- written, changed and deleted: the statement reads a few dozen rows here instead of summing every
-- posting of the year. A bulk import suspends the insert trigger and adds its postings' sums in one
-- statement (PostingBulkWriter); validation compares these totals with the postings.
CREATE TABLE account_totals (
    year        INTEGER NOT NULL,
    account_id  INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    postings    INTEGER NOT NULL,
    PRIMARY KEY (year, account_id)
) WITHOUT ROWID;

INSERT INTO account_totals (year, account_id, total, postings)
SELECT year, account_id, SUM(amount), COUNT(*) FROM postings GROUP BY year, account_id;

CREATE TRIGGER postings_totals_insert AFTER INSERT ON postings
BEGIN
    INSERT INTO account_totals (year, account_id, total, postings) VALUES (new.year, new.account_id, new.amount, 1)
    ON CONFLICT (year, account_id) DO UPDATE SET total = total + excluded.total, postings = postings + 1;
END;

CREATE TRIGGER postings_totals_delete AFTER DELETE ON postings
BEGIN
    UPDATE account_totals SET total = total - old.amount, postings = postings - 1
    WHERE year = old.year AND account_id = old.account_id;
END;

CREATE TRIGGER postings_totals_update AFTER UPDATE OF year, account_id, amount ON postings
BEGIN
    UPDATE account_totals SET total = total - old.amount, postings = postings - 1
    WHERE year = old.year AND account_id = old.account_id;
    INSERT INTO account_totals (year, account_id, total, postings) VALUES (new.year, new.account_id, new.amount, 1)
    ON CONFLICT (year, account_id) DO UPDATE SET total = total + excluded.total, postings = postings + 1;
END;
