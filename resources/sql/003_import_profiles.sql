-- Annalist ledger, schema version 3: named column mappings for importing the ERP's CSV exports.
-- A profile keeps what a user told the import about one kind of export, to be reused by name.

CREATE TABLE import_profiles (
    name      TEXT PRIMARY KEY CHECK (name <> ''),
    -- "date=Bogføringsdato,voucher=Bilagsnr." as given with --map; empty: the names are detected
    mapping   TEXT NOT NULL DEFAULT '',
    -- empty: detected
    encoding  TEXT NOT NULL DEFAULT '',
    delimiter TEXT NOT NULL DEFAULT '' CHECK (delimiter IN ('', ';', ',', char(9))),
    saved_at  TEXT NOT NULL
);
