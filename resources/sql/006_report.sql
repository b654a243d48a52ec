-- Annalist ledger, schema version 6: the annual report (årsberetning) as a document of its own.
-- Sections form a tree per fiscal year: chapters have no parent; siblings are ordered by position
-- from 0. Section numbers ("1", "1.2") are not stored: they follow from the tree.

CREATE TABLE report_sections (
    id        INTEGER PRIMARY KEY,
    year      INTEGER NOT NULL REFERENCES fiscal_years (year),
    parent_id INTEGER REFERENCES report_sections (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    kind      TEXT    NOT NULL
              CHECK (kind IN ('text', 'statement', 'chart', 'portfolio', 'interview', 'members', 'pagebreak')),
    title     TEXT    NOT NULL DEFAULT '',
    -- text sections: HTML (Qt's rich-text subset); pictures as <img src="picture:ID" alt="...">
    body      TEXT    NOT NULL DEFAULT '',
    -- JSON: the chart's key, the statement's layout, an interview's person and answers
    options   TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX report_sections_tree ON report_sections (year, parent_id, position);

-- Pictures are shared between years: a copied report refers to the same rows.
CREATE TABLE report_pictures (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL CHECK (name <> ''),
    mime_type TEXT    NOT NULL CHECK (mime_type <> ''),
    alt_text  TEXT    NOT NULL DEFAULT '',
    data      BLOB    NOT NULL
);

-- Who signs the year's report, in the order they sign; signed_on is an ISO date once signed.
CREATE TABLE report_signatories (
    id        INTEGER PRIMARY KEY,
    year      INTEGER NOT NULL REFERENCES fiscal_years (year),
    position  INTEGER NOT NULL CHECK (position >= 0),
    name      TEXT    NOT NULL,
    role      TEXT    NOT NULL,
    signed_on TEXT
);
CREATE INDEX report_signatories_year ON report_signatories (year, position);
