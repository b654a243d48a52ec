#include "PostingBulkWriter.h"

#include "PostingSearchIndex.h"

#include "Ledger.h"
#include "ServerPostingWriter.h"
#include "Sql.h"

#include <QSqlDriver>
#include <QThread>
#include <QVariant>
#include <QtNumeric>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <tuple>

namespace annalist {
namespace {

// Finalizes a statement when it goes out of scope.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

char *writeDigits(char *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + digits;
}

} // namespace

bool PostingKey::operator<(const PostingKey &o) const
{
    return std::tie(accountId, amount, date, voucher) < std::tie(o.accountId, o.amount, o.date, o.voucher);
}

bool PostingKey::operator==(const PostingKey &o) const
{
    return voucher == o.voucher && accountId == o.accountId && amount == o.amount && date == o.date;
}

PostingBulkWriter::PostingBulkWriter(const Ledger &ledger)
    : m_ledger(ledger), m_server(ledger.isServer() ? std::make_unique<ServerPostingWriter>(ledger) : nullptr)
{
}

qint64 PostingBulkWriter::count() const
{
    return m_server ? m_server->count() : m_count;
}

qint64 PostingBulkWriter::firstId() const
{
    return m_server ? m_server->firstId() : m_firstId;
}

qint64 PostingBulkWriter::lastId() const
{
    return m_server ? m_server->lastId() : m_lastId;
}

PostingBulkWriter::~PostingBulkWriter()
{
    if (m_inTransaction)
        rollback();
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
}

Result<sqlite3 *> PostingBulkWriter::handleOf(const Ledger &ledger)
{
    const QVariant handle = ledger.database().driver()->handle();
    auto *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                   ? *static_cast<sqlite3 *const *>(handle.constData())
                   : nullptr;
    if (!db)
        return ioError(tr("The ledger is not open."));
    return db;
}

Error PostingBulkWriter::failure(const char *what) const
{
    Q_UNUSED(what) // the statement is ours: the user is told why it failed, not what it was
    const int code = sqlite3_extended_errcode(m_db);
    // A broken constraint is the input's fault, not the disk's.
    if ((code & 0xFF) == SQLITE_CONSTRAINT)
        return badInput(tr("The ledger refused the postings: %1.").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return Sql::sqliteFailure(m_db, code);
}

Status PostingBulkWriter::exec(const QByteArray &sql)
{
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(sql.constData());
    return Done{};
}

Status PostingBulkWriter::beginTransaction()
{
    if (m_server)
        return m_server->beginTransaction();
    auto db = handleOf(m_ledger);
    if (!db)
        return db.error();
    m_db = *db;
    if (!sqlite3_get_autocommit(m_db))
        return ioError(tr("The postings cannot be written in bulk inside another transaction."));
    // Has no effect inside a transaction: switched before it begins.
    if (auto off = exec("PRAGMA foreign_keys = OFF"); !off)
        return off;
    if (auto begun = exec("BEGIN IMMEDIATE"); !begun) {
        sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        return begun;
    }
    m_inTransaction = true;
    return Done{};
}

Status PostingBulkWriter::prepareInsert()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
    m_insert = m_insertMany = nullptr;
    QByteArray insert = "INSERT INTO postings (year, date, voucher, account_id, project_id, text, amount) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(m_db, insert.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
        return failure(insert.constData());
    for (int i = 1; i < rowsPerInsert; ++i)
        insert += ", (?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(m_db, insert.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insertMany, nullptr) !=
        SQLITE_OK)
        return failure("INSERT INTO postings");
    return Done{};
}

void PostingBulkWriter::bind(sqlite3_stmt *statement, int first, const Row &row)
{
    sqlite3_bind_int(statement, first, row.year);
    sqlite3_bind_text(statement, first + 1, row.date, 10, SQLITE_STATIC);
    sqlite3_bind_int64(statement, first + 2, row.voucher);
    sqlite3_bind_int64(statement, first + 3, row.accountId);
    if (row.projectId > 0)
        sqlite3_bind_int64(statement, first + 4, row.projectId);
    else
        sqlite3_bind_null(statement, first + 4);
    sqlite3_bind_text(statement, first + 5, row.text.data() ? row.text.data() : "", int(row.text.size()),
                      SQLITE_STATIC);
    sqlite3_bind_int64(statement, first + 6, row.amount);
}

Status PostingBulkWriter::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return failure("INSERT INTO postings");
    m_lastId = sqlite3_last_insert_rowid(m_db);
    return Done{};
}

Status PostingBulkWriter::flush()
{
    if (m_server)
        return m_server->flush();
    for (int i = 0; i < m_pendingCount; ++i) {
        bind(m_insert, 1, m_pending[i]);
        if (auto stepped = step(m_insert); !stepped)
            return stepped;
    }
    m_count += m_pendingCount;
    m_pendingCount = 0;
    return Done{};
}

Status PostingBulkWriter::drop(const Index &index)
{
    QByteArray quoted = index.name;
    quoted.replace('"', "\"\"");
    if (auto dropped = exec("DROP INDEX \"" + quoted + '"'); !dropped)
        return dropped;
    m_dropped.append(index);
    return Done{};
}

Status PostingBulkWriter::suspendTrigger(const char *name)
{
    Statement trigger;
    const char *sql = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?";
    if (sqlite3_prepare_v2(m_db, sql, -1, &trigger.stmt, nullptr) != SQLITE_OK)
        return failure(sql);
    sqlite3_bind_text(trigger.stmt, 1, name, -1, SQLITE_STATIC);
    const int rc = sqlite3_step(trigger.stmt);
    if (rc == SQLITE_DONE)
        return Done{}; // already set aside
    if (rc != SQLITE_ROW)
        return failure(sql);
    Index suspended{name, reinterpret_cast<const char *>(sqlite3_column_text(trigger.stmt, 0))};
    if (auto dropped = exec("DROP TRIGGER " + suspended.name); !dropped)
        return dropped;
    m_suspended.append(suspended);
    return Done{};
}

Status PostingBulkWriter::resumeTriggers()
{
    for (const Index &trigger : std::as_const(m_suspended))
        if (auto created = exec(trigger.create); !created)
            return created;
    m_suspended.clear();
    return Done{};
}

Status PostingBulkWriter::addTotals(qint64 firstId, qint64 lastId, int sign)
{
    if (lastId < firstId)
        return Done{};
    Statement add;
    const char *sql = "INSERT INTO account_totals (year, account_id, total, postings, magnitude) "
                      "SELECT * FROM (SELECT year, account_id, ?3 * SUM(amount), ?3 * COUNT(*), ?3 * SUM(abs(amount)) "
                      "FROM postings WHERE id BETWEEN ?1 AND ?2 GROUP BY year, account_id) WHERE true "
                      "ON CONFLICT (year, account_id) DO UPDATE SET total = total + excluded.total, "
                      "postings = postings + excluded.postings, magnitude = magnitude + excluded.magnitude";
    if (sqlite3_prepare_v2(m_db, sql, -1, &add.stmt, nullptr) != SQLITE_OK)
        return failure(sql);
    sqlite3_bind_int64(add.stmt, 1, firstId);
    sqlite3_bind_int64(add.stmt, 2, lastId);
    sqlite3_bind_int(add.stmt, 3, sign);
    if (sqlite3_step(add.stmt) != SQLITE_DONE)
        return failure(sql);
    return Done{};
}

Status PostingBulkWriter::writeTotals()
{
    Statement add;
    const char *sql = "INSERT INTO account_totals (year, account_id, total, postings, magnitude) "
                      "VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (year, account_id) DO UPDATE SET total = total + excluded.total, "
                      "postings = postings + excluded.postings, magnitude = magnitude + excluded.magnitude";
    if (sqlite3_prepare_v2(m_db, sql, -1, &add.stmt, nullptr) != SQLITE_OK)
        return failure(sql);
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
        sqlite3_reset(add.stmt);
        sqlite3_bind_int(add.stmt, 1, it.key().first);
        sqlite3_bind_int64(add.stmt, 2, it.key().second);
        sqlite3_bind_int64(add.stmt, 3, it->amount);
        sqlite3_bind_int64(add.stmt, 4, it->count);
        sqlite3_bind_int64(add.stmt, 5, it->magnitude);
        if (sqlite3_step(add.stmt) != SQLITE_DONE)
            return failure(sql);
    }
    m_totals.clear();
    return Done{};
}

Status PostingBulkWriter::prepare(qint64 expectedRows)
{
    if (m_server)
        return Done{};
    if (!m_inTransaction)
        return ioError(tr("Postings are written in bulk only inside the writer's transaction."));
    auto existing = highestPostingId(m_ledger);
    if (!existing)
        return existing.error();
    // Nobody else writes while the transaction holds the write lock: the new postings get the
    // ids after the highest one.
    m_firstId = *existing + 1;
    m_lastId = *existing;
    if (auto suspended = suspendTrigger("postings_totals_insert"); !suspended)
        return suspended;
    // The caller records the whole import as one audit record (AuditTrail::record), not a
    // record per posting.
    if (auto suspended = suspendTrigger("audit_postings_insert"); !suspended)
        return suspended;
    if (isMany(expectedRows, *existing))
        if (auto dropped = dropIndexes(true); !dropped)
            return dropped;
    return prepareInsert();
}

bool PostingBulkWriter::isMany(qint64 rows, qint64 existing)
{
    // Rebuilding costs in proportion to all postings, keeping up to date to the changed ones.
    return rows >= 20000 && rows * 2 >= existing;
}

Status PostingBulkWriter::dropIndexes(bool keepDateIndex)
{
    Statement indexes;
    const char *sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'postings' "
                      "AND sql IS NOT NULL";
    if (sqlite3_prepare_v2(m_db, sql, -1, &indexes.stmt, nullptr) != SQLITE_OK)
        return failure(sql);
    QList<Index> found;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(indexes.stmt)) == SQLITE_ROW)
        found.append(Index{reinterpret_cast<const char *>(sqlite3_column_text(indexes.stmt, 0)),
                           reinterpret_cast<const char *>(sqlite3_column_text(indexes.stmt, 1))});
    if (rc != SQLITE_DONE)
        return failure(sql);
    for (const Index &index : std::as_const(found)) {
        Statement columns;
        const QByteArray info = "SELECT name FROM pragma_index_info(?) ORDER BY seqno";
        if (sqlite3_prepare_v2(m_db, info.constData(), -1, &columns.stmt, nullptr) != SQLITE_OK)
            return failure(info.constData());
        sqlite3_bind_text(columns.stmt, 1, index.name.constData(), int(index.name.size()), SQLITE_STATIC);
        QByteArrayList names;
        while (sqlite3_step(columns.stmt) == SQLITE_ROW)
            names.append(reinterpret_cast<const char *>(sqlite3_column_text(columns.stmt, 0)));
        if (keepDateIndex && !m_dateIndex && names.size() >= 2 && names.at(0) == "year" && names.at(1) == "date")
            m_dateIndex = index;
        else if (auto dropped = drop(index); !dropped)
            return dropped;
    }
    return Done{};
}

Result<qint64> PostingBulkWriter::remove(qint64 firstId, qint64 lastId, int year)
{
    if (m_server)
        return m_server->remove(firstId, lastId, year);
    if (!m_inTransaction)
        return ioError(tr("Postings are removed in bulk only inside the writer's transaction."));
    if (lastId < firstId)
        return qint64(0);
    auto existing = highestPostingId(m_ledger);
    if (!existing)
        return existing.error();
    if (auto forgotten = PostingSearchIndex(m_ledger).forgetFrom(firstId); !forgotten)
        return forgotten.error();
    // Deleting a million postings one index entry at a time takes seconds; dropping the indexes
    // and building them again for what is left takes a fraction of that.
    if (isMany(lastId - firstId + 1, *existing))
        if (auto dropped = dropIndexes(false); !dropped)
            return dropped.error();
    // The totals lose the range's sums at once instead of a posting at a time.
    if (auto suspended = suspendTrigger("postings_totals_delete"); !suspended)
        return suspended.error();
    // The caller records the removal as one audit record.
    if (auto suspended = suspendTrigger("audit_postings_delete"); !suspended)
        return suspended.error();
    if (auto subtracted = addTotals(firstId, lastId, -1); !subtracted)
        return subtracted.error();
    Statement remove;
    const char *sql = "DELETE FROM postings WHERE id BETWEEN ? AND ? AND year = ?";
    if (sqlite3_prepare_v2(m_db, sql, -1, &remove.stmt, nullptr) != SQLITE_OK)
        return failure(sql);
    sqlite3_bind_int64(remove.stmt, 1, firstId);
    sqlite3_bind_int64(remove.stmt, 2, lastId);
    sqlite3_bind_int(remove.stmt, 3, year);
    if (sqlite3_step(remove.stmt) != SQLITE_DONE)
        return failure(sql);
    const qint64 removed = sqlite3_changes64(m_db);
    if (auto resumed = resumeTriggers(); !resumed)
        return resumed.error();
    return removed;
}

Status PostingBulkWriter::add(int year, qint32 date, qint64 voucher, qint64 accountId, qint64 projectId,
                              QByteArrayView text, qint64 amount)
{
    if (m_server)
        return m_server->add(year, date, voucher, accountId, projectId, text, amount);
    Total &total = m_totals[qMakePair(year, accountId)];
    // The importer refuses a line that would take the year's sums out of range before it gets here.
    if (amount == std::numeric_limits<qint64>::min() || qAddOverflow(total.amount, amount, &total.amount) ||
        qAddOverflow(total.magnitude, amount < 0 ? -amount : amount, &total.magnitude))
        return badInput(tr("An amount would take the totals of %1 beyond what the ledger keeps exactly.").arg(year));
    ++total.count;
    if (m_dateIndex) {
        // Postings out of date order would make the index costly to keep: build it afterwards.
        if (date < m_lastDate && ++m_disorder > 64 && m_disorder * 32 > m_count) {
            if (auto flushed = flush(); !flushed)
                return flushed;
            const Index index = *m_dateIndex;
            m_dateIndex.reset();
            if (auto dropped = drop(index); !dropped)
                return dropped;
            if (auto prepared = prepareInsert(); !prepared)
                return prepared;
        }
        m_lastDate = date;
    }
    Row &row = m_pending[m_pendingCount];
    row.year = year;
    char *out = writeDigits(row.date, date / 10000, 4);
    *out++ = '-';
    out = writeDigits(out, date / 100 % 100, 2);
    *out++ = '-';
    writeDigits(out, date % 100, 2);
    row.voucher = voucher;
    row.accountId = accountId;
    row.projectId = projectId;
    row.text = text;
    row.amount = amount;
    if (++m_pendingCount < rowsPerInsert)
        return Done{};
    for (int i = 0; i < rowsPerInsert; ++i)
        bind(m_insertMany, 1 + 7 * i, m_pending[i]);
    if (auto stepped = step(m_insertMany); !stepped)
        return stepped;
    m_count += rowsPerInsert;
    m_pendingCount = 0;
    return Done{};
}

void PostingBulkWriter::endTransaction(const char *sql)
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
    m_insert = m_insertMany = nullptr;
    m_pendingCount = 0;
    if (m_inTransaction && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    m_inTransaction = false;
    sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

Status PostingBulkWriter::commit()
{
    if (m_server)
        return m_server->commit();
    if (auto flushed = flush(); !flushed) {
        rollback();
        return flushed;
    }
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
    m_insert = m_insertMany = nullptr;
    if (!m_dropped.isEmpty()) {
        // SQLite sorts for an index on helper threads when allowed to: the other cores help.
        const int threads = sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, -1);
        sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, qBound(1, QThread::idealThreadCount(), 4));
        for (const Index &index : std::as_const(m_dropped)) {
            if (auto created = exec(index.create); !created) {
                sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, threads);
                rollback();
                return created;
            }
        }
        sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, threads);
        m_dropped.clear();
    }
    if (!m_suspended.isEmpty()) {
        if (auto added = writeTotals(); !added) {
            rollback();
            return added;
        }
        if (auto resumed = resumeTriggers(); !resumed) {
            rollback();
            return resumed;
        }
    }
    if (auto committed = exec("COMMIT"); !committed) {
        rollback();
        return committed;
    }
    endTransaction("COMMIT");
    return Done{};
}

void PostingBulkWriter::rollback()
{
    if (m_server) {
        m_server->rollback();
        return;
    }
    m_dropped.clear();
    m_suspended.clear(); // the rollback brings the triggers back
    m_totals.clear();
    endTransaction("ROLLBACK");
}

Result<std::vector<PostingKey>> PostingBulkWriter::keysOfYear(const Ledger &ledger, int year)
{
    if (ledger.isServer())
        return ServerPostingWriter::keysOfYear(ledger, year);
    auto db = handleOf(ledger);
    if (!db)
        return db.error();
    Statement q;
    const char *sql = "SELECT voucher, date, account_id, amount FROM postings WHERE year = ?";
    if (sqlite3_prepare_v2(*db, sql, -1, &q.stmt, nullptr) != SQLITE_OK)
        return Sql::sqliteFailure(*db, sqlite3_errcode(*db));
    sqlite3_bind_int(q.stmt, 1, year);
    std::vector<PostingKey> keys;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        PostingKey key;
        key.voucher = sqlite3_column_int64(q.stmt, 0);
        // "2019-03-31" as 20190331, without a QDate per posting.
        const auto *iso = reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 1));
        const int length = sqlite3_column_bytes(q.stmt, 1);
        for (int i = 0; iso && i < length; ++i)
            if (iso[i] >= '0' && iso[i] <= '9')
                key.date = key.date * 10 + (iso[i] - '0');
        key.accountId = sqlite3_column_int64(q.stmt, 2);
        key.amount = sqlite3_column_int64(q.stmt, 3);
        keys.push_back(key);
    }
    if (rc != SQLITE_DONE)
        return Sql::sqliteFailure(*db, sqlite3_errcode(*db));
    std::sort(keys.begin(), keys.end());
    return keys;
}

Status PostingBulkWriter::eachOfYear(const Ledger &ledger, int year,
                                     const std::function<Status(const PostingExportRow &)> &row)
{
    if (ledger.isServer())
        return ServerPostingWriter::eachOfYear(ledger, year, row);
    auto db = handleOf(ledger);
    if (!db)
        return db.error();
    Statement q;
    const char *sql = "SELECT p.date, p.voucher, a.number, IFNULL(pr.name, ''), p.text, p.amount FROM postings p "
                      "JOIN accounts a ON a.id = p.account_id LEFT JOIN projects pr ON pr.id = p.project_id "
                      "WHERE p.year = ? ORDER BY p.date, p.voucher, p.id";
    if (sqlite3_prepare_v2(*db, sql, -1, &q.stmt, nullptr) != SQLITE_OK)
        return Sql::sqliteFailure(*db, sqlite3_errcode(*db));
    sqlite3_bind_int(q.stmt, 1, year);
    const auto text = [&q](int column) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, column));
        return QByteArrayView(data, data ? sqlite3_column_bytes(q.stmt, column) : 0);
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        PostingExportRow r;
        r.date = text(0);
        r.voucher = sqlite3_column_int64(q.stmt, 1);
        r.accountNumber = text(2);
        r.projectName = text(3);
        r.text = text(4);
        r.amount = sqlite3_column_int64(q.stmt, 5);
        if (auto done = row(r); !done)
            return done;
    }
    if (rc != SQLITE_DONE)
        return Sql::sqliteFailure(*db, sqlite3_errcode(*db));
    return Done{};
}

Result<qint64> PostingBulkWriter::highestPostingId(const Ledger &ledger)
{
    if (ledger.isServer())
        return ServerPostingWriter::highestPostingId(ledger);
    auto db = handleOf(ledger);
    if (!db)
        return db.error();
    Statement q;
    const char *sql = "SELECT IFNULL(MAX(id), 0) FROM postings";
    if (sqlite3_prepare_v2(*db, sql, -1, &q.stmt, nullptr) != SQLITE_OK || sqlite3_step(q.stmt) != SQLITE_ROW)
        return Sql::sqliteFailure(*db, sqlite3_errcode(*db));
    return sqlite3_column_int64(q.stmt, 0);
}

} // namespace annalist
