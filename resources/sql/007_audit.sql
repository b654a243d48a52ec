-- Annalist ledger, schema version 7: the audit trail. Every change to the books is recorded in
-- audit_log by the triggers below: when (UTC, milliseconds), by whom, what, and the row's old and new
-- values as JSON. The records are chained: each holds the hash of the one before it, and its own
-- hash is SHA-256 over that and its fields (AuditTrail::payload() says how, in one place).
-- The triggers call two functions that Annalist registers on every connection it writes through:
-- annalist_audit_user() and annalist_audit_hash(). Other programs (the sqlite3 shell) lack them and
-- so cannot change an audited table at all: "no such function". A change behind Annalist's back
-- needs the triggers dropped, and `annalist verify` reports audit triggers that are missing.
-- A bulk import suspends the postings' insert trigger and writes one 'import' record instead.

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,          -- 2024-03-31T12:34:56.789Z
    user       TEXT    NOT NULL,
    action     TEXT    NOT NULL,          -- insert, update, delete, import, undo-import, close, reopen
    table_name TEXT    NOT NULL,
    row_key    TEXT    NOT NULL,          -- the row's key; "4/2019" for (account_id, year) and the like
    old_values TEXT,                      -- JSON, NULL for an insert
    new_values TEXT,                      -- JSON, NULL for a delete
    prev_hash  TEXT,                      -- set by audit_log_chain
    hash       TEXT
);
CREATE INDEX audit_log_table_at ON audit_log (table_name, at);

-- The chain's head, out of reach of a DELETE FROM audit_log: removing the newest records leaves it
-- pointing past the last one.
CREATE TABLE audit_head (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    records INTEGER NOT NULL,
    hash    TEXT    NOT NULL
);
INSERT INTO audit_head (id, last_id, records, hash) VALUES (1, 0, 0, '');

-- Chains each new record to the head and moves the head on.
CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_log
    SET prev_hash = (SELECT hash FROM audit_head WHERE id = 1),
        hash = annalist_audit_hash((SELECT hash FROM audit_head WHERE id = 1), at, user, action, table_name,
                                   row_key, old_values, new_values)
    WHERE id = new.id;
    UPDATE audit_head
    SET last_id = new.id, records = records + 1, hash = (SELECT hash FROM audit_log WHERE id = new.id)
    WHERE id = 1;
END;

-- One trigger per table and kind of change. An update that changes nothing is not recorded.
CREATE TRIGGER audit_association_insert AFTER INSERT ON association
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'association',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'name', new.name, 'profit_centre', new.profit_centre, 'deviation_warn_percent', new.deviation_warn_percent, 'deviation_warn_ore', new.deviation_warn_ore));
END;

CREATE TRIGGER audit_association_update AFTER UPDATE ON association
WHEN old.id IS NOT new.id
   OR old.name IS NOT new.name
   OR old.profit_centre IS NOT new.profit_centre
   OR old.deviation_warn_percent IS NOT new.deviation_warn_percent
   OR old.deviation_warn_ore IS NOT new.deviation_warn_ore
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'association',
            CAST(new.id AS TEXT), json_object('id', old.id, 'name', old.name, 'profit_centre', old.profit_centre, 'deviation_warn_percent', old.deviation_warn_percent, 'deviation_warn_ore', old.deviation_warn_ore),
            json_object('id', new.id, 'name', new.name, 'profit_centre', new.profit_centre, 'deviation_warn_percent', new.deviation_warn_percent, 'deviation_warn_ore', new.deviation_warn_ore));
END;

CREATE TRIGGER audit_association_delete AFTER DELETE ON association
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'association',
            CAST(old.id AS TEXT), json_object('id', old.id, 'name', old.name, 'profit_centre', old.profit_centre, 'deviation_warn_percent', old.deviation_warn_percent, 'deviation_warn_ore', old.deviation_warn_ore), NULL);
END;

CREATE TRIGGER audit_fiscal_years_insert AFTER INSERT ON fiscal_years
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'fiscal_years',
            CAST(new.year AS TEXT), NULL, json_object('year', new.year, 'start_date', new.start_date, 'end_date', new.end_date, 'status', new.status, 'closed_at', new.closed_at, 'closed_by', new.closed_by));
END;

CREATE TRIGGER audit_fiscal_years_update AFTER UPDATE ON fiscal_years
WHEN old.year IS NOT new.year
   OR old.start_date IS NOT new.start_date
   OR old.end_date IS NOT new.end_date
   OR old.status IS NOT new.status
   OR old.closed_at IS NOT new.closed_at
   OR old.closed_by IS NOT new.closed_by
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'fiscal_years',
            CAST(new.year AS TEXT), json_object('year', old.year, 'start_date', old.start_date, 'end_date', old.end_date, 'status', old.status, 'closed_at', old.closed_at, 'closed_by', old.closed_by),
            json_object('year', new.year, 'start_date', new.start_date, 'end_date', new.end_date, 'status', new.status, 'closed_at', new.closed_at, 'closed_by', new.closed_by));
END;

CREATE TRIGGER audit_fiscal_years_delete AFTER DELETE ON fiscal_years
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'fiscal_years',
            CAST(old.year AS TEXT), json_object('year', old.year, 'start_date', old.start_date, 'end_date', old.end_date, 'status', old.status, 'closed_at', old.closed_at, 'closed_by', old.closed_by), NULL);
END;

CREATE TRIGGER audit_accounts_insert AFTER INSERT ON accounts
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'accounts',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'number', new.number, 'name', new.name, 'section', new.section, 'note', new.note, 'active', new.active, 'sort_order', new.sort_order, 'is_contributions', new.is_contributions));
END;

CREATE TRIGGER audit_accounts_update AFTER UPDATE ON accounts
WHEN old.id IS NOT new.id
   OR old.number IS NOT new.number
   OR old.name IS NOT new.name
   OR old.section IS NOT new.section
   OR old.note IS NOT new.note
   OR old.active IS NOT new.active
   OR old.sort_order IS NOT new.sort_order
   OR old.is_contributions IS NOT new.is_contributions
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'accounts',
            CAST(new.id AS TEXT), json_object('id', old.id, 'number', old.number, 'name', old.name, 'section', old.section, 'note', old.note, 'active', old.active, 'sort_order', old.sort_order, 'is_contributions', old.is_contributions),
            json_object('id', new.id, 'number', new.number, 'name', new.name, 'section', new.section, 'note', new.note, 'active', new.active, 'sort_order', new.sort_order, 'is_contributions', new.is_contributions));
END;

CREATE TRIGGER audit_accounts_delete AFTER DELETE ON accounts
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'accounts',
            CAST(old.id AS TEXT), json_object('id', old.id, 'number', old.number, 'name', old.name, 'section', old.section, 'note', old.note, 'active', old.active, 'sort_order', old.sort_order, 'is_contributions', old.is_contributions), NULL);
END;

CREATE TRIGGER audit_projects_insert AFTER INSERT ON projects
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'projects',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'name', new.name, 'account_id', new.account_id, 'phase', new.phase, 'steering_group', new.steering_group, 'description', new.description));
END;

CREATE TRIGGER audit_projects_update AFTER UPDATE ON projects
WHEN old.id IS NOT new.id
   OR old.name IS NOT new.name
   OR old.account_id IS NOT new.account_id
   OR old.phase IS NOT new.phase
   OR old.steering_group IS NOT new.steering_group
   OR old.description IS NOT new.description
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'projects',
            CAST(new.id AS TEXT), json_object('id', old.id, 'name', old.name, 'account_id', old.account_id, 'phase', old.phase, 'steering_group', old.steering_group, 'description', old.description),
            json_object('id', new.id, 'name', new.name, 'account_id', new.account_id, 'phase', new.phase, 'steering_group', new.steering_group, 'description', new.description));
END;

CREATE TRIGGER audit_projects_delete AFTER DELETE ON projects
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'projects',
            CAST(old.id AS TEXT), json_object('id', old.id, 'name', old.name, 'account_id', old.account_id, 'phase', old.phase, 'steering_group', old.steering_group, 'description', old.description), NULL);
END;

CREATE TRIGGER audit_members_insert AFTER INSERT ON members
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'members',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'municipality', new.municipality));
END;

CREATE TRIGGER audit_members_update AFTER UPDATE ON members
WHEN old.id IS NOT new.id
   OR old.municipality IS NOT new.municipality
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'members',
            CAST(new.id AS TEXT), json_object('id', old.id, 'municipality', old.municipality),
            json_object('id', new.id, 'municipality', new.municipality));
END;

CREATE TRIGGER audit_members_delete AFTER DELETE ON members
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'members',
            CAST(old.id AS TEXT), json_object('id', old.id, 'municipality', old.municipality), NULL);
END;

CREATE TRIGGER audit_member_contributions_insert AFTER INSERT ON member_contributions
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'member_contributions',
            new.member_id || '/' || new.year, NULL, json_object('member_id', new.member_id, 'year', new.year, 'amount', new.amount));
END;

CREATE TRIGGER audit_member_contributions_update AFTER UPDATE ON member_contributions
WHEN old.member_id IS NOT new.member_id
   OR old.year IS NOT new.year
   OR old.amount IS NOT new.amount
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'member_contributions',
            new.member_id || '/' || new.year, json_object('member_id', old.member_id, 'year', old.year, 'amount', old.amount),
            json_object('member_id', new.member_id, 'year', new.year, 'amount', new.amount));
END;

CREATE TRIGGER audit_member_contributions_delete AFTER DELETE ON member_contributions
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'member_contributions',
            old.member_id || '/' || old.year, json_object('member_id', old.member_id, 'year', old.year, 'amount', old.amount), NULL);
END;

CREATE TRIGGER audit_postings_insert AFTER INSERT ON postings
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'postings',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'year', new.year, 'date', new.date, 'voucher', new.voucher, 'account_id', new.account_id, 'project_id', new.project_id, 'text', new.text, 'amount', new.amount));
END;

CREATE TRIGGER audit_postings_update AFTER UPDATE ON postings
WHEN old.id IS NOT new.id
   OR old.year IS NOT new.year
   OR old.date IS NOT new.date
   OR old.voucher IS NOT new.voucher
   OR old.account_id IS NOT new.account_id
   OR old.project_id IS NOT new.project_id
   OR old.text IS NOT new.text
   OR old.amount IS NOT new.amount
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'postings',
            CAST(new.id AS TEXT), json_object('id', old.id, 'year', old.year, 'date', old.date, 'voucher', old.voucher, 'account_id', old.account_id, 'project_id', old.project_id, 'text', old.text, 'amount', old.amount),
            json_object('id', new.id, 'year', new.year, 'date', new.date, 'voucher', new.voucher, 'account_id', new.account_id, 'project_id', new.project_id, 'text', new.text, 'amount', new.amount));
END;

CREATE TRIGGER audit_postings_delete AFTER DELETE ON postings
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'postings',
            CAST(old.id AS TEXT), json_object('id', old.id, 'year', old.year, 'date', old.date, 'voucher', old.voucher, 'account_id', old.account_id, 'project_id', old.project_id, 'text', old.text, 'amount', old.amount), NULL);
END;

CREATE TRIGGER audit_budgets_insert AFTER INSERT ON budgets
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'budgets',
            new.account_id || '/' || new.year, NULL, json_object('account_id', new.account_id, 'year', new.year, 'amount', new.amount, 'note', new.note));
END;

CREATE TRIGGER audit_budgets_update AFTER UPDATE ON budgets
WHEN old.account_id IS NOT new.account_id
   OR old.year IS NOT new.year
   OR old.amount IS NOT new.amount
   OR old.note IS NOT new.note
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'budgets',
            new.account_id || '/' || new.year, json_object('account_id', old.account_id, 'year', old.year, 'amount', old.amount, 'note', old.note),
            json_object('account_id', new.account_id, 'year', new.year, 'amount', new.amount, 'note', new.note));
END;

CREATE TRIGGER audit_budgets_delete AFTER DELETE ON budgets
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'budgets',
            old.account_id || '/' || old.year, json_object('account_id', old.account_id, 'year', old.year, 'amount', old.amount, 'note', old.note), NULL);
END;

CREATE TRIGGER audit_budget_changes_insert AFTER INSERT ON budget_changes
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'budget_changes',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'account_id', new.account_id, 'year', new.year, 'date', new.date, 'amount', new.amount, 'decision', new.decision));
END;

CREATE TRIGGER audit_budget_changes_update AFTER UPDATE ON budget_changes
WHEN old.id IS NOT new.id
   OR old.account_id IS NOT new.account_id
   OR old.year IS NOT new.year
   OR old.date IS NOT new.date
   OR old.amount IS NOT new.amount
   OR old.decision IS NOT new.decision
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'budget_changes',
            CAST(new.id AS TEXT), json_object('id', old.id, 'account_id', old.account_id, 'year', old.year, 'date', old.date, 'amount', old.amount, 'decision', old.decision),
            json_object('id', new.id, 'account_id', new.account_id, 'year', new.year, 'date', new.date, 'amount', new.amount, 'decision', new.decision));
END;

CREATE TRIGGER audit_budget_changes_delete AFTER DELETE ON budget_changes
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'budget_changes',
            CAST(old.id AS TEXT), json_object('id', old.id, 'account_id', old.account_id, 'year', old.year, 'date', old.date, 'amount', old.amount, 'decision', old.decision), NULL);
END;

CREATE TRIGGER audit_budget_months_insert AFTER INSERT ON budget_months
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'budget_months',
            new.account_id || '/' || new.year || '/' || new.month, NULL, json_object('account_id', new.account_id, 'year', new.year, 'month', new.month, 'per_mille', new.per_mille));
END;

CREATE TRIGGER audit_budget_months_update AFTER UPDATE ON budget_months
WHEN old.account_id IS NOT new.account_id
   OR old.year IS NOT new.year
   OR old.month IS NOT new.month
   OR old.per_mille IS NOT new.per_mille
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'budget_months',
            new.account_id || '/' || new.year || '/' || new.month, json_object('account_id', old.account_id, 'year', old.year, 'month', old.month, 'per_mille', old.per_mille),
            json_object('account_id', new.account_id, 'year', new.year, 'month', new.month, 'per_mille', new.per_mille));
END;

CREATE TRIGGER audit_budget_months_delete AFTER DELETE ON budget_months
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'budget_months',
            old.account_id || '/' || old.year || '/' || old.month, json_object('account_id', old.account_id, 'year', old.year, 'month', old.month, 'per_mille', old.per_mille), NULL);
END;

CREATE TRIGGER audit_control_totals_insert AFTER INSERT ON control_totals
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'control_totals',
            CAST(new.id AS TEXT), NULL, json_object('id', new.id, 'year', new.year, 'account_id', new.account_id, 'amount', new.amount, 'source', new.source));
END;

CREATE TRIGGER audit_control_totals_update AFTER UPDATE ON control_totals
WHEN old.id IS NOT new.id
   OR old.year IS NOT new.year
   OR old.account_id IS NOT new.account_id
   OR old.amount IS NOT new.amount
   OR old.source IS NOT new.source
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'control_totals',
            CAST(new.id AS TEXT), json_object('id', old.id, 'year', old.year, 'account_id', old.account_id, 'amount', old.amount, 'source', old.source),
            json_object('id', new.id, 'year', new.year, 'account_id', new.account_id, 'amount', new.amount, 'source', new.source));
END;

CREATE TRIGGER audit_control_totals_delete AFTER DELETE ON control_totals
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'control_totals',
            CAST(old.id AS TEXT), json_object('id', old.id, 'year', old.year, 'account_id', old.account_id, 'amount', old.amount, 'source', old.source), NULL);
END;

CREATE TRIGGER audit_notes_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'insert', 'notes',
            new.year || '/' || new.number, NULL, json_object('year', new.year, 'number', new.number, 'title', new.title, 'text', new.text, 'attached', new.attached));
END;

CREATE TRIGGER audit_notes_update AFTER UPDATE ON notes
WHEN old.year IS NOT new.year
   OR old.number IS NOT new.number
   OR old.title IS NOT new.title
   OR old.text IS NOT new.text
   OR old.attached IS NOT new.attached
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'update', 'notes',
            new.year || '/' || new.number, json_object('year', old.year, 'number', old.number, 'title', old.title, 'text', old.text, 'attached', old.attached),
            json_object('year', new.year, 'number', new.number, 'title', new.title, 'text', new.text, 'attached', new.attached));
END;

CREATE TRIGGER audit_notes_delete AFTER DELETE ON notes
BEGIN
    INSERT INTO audit_log (at, user, action, table_name, row_key, old_values, new_values)
    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), 'delete', 'notes',
            old.year || '/' || old.number, json_object('year', old.year, 'number', old.number, 'title', old.title, 'text', old.text, 'attached', old.attached), NULL);
END;

