#!/usr/bin/env bash
# Checks the server ledger's schema (resources/sql/postgresql/0*.sql) on a real PostgreSQL
# server: it installs, it matches the SQLite ledger, the audit trail's chain holds under concurrent
# writers, the roles can do their work and no more, closed years refuse changes, changes are notified.
#   check-schema.sh postgresql://SUPERUSER@HOST:PORT/DB
# It creates its own logins and databases (named annalist_check_PID_*) and drops them at the end; the
# group roles annalist_finance, annalist_editor and annalist_board are shared by every ledger of the
# cluster and stay. Exits non-zero if any check fails.
# scripts/pg-test-cluster.sh start DIR gives a throw-away cluster to run it against.
set -euo pipefail

admin=${1:?usage: check-schema.sh postgresql://SUPERUSER@HOST:PORT/DB}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
# The server's migrations in order, as Annalist runs them into an empty database (008, then 009, ...),
# as one script: each sets the schema version it brings the ledger to.
schema=$work/schema.sql
for f in "$root"/resources/sql/postgresql/0*.sql; do
  cat "$f"
  n=$(basename "$f"); n=$((10#${n%%_*}))
  echo ";UPDATE annalist_meta SET schema_version = $n;"
done >"$schema"
latest=$(ls "$root"/resources/sql/postgresql/0*.sql | tail -1); latest=$(basename "$latest"); latest=$((10#${latest%%_*}))
tag=annalist_check_$$
owner=${tag}_owner     # owns database a and installs it; may create roles
owner2=${tag}_owner2   # owns database b; may not create roles
fin=${tag}_finance
fin2=${tag}_finance2
editor=${tag}_editor
board=${tag}_board
nobody=${tag}_nobody   # a login without a group role
db=${tag}_a
passed=0
failed=0

# The admin URL with another user (password "check", which trust authentication ignores) and database.
[[ $admin =~ ^(postgres(ql)?://)([^@/]*@)?([^/?]*)(/[^?]*)?(\?.*)?$ ]] ||
  { echo "not a postgresql:// URL: $admin" >&2; exit 2; }
url_scheme=${BASH_REMATCH[1]} url_host=${BASH_REMATCH[4]} url_query=${BASH_REMATCH[6]}
url() { echo "${url_scheme}$1:check@${url_host}/$2${url_query}"; }

pass() { passed=$((passed + 1)); echo "ok   - $*"; }
fail() { failed=$((failed + 1)); echo "FAIL - $*"; }

# sql LOGIN SQL: runs SQL as LOGIN in the current database and prints the result (unaligned).
sql() {
  local who=$1
  shift
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$(url "$who" "$db")" -c "$*"
}
as_admin() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$admin" "$@"; }

# expect DESCRIPTION EXPECTED ACTUAL
expect() {
  if [ "$2" == "$3" ]; then pass "$1"; else fail "$1: expected [$2], got [$3]"; fi
}

# allowed DESCRIPTION LOGIN SQL: the statement succeeds.
allowed() {
  local out
  if out=$(sql "$2" "$3" 2>&1); then pass "$1"; else fail "$1: $out"; fi
}

# refused DESCRIPTION LOGIN PATTERN SQL: the statement fails with an error matching PATTERN (the
# SQLSTATE is in the message: verbose errors).
refused() {
  local out
  if out=$(psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$(url "$2" "$db")" -c "$4" 2>&1); then
    fail "$1: allowed"
  elif grep -q -- "$3" <<<"$out"; then
    pass "$1"
  else
    fail "$1: $out"
  fi
}

cleanup() {
  set +e
  jobs -p | xargs -r kill 2>/dev/null
  for d in ${tag}_a ${tag}_b ${tag}_c; do
    as_admin -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1
  done
  for r in $owner $owner2 $fin $fin2 $editor $board $nobody; do
    as_admin -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1
  done
  rm -rf "$work"
}
trap cleanup EXIT

# The whole trail as verify() reads it: ids 1, 2, 3, ... without gaps, each record's prev_hash the
# hash of the one before, each hash SHA-256 over AuditTrail::payload() (recomputed here in Python, not
# by the server), and the head on the last record. Prints "RECORDS ok" or what is wrong.
verify_chain() {
  local csv=$work/trail.csv head
  sql "$owner" "COPY (SELECT id, at, \"user\", action, table_name, row_key, old_values, new_values, prev_hash, hash
                      FROM audit_log ORDER BY id) TO STDOUT WITH (FORMAT csv)" >"$csv"
  head=$(sql "$owner" "SELECT last_id || ',' || records || ',' || hash FROM audit_head WHERE id = 1")
  python3 - "$csv" "$head" <<'EOF'
import csv, hashlib, re, sys
path, head = sys.argv[1:]
last_id, records, head_hash = head.split(',')
prev, expected_id, problems = '', 1, []
stamp = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')
with open(path, newline='', encoding='utf-8') as f:
    for row in csv.reader(f):
        rid = int(row[0])
        at, user, action, table, key, old, new, prev_hash, hash_ = row[1:]
        if rid != expected_id:
            problems.append('id %d where %d was due' % (rid, expected_id))
        if prev_hash != prev:
            problems.append('record %d does not follow the one before' % rid)
        payload = '|'.join([prev_hash, at, user, action, table, key, old, new]).encode('utf-8')
        if hashlib.sha256(payload).hexdigest() != hash_:
            problems.append('record %d: hash mismatch' % rid)
        if not stamp.match(at):
            problems.append('record %d: at %r' % (rid, at))
        prev, expected_id = hash_, rid + 1
n = expected_id - 1
if int(last_id) != n or int(records) != n or head_hash != prev:
    problems.append('head (%s, %s records) does not match the last record %d' % (last_id, records, n))
print('; '.join(problems[:5]) if problems else '%d ok' % n)
EOF
}

echo "# server: $(as_admin -c 'SHOW server_version')"

# --- Installing -------------------------------------------------------------------------------------
as_admin -c "CREATE ROLE $owner LOGIN CREATEROLE PASSWORD 'check'" \
  -c "CREATE ROLE $owner2 LOGIN PASSWORD 'check'" \
  -c "CREATE DATABASE ${tag}_a OWNER $owner" -c "CREATE DATABASE ${tag}_b OWNER $owner2" \
  -c "CREATE DATABASE ${tag}_c OWNER $owner"
existing=$(as_admin -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('annalist_finance', 'annalist_editor', 'annalist_board')")
echo "# group roles existing before the first installation: $existing of 3"

if out=$(psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$(url "$owner" ${tag}_a)" -f "$schema" 2>&1); then
  pass "installs as the database's owner in one transaction (psql --single-transaction -f)"
else
  fail "install into ${tag}_a: $out"
  exit 1
fi
expect "the group roles exist afterwards" 3 \
  "$(as_admin -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('annalist_finance', 'annalist_editor', 'annalist_board') AND NOT rolcanlogin")"
# The application's way: the whole file as one multi-statement exec, which the server runs as one
# transaction. The roles exist now: an owner who may not create roles installs it.
if out=$(psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$owner2" ${tag}_b)" -c "$(cat "$schema")" 2>&1); then
  pass "installs a second time, in another database of the cluster, as one multi-statement exec (roles already there)"
else
  fail "install into ${tag}_b: $out"
fi
# One transaction: if anything fails, nothing of it stays.
if psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$owner" ${tag}_c)" -c "$(cat "$schema"; echo 'SELECT 1 / 0;')" >/dev/null 2>&1; then
  fail "an installation that fails at its end is refused"
else
  db=${tag}_c expect "an installation that fails at its end leaves nothing behind" 0 \
    "$(db=${tag}_c sql "$owner" "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")"
fi

# --- What it creates --------------------------------------------------------------------------------
expect "annalist_meta says annalist, version $latest" "1|annalist|$latest" "$(sql "$owner" "SELECT * FROM annalist_meta")"

# Tables and columns as in SQLite after all its migrations (FTS5 tables aside), in the same order, with the
# same NOT NULL, defaults and primary keys.
python3 - "$root/resources/sql" >"$work/sqlite-columns" <<'EOF'
import glob, sqlite3, sys
c = sqlite3.connect(':memory:')
for f in sorted(glob.glob(sys.argv[1] + '/0*.sql')):
    c.executescript(open(f, encoding='utf-8').read())
for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'posting_search%' ORDER BY name"):
    for cid, name, type_, notnull, default, pk in c.execute('PRAGMA table_info(%s)' % t):
        print('%s.%s notnull=%d default=%s pk=%d' % (t, name, notnull or pk > 0, default or '', pk))
EOF
sql "$owner" "
  SELECT c.table_name || '.' || c.column_name || ' notnull=' || (c.is_nullable = 'NO')::int || ' default=' ||
         coalesce(regexp_replace(c.column_default, '::(text|integer|bigint)$', ''), '') || ' pk=' ||
         coalesce((SELECT k.ordinal_position FROM information_schema.key_column_usage k
                   JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name)
                   WHERE tc.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name
                     AND k.column_name = c.column_name), 0)
  FROM information_schema.columns c
  WHERE c.table_schema = 'public' AND c.table_name <> 'annalist_meta'
  ORDER BY c.table_name, c.ordinal_position" |
  sed 's/^association\.id notnull=1 default=1 /association.id notnull=1 default= /' >"$work/pg-columns"
if diff "$work/sqlite-columns" "$work/pg-columns" >"$work/columns.diff"; then
  pass "tables and columns match SQLite's schema $latest ($(wc -l <"$work/pg-columns") columns; association.id defaults to 1 as SQLite's rowid)"
else
  fail "tables and columns differ from SQLite's: $(cat "$work/columns.diff")"
fi
expect "no posting_search tables" 0 "$(sql "$owner" "SELECT count(*) FROM pg_class WHERE relname LIKE 'posting_search%'")"
expect "SQLite's indexes are there" \
  "audit_log_table_at control_totals_year_account postings_year_account_amount postings_year_date_voucher report_sections_tree report_signatories_year" \
  "$(sql "$owner" "SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public'
                   AND indexname IN ('audit_log_table_at', 'control_totals_year_account', 'postings_year_account_amount',
                   'postings_year_date_voucher', 'report_sections_tree', 'report_signatories_year')")"
expect "control_totals is unique on (year, COALESCE(account_id, 0))" \
  "CREATE UNIQUE INDEX control_totals_year_account ON public.control_totals USING btree (year, COALESCE(account_id, (0)::bigint))" \
  "$(sql "$owner" "SELECT indexdef FROM pg_indexes WHERE indexname = 'control_totals_year_account'")"
names=""
for t in association fiscal_years accounts projects members member_contributions postings budgets budget_changes \
  budget_months control_totals notes; do
  for k in insert update delete; do names="$names'audit_${t}_$k',"; done
done
expect "the 36 audit triggers and audit_log_chain are there, by name (as the application checks in pg_trigger)" 37 \
  "$(sql "$owner" "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname IN (${names}'audit_log_chain')")"
expect "notify triggers on the 20 data tables (18, and the closed years' copies of accounts and projects)" 20 \
  "$(sql "$owner" "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname = 'notify_' || tgrelid::regclass::text")"
expect "row-level security on postings" t "$(sql "$owner" "SELECT relrowsecurity FROM pg_class WHERE oid = 'postings'::regclass")"

# --- Data to work on (by the owner) ------------------------------------------------------------------
sql "$owner" "
  INSERT INTO association (name) VALUES ('Check');
  INSERT INTO fiscal_years (year, start_date, end_date) VALUES (2023, '2023-01-01', '2023-12-31'), (2024, '2024-01-01', '2024-12-31');
  INSERT INTO accounts (id, number, name, section) VALUES (1, '1000', 'Contributions', 'income'),
    (2, '2000', 'Rent', 'operations'), (3, '9023', 'Carried over from 2023', 'carry-over');
  INSERT INTO members (id, municipality) VALUES (1, 'Aarhus');"
as_admin -c "CREATE ROLE $fin LOGIN PASSWORD 'check' IN ROLE annalist_finance" \
  -c "CREATE ROLE $fin2 LOGIN PASSWORD 'check' IN ROLE annalist_finance" \
  -c "CREATE ROLE $editor LOGIN PASSWORD 'check' IN ROLE annalist_editor" \
  -c "CREATE ROLE $board LOGIN PASSWORD 'check' IN ROLE annalist_board" \
  -c "CREATE ROLE $nobody LOGIN PASSWORD 'check'"

# --- Finance writes a posting: totals, audit record, hash -------------------------------------------
posting=$(sql "$fin" "INSERT INTO postings (year, date, voucher, account_id, text, amount)
                      VALUES (2024, '2024-02-01', 17, 2, 'Husleje | \"februar\" æøå', 125000) RETURNING id")
expect "finance inserts a posting; account_totals follows" "125000|1" \
  "$(sql "$fin" "SELECT total || '|' || postings FROM account_totals WHERE year = 2024 AND account_id = 2")"
expect "its audit record: insert of postings, row_key the id, user the finance login" "insert|postings|$posting|$fin|true|true" \
  "$(sql "$fin" "SELECT action || '|' || table_name || '|' || row_key || '|' || \"user\" || '|' || (old_values IS NULL) || '|' ||
                 (new_values::jsonb = (SELECT to_jsonb(p) FROM postings p WHERE id = $posting))
                 FROM audit_log ORDER BY id DESC LIMIT 1")"
expect "its hash is SHA-256 of prev_hash|at|user|action|table_name|row_key|old_values|new_values, recomputed in SQL" t \
  "$(sql "$fin" "SELECT hash = encode(sha256(convert_to(concat(coalesce(prev_hash, ''), '|', at, '|', \"user\", '|', action, '|',
                 table_name, '|', row_key, '|', old_values, '|', new_values), 'UTF8')), 'hex')
                 AND prev_hash = (SELECT hash FROM audit_log b WHERE b.id = a.id - 1)
                 AND hash = (SELECT hash FROM audit_head WHERE id = 1)
                 AND at ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$'
                 FROM audit_log a ORDER BY id DESC LIMIT 1")"
expect "and recomputed in Python over the whole trail" "8 ok" "$(verify_chain)"

# Row keys as the SQLite triggers write them, for the tables with composite keys.
sql "$fin" "
  INSERT INTO budgets (account_id, year, amount) VALUES (2, 2023, 100000);
  INSERT INTO budget_months (account_id, year, month, per_mille) VALUES (2, 2023, 5, 100);
  INSERT INTO member_contributions (member_id, year, amount) VALUES (1, 2023, 50000);
  INSERT INTO notes (year, number, title) VALUES (2023, 1, 'Rent');
  INSERT INTO budget_changes (account_id, year, date, amount) VALUES (2, 2023, '2023-06-01', 5000);
  INSERT INTO control_totals (year, account_id, amount) VALUES (2023, NULL, 0);
  INSERT INTO postings (year, date, voucher, account_id, text, amount) VALUES (2023, '2023-03-01', 1, 2, 'Rent', 100000);
  UPDATE budgets SET amount = 110000 WHERE account_id = 2 AND year = 2023;
  UPDATE fiscal_years SET end_date = end_date WHERE year = 2023;"
expect "row_key of budgets, budget_months, member_contributions, notes (as SQLite: 2/2023, 2/2023/5, 1/2023, 2023/1)" \
  "budgets 2/2023,budget_months 2/2023/5,member_contributions 1/2023,notes 2023/1,budgets 2/2023" \
  "$(sql "$fin" "SELECT string_agg(table_name || ' ' || row_key, ',' ORDER BY id) FROM audit_log
                 WHERE table_name IN ('budgets', 'budget_months', 'member_contributions', 'notes')")"
expect "an update that changes nothing writes no record" 0 \
  "$(sql "$fin" "SELECT count(*) FROM audit_log WHERE table_name = 'fiscal_years' AND action = 'update'")"
expect "an update's record holds the old and the new row" "100000|110000" \
  "$(sql "$fin" "SELECT (old_values::jsonb ->> 'amount') || '|' || (new_values::jsonb ->> 'amount') FROM audit_log
                 WHERE table_name = 'budgets' AND action = 'update'")"

# --- Gapless ids --------------------------------------------------------------------------------------
before=$(sql "$owner" "SELECT last_id FROM audit_head")
sql "$fin" "BEGIN; INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2024, '2024-02-02', 18, 2, 1); ROLLBACK;"
sql "$fin" "BEGIN; SAVEPOINT s; INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2024, '2024-02-02', 18, 2, 1);
            ROLLBACK TO s; INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2024, '2024-02-02', 19, 2, 2); COMMIT;"
expect "after a rolled-back insert and a rolled-back savepoint the next record takes the next id" "$((before + 1))" \
  "$(sql "$owner" "SELECT max(id) FROM audit_log")"
expect "the chain is intact" "$((before + 1)) ok" "$(verify_chain)"

# --- Concurrent writers -----------------------------------------------------------------------------
# Each session waits for the other before it writes, so that they do write at the same time.
for who in $fin $fin2; do
  {
    echo "DO \$\$ DECLARE waited integer := 0; BEGIN
            WHILE (SELECT count(*) FROM pg_stat_activity WHERE application_name = '${tag}_writer') < 2 AND waited < 1000 LOOP
              PERFORM pg_sleep(0.01); PERFORM pg_stat_clear_snapshot(); waited := waited + 1;
            END LOOP;
          END \$\$;"
  } >"$work/$who.sql"
  # 200 steps: mostly a posting on its own; every tenth a transaction of three postings in one
  # statement and an explicit record; every tenth but five a transaction that rolls back.
  for i in $(seq 1 200); do
    posting="(2024, '2024-03-01', $i, $(((i % 2) + 1)), 'parallel $who $i', $i)"
    case $((i % 10)) in
    0) echo "BEGIN; INSERT INTO postings (year, date, voucher, account_id, text, amount) VALUES $posting, $posting, $posting;
             SELECT annalist_audit_record('import', 'postings', '$i', NULL, NULL); COMMIT;" ;;
    5) echo "BEGIN; INSERT INTO postings (year, date, voucher, account_id, text, amount) VALUES $posting; ROLLBACK;" ;;
    *) echo "INSERT INTO postings (year, date, voucher, account_id, text, amount) VALUES $posting;" ;;
    esac
  done >>"$work/$who.sql"
done
expected=$((2 * (20 * 4 + 160)))
before=$(sql "$owner" "SELECT last_id FROM audit_head")
PGAPPNAME=${tag}_writer psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$fin" "$db")" -f "$work/$fin.sql" >"$work/$fin.out" 2>&1 &
p1=$!
PGAPPNAME=${tag}_writer psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$fin2" "$db")" -f "$work/$fin2.sql" >"$work/$fin2.out" 2>&1 &
p2=$!
rc1=0 rc2=0
wait $p1 || rc1=$?
wait $p2 || rc2=$?
expect "two sessions writing at the same time (200 steps each: single postings, 3-posting transactions, rollbacks) both succeed" \
  "0 0" "$rc1 $rc2"
expect "their $expected records interleave" t \
  "$(sql "$owner" "SELECT count(DISTINCT \"user\") = 2 AND count(*) = $expected AND
                   max(id) FILTER (WHERE \"user\" = '$fin') > min(id) FILTER (WHERE \"user\" = '$fin2') AND
                   max(id) FILTER (WHERE \"user\" = '$fin2') > min(id) FILTER (WHERE \"user\" = '$fin')
                   FROM audit_log WHERE id > $before")"
expect "the whole chain is valid: gapless ids, prev_hash, hashes, head" "$((before + expected)) ok" "$(verify_chain)"
# Writing in bulk costs in proportion to the postings written: no cost per posting that grows with
# those the transaction wrote before it (a row version of the head or the totals per posting did).
bulk() {
  local start end
  start=$(date +%s%N)
  sql "$fin" "INSERT INTO postings (year, date, voucher, account_id, text, amount)
              SELECT 2024, '2024-04-01', 1000 + g, 2, 'bulk ' || g, g FROM generate_series(1, $1) AS g"
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
small=$(bulk 2000)
large=$(bulk 16000)
expect "16,000 postings in one statement take less than 20 times as long as 2,000 (${small} ms, ${large} ms)" t \
  "$( ((large < 20 * small)) && echo t || echo f)"
expect "  and the chain is intact" "$(sql "$owner" "SELECT count(*) FROM audit_log") ok" "$(verify_chain)"
# account_totals against the postings' sums (a row of an account with no postings left holds zeros).
totals_off() {
  sql "$owner" "SELECT count(*) FROM (SELECT year, account_id, sum(amount) AS total, count(*) AS postings FROM postings
                GROUP BY year, account_id) s FULL JOIN account_totals t USING (year, account_id)
                WHERE coalesce(s.total, 0) <> coalesce(t.total, 0) OR coalesce(s.postings, 0) <> coalesce(t.postings, 0)"
}
expect "account_totals equals the postings' sums" 0 "$(totals_off)"
sql "$fin" "UPDATE postings SET amount = amount * 2 WHERE year = 2024 AND voucher <= 50;
            UPDATE postings SET account_id = 1 WHERE year = 2024 AND account_id = 2 AND voucher BETWEEN 51 AND 80;
            UPDATE postings SET account_id = 2, amount = 7 WHERE id = (SELECT min(id) FROM postings WHERE account_id = 1);
            UPDATE postings SET text = text || ' edited' WHERE voucher = 81;
            UPDATE postings SET year = 2023 WHERE year = 2024 AND voucher = 82;"
expect "account_totals follows updates of amount, account, year and text" 0 "$(totals_off)"
sql "$fin" "UPDATE postings SET year = 2024 WHERE year = 2023 AND voucher = 82;
            DELETE FROM postings WHERE year = 2024 AND voucher BETWEEN 90 AND 120;
            DELETE FROM postings WHERE id = (SELECT max(id) FROM postings)"
expect "account_totals follows deletes" 0 "$(totals_off)"

# --- What each role may do --------------------------------------------------------------------------
refused "editor is refused an INSERT into postings (42501)" "$editor" 42501 \
  "INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2024, '2024-01-05', 1, 2, 1)"
allowed "editor writes report_sections" "$editor" \
  "INSERT INTO report_sections (year, position, kind, title) VALUES (2024, 0, 'text', 'Intro');
   UPDATE report_sections SET body = '<p>Hi</p>' WHERE title = 'Intro';
   INSERT INTO report_pictures (name, mime_type, data) VALUES ('logo', 'image/png', '\\x89504e47')"
allowed "editor writes notes" "$editor" "INSERT INTO notes (year, number, title) VALUES (2024, 1, 'Editor')"
refused "editor is refused an UPDATE of budgets" "$editor" 42501 "UPDATE budgets SET amount = 0"
refused "finance is refused UPDATE fiscal_years SET status (42501)" "$fin" 42501 \
  "UPDATE fiscal_years SET status = 'closed' WHERE year = 2023"
refused "finance is refused writing report_sections" "$fin" 42501 \
  "INSERT INTO report_sections (year, position, kind) VALUES (2024, 1, 'text')"
allowed "finance adds a year" "$fin" "INSERT INTO fiscal_years (year, start_date, end_date) VALUES (2022, '2022-01-01', '2022-12-31')"
refused "a login without a group role reads nothing" "$nobody" 42501 "SELECT count(*) FROM postings"
for who in $fin $editor $board $nobody; do
  for stmt in "INSERT INTO audit_log (at, \"user\", action, table_name, row_key) VALUES ('x', 'x', 'x', 'x', 'x')" \
    "UPDATE audit_log SET \"user\" = 'someone' WHERE id = 1" "DELETE FROM audit_log WHERE id = 1" \
    "UPDATE audit_head SET last_id = 0" "DELETE FROM audit_head" "UPDATE account_totals SET total = 0"; do
    refused "${who#"${tag}_"}: $stmt (42501)" "$who" 42501 "$stmt"
  done
done
allowed "the owner may change audit_log and audit_head (here rolled back)" "$owner" \
  "BEGIN; UPDATE audit_log SET \"user\" = 'someone' WHERE id = 1; DELETE FROM audit_head; ROLLBACK"

# --- Crossing writers --------------------------------------------------------------------------------
# until_sleeping LOGIN: waits until LOGIN's session is in pg_sleep (it has done what comes before).
until_sleeping() {
  for _ in $(seq 1 200); do
    [ "$(as_admin -c "SELECT count(*) FROM pg_stat_activity WHERE usename = '$1' AND query LIKE '%pg_sleep%' AND state = 'active'")" = 1 ] && return
    sleep 0.02
  done
  fail "the session of $1 did not get to its pg_sleep"
}
# waiting MS DESCRIPTION COMMAND...: COMMAND, which must take at least MS milliseconds (it waited).
waiting() {
  local least=$1 description=$2 start end
  shift 2
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  expect "$description: it waited" t "$( ((end - start >= least * 1000000)) && echo t || echo "f ($(((end - start) / 1000000)) ms)")"
}
# One writer changes account 2 and then 1, the other 1 and then 2: they take turns instead of
# deadlocking on each other's rows.
psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$fin2" "$db")" >"$work/crossing.out" 2>&1 <<EOF &
BEGIN;
UPDATE accounts SET sort_order = 1 WHERE id = 2;
SELECT pg_sleep(1);
UPDATE accounts SET sort_order = 1 WHERE id = 1;
COMMIT;
EOF
crossing=$!
until_sleeping "$fin2"
waiting 500 "a writer crossing another's rows" allowed "a writer crossing another's rows waits its turn, no deadlock" "$fin" \
  "BEGIN; UPDATE accounts SET sort_order = 2 WHERE id = 1; UPDATE accounts SET sort_order = 2 WHERE id = 2; COMMIT"
rc=0
wait $crossing || rc=$?
expect "  and the other one succeeds too, first" "0 2|2" \
  "$rc $(sql "$owner" "SELECT string_agg(sort_order::text, '|' ORDER BY id) FROM accounts WHERE id IN (1, 2)")"

# --- A year's status changes only as the closing changes it (009) -------------------------------------
close2023="UPDATE fiscal_years SET status = 'closed', closed_by = 'Chair, chairman', closed_at = '2024-03-31T10:00:00.000Z'
WHERE year = 2023 AND status = 'open'"
refused "board is refused a closing without signatories" "$board" "closing 2023 needs its signatories" "$close2023"
refused "owner is refused it too" "$owner" "closing 2023 needs its signatories" "$close2023"
refused "owner is refused adding a year closed" "$owner" "a year is added open" \
  "INSERT INTO fiscal_years (year, start_date, end_date, status) VALUES (2029, '2029-01-01', '2029-12-31', 'closed')"
allowed "board writes the year's signatories" "$board" \
  "DELETE FROM report_signatories WHERE year = 2023;
   INSERT INTO report_signatories (year, position, name, role, signed_on) VALUES (2023, 0, 'Chair', 'chairman', '2024-03-31')"
refused "board is refused a closing without the accounts kept" "$board" "needs its accounts kept" "$close2023"
allowed "board keeps the accounts and projects as 2023 is closed with them" "$board" \
  "INSERT INTO closed_year_accounts (year, account_id, number, name, section, note, active, sort_order, is_contributions)
   SELECT 2023, id, number, name, section, note, active, sort_order, is_contributions FROM accounts;
   INSERT INTO closed_year_projects (year, project_id, name, account_id, phase, steering_group, description)
   SELECT 2023, id, name, account_id, phase, steering_group, description FROM projects"
refused "board is refused a closing without the carry-over" "$board" "needs its operating result (100000) carried over" \
  "$close2023"
allowed "board books the carry-over into 2024" "$board" \
  "INSERT INTO postings (year, date, voucher, account_id, text, amount)
   SELECT 2024, '2024-01-01', 999, 3, 'Carried over from 2023', sum(amount) FROM postings WHERE year = 2023"
refused "finance is refused the copy of the accounts (42501)" "$fin" 42501 \
  "DELETE FROM closed_year_accounts WHERE year = 2023"

# --- The board closes 2023 while finance writes to it ------------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$board" "$db")" >"$work/close.out" 2>&1 <<EOF &
BEGIN;
$close2023;
SELECT pg_sleep(2);
COMMIT;
EOF
closing=$!
until_sleeping "$board"
waiting 1000 "a posting written while the board closes 2023" \
  refused "a posting written while the board closes 2023 waits and is refused: 'annalist: closed fiscal year'" "$fin" \
  "annalist: closed fiscal year" "INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2023, '2023-12-01', 99, 2, 1)"
rc=0
wait $closing || rc=$?
expect "board closes a year (UPDATE status, closed_by, closed_at)" "0 closed" \
  "$rc $(sql "$owner" "SELECT status FROM fiscal_years WHERE year = 2023")"

# Closed: nobody changes the year's rows, not even the owner.
p2023=$(sql "$owner" "SELECT min(id) FROM postings WHERE year = 2023")
p2024=$(sql "$owner" "SELECT min(id) FROM postings WHERE year = 2024")
for who in $owner $fin; do
  while IFS= read -r stmt; do
    refused "${who#"${tag}_"}: $stmt" "$who" "annalist: closed fiscal year" "$stmt"
  done <<EOF
INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2023, '2023-12-01', 99, 2, 1)
UPDATE postings SET amount = amount + 1 WHERE id = $p2023
UPDATE postings SET year = 2024 WHERE id = $p2023
UPDATE postings SET year = 2023 WHERE id = $p2024
DELETE FROM postings WHERE id = $p2023
INSERT INTO budgets (account_id, year, amount) VALUES (1, 2023, 1)
UPDATE budgets SET amount = 1 WHERE year = 2023
DELETE FROM budgets WHERE year = 2023
INSERT INTO budget_changes (account_id, year, date, amount) VALUES (2, 2023, '2023-07-01', 1)
UPDATE budget_changes SET amount = 1 WHERE year = 2023
DELETE FROM budget_changes WHERE year = 2023
INSERT INTO budget_months (account_id, year, month, per_mille) VALUES (2, 2023, 6, 1)
UPDATE budget_months SET per_mille = 1 WHERE year = 2023
DELETE FROM budget_months WHERE year = 2023
INSERT INTO member_contributions (member_id, year, amount) VALUES (1, 2023, 1) ON CONFLICT DO NOTHING
UPDATE member_contributions SET amount = 1 WHERE year = 2023
DELETE FROM member_contributions WHERE year = 2023
INSERT INTO control_totals (year, account_id, amount) VALUES (2023, 2, 1)
UPDATE control_totals SET amount = 1 WHERE year = 2023
DELETE FROM control_totals WHERE year = 2023
INSERT INTO notes (year, number) VALUES (2023, 2)
UPDATE notes SET title = 'x' WHERE year = 2023
DELETE FROM notes WHERE year = 2023
EOF
done
refused "editor: a note of 2023" "$editor" "annalist: closed fiscal year" "UPDATE notes SET title = 'x' WHERE year = 2023"
refused "owner: the closed year's copy of the accounts" "$owner" "annalist: closed fiscal year" \
  "UPDATE closed_year_accounts SET name = 'x' WHERE year = 2023"
refused "board: who signed a closed year" "$board" "annalist: closed fiscal year" \
  "UPDATE fiscal_years SET closed_by = 'Somebody else' WHERE year = 2023"
expect "the closed year's rows are as they were" "1|1|1|1|1|1|1" \
  "$(sql "$owner" "SELECT (SELECT count(*) FROM postings WHERE year = 2023) || '|' || (SELECT count(*) FROM budgets WHERE year = 2023)
                   || '|' || (SELECT count(*) FROM budget_changes WHERE year = 2023) || '|' || (SELECT count(*) FROM budget_months WHERE year = 2023)
                   || '|' || (SELECT count(*) FROM member_contributions WHERE year = 2023) || '|' || (SELECT count(*) FROM control_totals WHERE year = 2023)
                   || '|' || (SELECT count(*) FROM notes WHERE year = 2023)")"

# The rest of the closing: next year, carry-over posting, signatories, the closing's own record.
allowed "board adds the next year" "$board" "INSERT INTO fiscal_years (year, start_date, end_date) VALUES (2025, '2025-01-01', '2025-12-31')"
if carry=$(sql "$board" "INSERT INTO postings (year, date, voucher, account_id, text, amount)
                         VALUES (2024, '2024-01-01', 1000, 3, 'Carried over from 2023', -5000) RETURNING id" 2>&1); then
  pass "board inserts a posting on the carry-over account"
else
  fail "board inserts a posting on the carry-over account: $carry"
  carry=0
fi
refused "board is refused a posting on another account (row-level security, 42501)" "$board" 42501 \
  "INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2024, '2024-01-01', 1001, 2, 1)"
refused "board is refused an UPDATE of postings (42501)" "$board" 42501 "UPDATE postings SET amount = 0 WHERE id = $carry"
expect "board's DELETE reaches no posting of another account" "0" \
  "$(sql "$board" "WITH d AS (DELETE FROM postings WHERE id = $p2024 RETURNING 1) SELECT count(*) FROM d")"
expect "board deletes a carry-over posting (a closing replaced)" "1" \
  "$(sql "$board" "WITH d AS (DELETE FROM postings WHERE id = $carry RETURNING 1) SELECT count(*) FROM d")"
refused "board is refused other ledger tables (budgets)" "$board" 42501 "INSERT INTO budgets (account_id, year, amount) VALUES (1, 2024, 1)"
expect "the board's records are in its name" "$board" \
  "$(sql "$owner" "SELECT string_agg(DISTINCT \"user\", ',') FROM audit_log WHERE table_name = 'postings' AND row_key = '$carry'")"
refused "board is refused reopening without a reason" "$board" "reopening 2023 needs a reason" \
  "UPDATE fiscal_years SET status = 'open' WHERE year = 2023"
allowed "board reopens the year (status, reopened_at, reopen_reason)" "$board" \
  "UPDATE fiscal_years SET status = 'open', reopened_at = '2024-04-02T08:00:00.000Z', reopen_reason = 'Late invoice' WHERE year = 2023"
allowed "after reopening, finance writes to 2023 again" "$fin" "UPDATE budgets SET amount = 120000 WHERE year = 2023"

# --- Explicit records -------------------------------------------------------------------------------
for who in $fin $editor $board $owner; do
  allowed "${who#"${tag}_"} writes an explicit record with annalist_audit_record" "$who" \
    "SELECT annalist_audit_record('import', 'postings', '10-20', NULL, '{\"rows\": 11}')"
  expect "  and the record is in its name" "import|postings|10-20|$who||{\"rows\": 11}" \
    "$(sql "$owner" "SELECT concat_ws('|', action, table_name, row_key, \"user\", coalesce(old_values, ''), new_values) FROM audit_log ORDER BY id DESC LIMIT 1")"
done
refused "a login without a group role cannot write records" "$nobody" 42501 \
  "SELECT annalist_audit_record('close', 'fiscal_years', '2023', NULL, NULL)"
refused "insert, update and delete records come from the triggers only" "$fin" 22023 \
  "SELECT annalist_audit_record('delete', 'postings', '1', NULL, NULL)"
expect "the chain is intact after all of it" "$(sql "$owner" "SELECT count(*) FROM audit_log") ok" "$(verify_chain)"

# --- Change notification and search -----------------------------------------------------------------
listen=$(psql -X -d "$(url "$editor" "$db")" 2>&1 <<EOF
LISTEN annalist_changes;
\! psql -X -q -d '$(url "$fin" "$db")' -c "INSERT INTO postings (year, date, voucher, account_id, amount) VALUES (2024, '2024-05-01', 5, 2, 1)"
SELECT 1;
EOF
)
if grep -q 'notification "annalist_changes" with payload "postings" received' <<<"$listen"; then
  pass "LISTEN annalist_changes hears of an insert into postings (payload: the table)"
else
  fail "no notification: $listen"
fi
expect "the postings search finds a word through the trigram index" "1|t" \
  "$(sql "$fin" "SET enable_seqscan = off; SELECT count(*) FROM postings WHERE lower(text) LIKE lower('%FEBRUAR%')")|$(
    sql "$fin" "SET enable_seqscan = off; EXPLAIN SELECT id FROM postings WHERE lower(text) LIKE lower('%februar%')" |
      grep -q postings_search && echo t || echo f)"

# --- Constraints --------------------------------------------------------------------------------------
while IFS= read -r stmt; do
  refused "constraint: $stmt" "$owner" "23514\|23505" "$stmt"
done <<'EOF'
INSERT INTO fiscal_years (year, start_date, end_date, status) VALUES (2030, '2030-01-01', '2030-12-31', 'done')
INSERT INTO fiscal_years (year, start_date, end_date) VALUES (2031, '2031-12-31', '2031-01-01')
INSERT INTO accounts (number, name, section) VALUES ('x1', 'x', 'other')
INSERT INTO accounts (number, name, section) VALUES ('', 'x', 'income')
INSERT INTO accounts (number, name, section, active) VALUES ('x2', 'x', 'income', 2)
INSERT INTO association (id, name) VALUES (2, 'Two')
INSERT INTO budget_months (account_id, year, month, per_mille) VALUES (2, 2024, 13, 1)
INSERT INTO budget_months (account_id, year, month, per_mille) VALUES (2, 2024, 1, 1001)
INSERT INTO control_totals (year, account_id, amount) VALUES (2023, NULL, 5)
INSERT INTO import_profiles (name, delimiter, saved_at) VALUES ('p', '|', '2024-01-01')
INSERT INTO report_sections (year, position, kind) VALUES (2024, 0, 'poem')
INSERT INTO provenance (subject, source, illustrative) VALUES ('s', 's', 2)
EOF

echo "# $passed passed, $failed failed"
[ "$failed" -eq 0 ]
