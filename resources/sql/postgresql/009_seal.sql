-- Annalist server ledger, schema version 9 (SQLite's 009): a closed year keeps the master data its
-- statement was signed with, and the server refuses a change of a year's status that Annalist's
-- closing or reopening would not make.

-- Closing a year copies the accounts and projects as they are; the closed year's statement, charts
-- and report read them from here, so later changes of the master data reach the open years only.
-- Reopening the year removes its copy. The closing's audit record holds the year's seal (YearSeal),
-- which `annalist verify` recomputes.
CREATE TABLE closed_year_accounts (
    year             integer NOT NULL REFERENCES fiscal_years (year),
    account_id       bigint  NOT NULL,
    number           text    NOT NULL,
    name             text    NOT NULL,
    section          text    NOT NULL,
    note             integer,
    active           integer NOT NULL,
    sort_order       integer NOT NULL,
    is_contributions integer NOT NULL,
    PRIMARY KEY (year, account_id)
);

CREATE TABLE closed_year_projects (
    year           integer NOT NULL REFERENCES fiscal_years (year),
    project_id     bigint  NOT NULL,
    name           text    NOT NULL,
    account_id     bigint  NOT NULL,
    phase          text    NOT NULL,
    steering_group text    NOT NULL,
    description    text    NOT NULL,
    PRIMARY KEY (year, project_id)
);

-- Years closed before this version keep the master data as it is now.
INSERT INTO closed_year_accounts (year, account_id, number, name, section, note, active, sort_order, is_contributions)
SELECT y.year, a.id, a.number, a.name, a.section, a.note, a.active, a.sort_order, a.is_contributions
FROM fiscal_years y CROSS JOIN accounts a WHERE y.status = 'closed';

INSERT INTO closed_year_projects (year, project_id, name, account_id, phase, steering_group, description)
SELECT y.year, p.id, p.name, p.account_id, p.phase, p.steering_group, p.description
FROM fiscal_years y CROSS JOIN projects p WHERE y.status = 'closed';

DO $$
DECLARE
    tab text;
    kind text;
BEGIN
    FOREACH tab IN ARRAY ARRAY['closed_year_accounts', 'closed_year_projects'] LOOP
        FOREACH kind IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
            EXECUTE format('CREATE TRIGGER %I BEFORE %s ON %I FOR EACH ROW EXECUTE FUNCTION annalist_refuse_closed_year()',
                           tab || '_closed_' || kind, upper(kind), tab);
        END LOOP;
    END LOOP;
END;
$$;

-- A year's status changes only as Annalist's closing and reopening change it, whoever writes: the
-- board role, which may set the status columns, and the owner too.
-- Closing needs the signatories (who signed, when, and the report's sign-off), the copy of the
-- master data above, and the next year's carry-over line holding the year's operating result as the
-- server computes it from the postings. Reopening needs a reason and a time
-- of its own. A closed year's row changes only by reopening it. Each change is recorded in the audit
-- trail by audit_fiscal_years_update. The writer takes its turn on the audit head first, so no
-- posting slips in between the check and the commit.
CREATE FUNCTION annalist_guard_year_status() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
    result bigint;
    carried bigint;
    carried_postings bigint;
BEGIN
    PERFORM 1 FROM audit_head WHERE id = 1 FOR UPDATE;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'closed' THEN
            RAISE EXCEPTION 'annalist: a year is added open and closed by the closing';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'closed' AND NEW.status = 'closed' THEN
        IF OLD IS DISTINCT FROM NEW THEN
            RAISE EXCEPTION 'annalist: closed fiscal year';
        END IF;
    ELSIF OLD.status = 'open' AND NEW.status = 'closed' THEN
        IF coalesce(btrim(NEW.closed_by), '') = '' OR NEW.closed_at IS NULL THEN
            RAISE EXCEPTION 'annalist: closing % needs who signed it and when', NEW.year;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM report_signatories WHERE year = NEW.year) THEN
            RAISE EXCEPTION 'annalist: closing % needs its signatories on the sign-off', NEW.year;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM closed_year_accounts WHERE year = NEW.year) THEN
            RAISE EXCEPTION 'annalist: closing % needs its accounts kept as they are closed', NEW.year;
        END IF;
        SELECT coalesce(sum(amount), 0) INTO result FROM postings WHERE year = NEW.year;
        -- The next year's carry-over lines hold what is carried into it: this year's result.
        SELECT count(*), coalesce(sum(p.amount), 0) INTO carried_postings, carried
        FROM postings p JOIN accounts a ON a.id = p.account_id
        WHERE p.year = NEW.year + 1 AND a.section = 'carry-over';
        IF carried_postings = 0 OR carried <> result THEN
            RAISE EXCEPTION 'annalist: closing % needs its operating result (%) carried over into % (now %)',
                NEW.year, result, NEW.year + 1, carried;
        END IF;
    ELSIF OLD.status = 'closed' AND NEW.status = 'open' THEN
        IF coalesce(btrim(NEW.reopen_reason), '') = '' OR NEW.reopened_at IS NULL
           OR NEW.reopened_at IS NOT DISTINCT FROM OLD.reopened_at THEN
            RAISE EXCEPTION 'annalist: reopening % needs a reason', NEW.year;
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER fiscal_years_status BEFORE INSERT OR UPDATE ON fiscal_years
FOR EACH ROW EXECUTE FUNCTION annalist_guard_year_status();

-- Change notification, as for the other tables the application shows.
CREATE TRIGGER notify_closed_year_accounts AFTER INSERT OR UPDATE OR DELETE ON closed_year_accounts
FOR EACH STATEMENT EXECUTE FUNCTION annalist_notify_change();
CREATE TRIGGER notify_closed_year_projects AFTER INSERT OR UPDATE OR DELETE ON closed_year_projects
FOR EACH STATEMENT EXECUTE FUNCTION annalist_notify_change();

-- Everybody reads the copies; the board, which closes and reopens years, writes them.
REVOKE ALL ON closed_year_accounts, closed_year_projects FROM PUBLIC;
REVOKE ALL ON FUNCTION annalist_guard_year_status() FROM PUBLIC;
GRANT SELECT ON closed_year_accounts, closed_year_projects TO annalist_finance, annalist_editor, annalist_board;
GRANT INSERT, DELETE ON closed_year_accounts, closed_year_projects TO annalist_board;

-- Exact totals. Besides each account's total, account_totals keeps the sum of its postings' amounts
-- without their sign (magnitude). While a year's magnitudes add up to at most 2^63 - 1 øre, no sum
-- of its postings, whatever their selection, can leave the 64-bit range; a write that would take a
-- year beyond that is refused, whoever writes. (bigint arithmetic refuses an overflow by itself.)
ALTER TABLE account_totals ADD COLUMN magnitude bigint NOT NULL DEFAULT 0;
UPDATE account_totals AS t SET magnitude = s.magnitude
FROM (SELECT year, account_id, sum(abs(amount)) AS magnitude FROM postings GROUP BY year, account_id) AS s
WHERE t.year = s.year AND t.account_id = s.account_id;

CREATE OR REPLACE FUNCTION annalist_totals_postings() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO account_totals AS t (year, account_id, total, postings, magnitude)
        SELECT year, account_id, sum(amount), count(*), sum(abs(amount)) FROM new_postings GROUP BY year, account_id
        ON CONFLICT (year, account_id) DO UPDATE
        SET total = t.total + excluded.total, postings = t.postings + excluded.postings,
            magnitude = t.magnitude + excluded.magnitude;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE account_totals AS t SET total = t.total - gone.total, postings = t.postings - gone.postings,
            magnitude = t.magnitude - gone.magnitude
        FROM (SELECT year, account_id, sum(amount) AS total, count(*) AS postings, sum(abs(amount)) AS magnitude
              FROM old_postings GROUP BY year, account_id) AS gone
        WHERE t.year = gone.year AND t.account_id = gone.account_id;
    ELSE
        -- What the update moved, per year and account (an edit of text or date moves nothing). Accounts
        -- the postings left are updated if they are there, as by SQLite's UPDATE; accounts they came to
        -- are upserted. The two never touch the same row.
        WITH moved AS (
            SELECT year, account_id, sum(amount) AS total, sum(n) AS postings, sum(m) AS magnitude,
                   bool_or(n > 0) AS added
            FROM (SELECT year, account_id, -amount AS amount, -1 AS n, -abs(amount) AS m FROM old_postings
                  UNION ALL
                  SELECT year, account_id, amount, 1, abs(amount) FROM new_postings) AS moves
            GROUP BY year, account_id
            HAVING sum(amount) <> 0 OR sum(n) <> 0 OR sum(m) <> 0),
        left_behind AS (
            UPDATE account_totals AS t SET total = t.total + m.total, postings = t.postings + m.postings,
                magnitude = t.magnitude + m.magnitude
            FROM moved AS m
            WHERE NOT m.added AND t.year = m.year AND t.account_id = m.account_id)
        INSERT INTO account_totals AS t (year, account_id, total, postings, magnitude)
        SELECT year, account_id, total, postings, magnitude FROM moved WHERE added
        ON CONFLICT (year, account_id) DO UPDATE
        SET total = t.total + excluded.total, postings = t.postings + excluded.postings,
            magnitude = t.magnitude + excluded.magnitude;
    END IF;
    -- A delete only lowers the sums; what was written otherwise must keep its years in range.
    IF TG_OP <> 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM account_totals WHERE year IN (SELECT DISTINCT year FROM new_postings)
                   GROUP BY year HAVING sum(magnitude) > 9223372036854775807) THEN
            RAISE EXCEPTION 'annalist: total out of range' USING ERRCODE = 'numeric_value_out_of_range';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
