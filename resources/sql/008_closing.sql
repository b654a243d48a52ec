-- Closed years cannot change: the ledger itself refuses every insert, update and delete of a
-- closed year's postings, budgets, budget changes and months, contributions, control totals and
-- notes, whatever writes them (Annalist or the sqlite3 shell). The message is fixed (SQLite's RAISE
-- takes no expression); Annalist's repositories say which year and who signed it.
-- A closed year keeps who signed it and when; reopening it is recorded with its reason.
ALTER TABLE fiscal_years ADD COLUMN reopened_at TEXT;
ALTER TABLE fiscal_years ADD COLUMN reopen_reason TEXT;

CREATE TRIGGER postings_closed_insert BEFORE INSERT ON postings
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER postings_closed_update BEFORE UPDATE ON postings
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER postings_closed_delete BEFORE DELETE ON postings
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budgets_closed_insert BEFORE INSERT ON budgets
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budgets_closed_update BEFORE UPDATE ON budgets
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budgets_closed_delete BEFORE DELETE ON budgets
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budget_changes_closed_insert BEFORE INSERT ON budget_changes
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budget_changes_closed_update BEFORE UPDATE ON budget_changes
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budget_changes_closed_delete BEFORE DELETE ON budget_changes
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budget_months_closed_insert BEFORE INSERT ON budget_months
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budget_months_closed_update BEFORE UPDATE ON budget_months
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER budget_months_closed_delete BEFORE DELETE ON budget_months
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER member_contributions_closed_insert BEFORE INSERT ON member_contributions
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER member_contributions_closed_update BEFORE UPDATE ON member_contributions
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER member_contributions_closed_delete BEFORE DELETE ON member_contributions
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER control_totals_closed_insert BEFORE INSERT ON control_totals
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER control_totals_closed_update BEFORE UPDATE ON control_totals
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER control_totals_closed_delete BEFORE DELETE ON control_totals
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER notes_closed_insert BEFORE INSERT ON notes
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER notes_closed_update BEFORE UPDATE ON notes
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed') OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = new.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;

CREATE TRIGGER notes_closed_delete BEFORE DELETE ON notes
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = old.year AND status = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'annalist: closed fiscal year');
END;
