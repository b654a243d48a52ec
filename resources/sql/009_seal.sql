-- Annalist ledger, schema version 9: a closed year keeps the master data its statement was signed
-- with, and the kept totals stay exact.
--
-- Closing a year copies the accounts and projects as they are into the two tables below; the closed
-- year's statement, charts and report read them from there, so renaming an account, moving its note
-- or adding a project later changes the open years only. Reopening the year removes its copy. The
-- closing's audit record holds the year's seal (YearSeal: SHA-256 over the year's figures and this
-- copy), which `annalist verify` recomputes.
CREATE TABLE closed_year_accounts (
    year             INTEGER NOT NULL REFERENCES fiscal_years (year),
    account_id       INTEGER NOT NULL,
    number           TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    section          TEXT    NOT NULL,
    note             INTEGER,
    active           INTEGER NOT NULL,
    sort_order       INTEGER NOT NULL,
    is_contributions INTEGER NOT NULL,
    PRIMARY KEY (year, account_id)
);

CREATE TABLE closed_year_projects (
    year           INTEGER NOT NULL REFERENCES fiscal_years (year),
    project_id     INTEGER NOT NULL,
    name           TEXT    NOT NULL,
    account_id     INTEGER NOT NULL,
    phase          TEXT    NOT NULL,
    steering_group TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    PRIMARY KEY (year, project_id)
);

-- Years closed before this version keep the master data as it is now.
INSERT INTO closed_year_accounts (year, account_id, number, name, section, note, active, sort_order, is_contributions)
SELECT y.year, a.id, a.number, a.name, a.section, a.note, a.active, a.sort_order, a.is_contributions
FROM fiscal_years y CROSS JOIN accounts a WHERE y.status = 'closed';

INSERT INTO closed_year_projects (year, project_id, name, account_id, phase, steering_group, description)
SELECT y.year, p.id, p.name, p.account_id, p.phase, p.steering_group, p.description
FROM fiscal_years y CROSS JOIN projects p WHERE y.status = 'closed';

CREATE TRIGGER closed_year_accounts_closed_insert BEFORE INSERT ON closed_year_accounts
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER closed_year_accounts_closed_update BEFORE UPDATE ON closed_year_accounts
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER closed_year_accounts_closed_delete BEFORE DELETE ON closed_year_accounts
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER closed_year_projects_closed_insert BEFORE INSERT ON closed_year_projects
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER closed_year_projects_closed_update BEFORE UPDATE ON closed_year_projects
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER closed_year_projects_closed_delete BEFORE DELETE ON closed_year_projects
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

-- Exact totals. Besides each account's total, account_totals keeps the sum of its postings' amounts
-- without their sign (magnitude). While a year's magnitudes add up to at most 2^63 - 1 øre, no sum
-- of its postings, whatever their selection (an account, a section, a period, the year), can leave
-- the 64-bit range. A write that would take the year beyond that is refused here, whatever wrote it;
-- Annalist refuses it before, naming the line or the edit (YearTotals). SQLite's sum() raises
-- "integer overflow" rather than round, and its + turns into floating point: a kept figure that is
-- not an integer is refused too.
ALTER TABLE account_totals ADD COLUMN magnitude INTEGER NOT NULL DEFAULT 0;
UPDATE account_totals SET magnitude = (SELECT COALESCE(SUM(abs(p.amount)), 0) FROM postings p
                                       WHERE p.year = account_totals.year AND p.account_id = account_totals.account_id);

DROP TRIGGER postings_totals_insert;
DROP TRIGGER postings_totals_delete;
DROP TRIGGER postings_totals_update;

CREATE TRIGGER postings_totals_insert AFTER INSERT ON postings
BEGIN
    INSERT INTO account_totals (year, account_id, total, postings, magnitude)
    VALUES (new.year, new.account_id, new.amount, 1, abs(new.amount))
    ON CONFLICT (year, account_id) DO UPDATE SET total = total + excluded.total, postings = postings + 1,
        magnitude = magnitude + excluded.magnitude;
END;

CREATE TRIGGER postings_totals_delete AFTER DELETE ON postings
BEGIN
    UPDATE account_totals SET total = total - old.amount, postings = postings - 1,
        magnitude = magnitude - abs(old.amount)
    WHERE year = old.year AND account_id = old.account_id;
END;

CREATE TRIGGER postings_totals_update AFTER UPDATE OF year, account_id, amount ON postings
BEGIN
    UPDATE account_totals SET total = total - old.amount, postings = postings - 1,
        magnitude = magnitude - abs(old.amount)
    WHERE year = old.year AND account_id = old.account_id;
    INSERT INTO account_totals (year, account_id, total, postings, magnitude)
    VALUES (new.year, new.account_id, new.amount, 1, abs(new.amount))
    ON CONFLICT (year, account_id) DO UPDATE SET total = total + excluded.total, postings = postings + 1,
        magnitude = magnitude + excluded.magnitude;
END;

CREATE TRIGGER account_totals_exact_insert BEFORE INSERT ON account_totals
WHEN typeof(new.total) <> 'integer' OR typeof(new.magnitude) <> 'integer'
  OR typeof((SELECT SUM(m) FROM (SELECT magnitude AS m FROM account_totals WHERE year = new.year
                                 UNION ALL SELECT new.magnitude))) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'annalist: total out of range');
END;

CREATE TRIGGER account_totals_exact_update BEFORE UPDATE ON account_totals
WHEN typeof(new.total) <> 'integer' OR typeof(new.magnitude) <> 'integer'
  OR typeof((SELECT SUM(m) FROM (SELECT magnitude AS m FROM account_totals WHERE year = new.year
                                   AND account_id <> new.account_id
                                 UNION ALL SELECT new.magnitude))) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'annalist: total out of range');
END;
