-- Annalist ledger, schema version 1.
-- Amounts are whole øre (INTEGER). Sign convention of Danish municipal accounts:
-- income negative, expenses positive.

PRAGMA application_id = 1095650387; -- 'ANLS': marks the file as an Annalist ledger

CREATE TABLE association (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT    NOT NULL,
    profit_centre TEXT    NOT NULL DEFAULT '',
    -- a deviation from budget at or above both limits must be explained in a note
    deviation_warn_percent INTEGER NOT NULL DEFAULT 10 CHECK (deviation_warn_percent >= 0),
    deviation_warn_ore     INTEGER NOT NULL DEFAULT 5000000 CHECK (deviation_warn_ore >= 0)
);

CREATE TABLE fiscal_years (
    year       INTEGER PRIMARY KEY,
    start_date TEXT    NOT NULL,
    end_date   TEXT    NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at  TEXT,
    closed_by  TEXT,
    CHECK (start_date <= end_date)
);

CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    number     TEXT    NOT NULL UNIQUE CHECK (number <> ''),
    name       TEXT    NOT NULL CHECK (name <> ''),
    section    TEXT    NOT NULL CHECK (section IN ('income', 'operations', 'projects', 'carry-over')),
    note       INTEGER CHECK (note IS NULL OR note > 0),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    -- the line the members' contributions add up to
    is_contributions INTEGER NOT NULL DEFAULT 0 CHECK (is_contributions IN (0, 1))
);

CREATE TABLE projects (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    account_id     INTEGER NOT NULL UNIQUE REFERENCES accounts (id),
    phase          TEXT    NOT NULL CHECK (phase IN ('idea', 'analysis', 'procurement', 'operation', 'national')),
    steering_group TEXT    NOT NULL DEFAULT '',
    description    TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE members (
    id           INTEGER PRIMARY KEY,
    municipality TEXT    NOT NULL UNIQUE CHECK (municipality <> '')
);

-- What a member pays for a year, as a positive amount; the contributions line holds their sum, negated.
CREATE TABLE member_contributions (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    year      INTEGER NOT NULL REFERENCES fiscal_years (year),
    amount    INTEGER NOT NULL,
    PRIMARY KEY (member_id, year)
);

CREATE TABLE postings (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL REFERENCES fiscal_years (year),
    date       TEXT    NOT NULL,
    voucher    INTEGER NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    project_id INTEGER REFERENCES projects (id),
    text       TEXT    NOT NULL DEFAULT '',
    amount     INTEGER NOT NULL
);
-- Covering index: the statement is a grouped sum that never touches the table itself.
CREATE INDEX postings_year_account_amount ON postings (year, account_id, amount);

CREATE TABLE budgets (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    year       INTEGER NOT NULL REFERENCES fiscal_years (year),
    amount     INTEGER NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, year)
);

-- Supplementary appropriations (tillægsbevillinger): original budget plus these is the corrected budget.
CREATE TABLE budget_changes (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    year       INTEGER NOT NULL REFERENCES fiscal_years (year),
    date       TEXT    NOT NULL,
    amount     INTEGER NOT NULL,
    decision   TEXT    NOT NULL DEFAULT ''
);

-- The share of a year's corrected budget that falls in each month, in per mille;
-- months without a row share what is left evenly.
CREATE TABLE budget_months (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    year       INTEGER NOT NULL REFERENCES fiscal_years (year),
    month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    per_mille  INTEGER NOT NULL CHECK (per_mille BETWEEN 0 AND 1000),
    PRIMARY KEY (account_id, year, month)
);

-- Totals from the ERP system to check the ledger against: the operating result (account_id NULL)
-- or one account's total.
CREATE TABLE control_totals (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL REFERENCES fiscal_years (year),
    account_id INTEGER REFERENCES accounts (id),
    amount     INTEGER NOT NULL,
    source     TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX control_totals_year_account ON control_totals (year, IFNULL(account_id, 0));

-- A note of the statement. Lines refer to it through accounts.note; a note may instead stand on the
-- projects heading or on the operating result.
CREATE TABLE notes (
    year     INTEGER NOT NULL REFERENCES fiscal_years (year),
    number   INTEGER NOT NULL CHECK (number > 0),
    title    TEXT    NOT NULL DEFAULT '',
    text     TEXT    NOT NULL DEFAULT '',
    attached TEXT    NOT NULL DEFAULT 'lines' CHECK (attached IN ('lines', 'projects', 'result')),
    PRIMARY KEY (year, number)
);

-- Where the data came from; illustrative data says so here.
CREATE TABLE provenance (
    subject      TEXT    PRIMARY KEY,
    source       TEXT    NOT NULL,
    illustrative INTEGER NOT NULL CHECK (illustrative IN (0, 1))
);
