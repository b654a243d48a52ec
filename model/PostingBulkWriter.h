#pragma once

#include <memory>

#include <QCoreApplication>

#include "Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace annalist {

class Ledger;
class ServerPostingWriter;

// What makes two postings the same for the import: voucher, date, account and amount.
struct PostingKey
{
    qint64 voucher = 0;
    qint64 accountId = 0;
    qint64 amount = 0;
    qint32 date = 0; // yyyymmdd

    bool operator<(const PostingKey &o) const;
    bool operator==(const PostingKey &o) const;
};

// A posting as an export writes it: the names beside the ids, in UTF-8.
struct PostingExportRow
{
    QByteArrayView date; // 2019-03-31
    qint64 voucher = 0;
    QByteArrayView accountNumber;
    QByteArrayView projectName;
    QByteArrayView text;
    qint64 amount = 0;
};

// Reads and writes many postings through SQLite's C API, skipping QtSql's per-value QVariant
// costs: a million postings in about a second.
class PostingBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingBulkWriter)

public:
    explicit PostingBulkWriter(const Ledger &ledger);
    // Rolls back a transaction that was neither committed nor rolled back.
    ~PostingBulkWriter();
    PostingBulkWriter(const PostingBulkWriter &) = delete;
    PostingBulkWriter &operator=(const PostingBulkWriter &) = delete;

    // Starts the write transaction, holding the write lock from the start, so that what the
    // caller checks the postings against cannot change before they are in. Foreign keys are not
    // enforced until commit() or rollback(): the caller checks every account, project and year
    // itself, against the tables as this transaction sees them, which saves half the insert's time.
    Status beginTransaction();
    // Prepares the insert. When about `expectedRows` is many, the postings' secondary indexes are
    // dropped now and built again by commit(): building an index once is far cheaper than keeping
    // it up to date over a million inserts in random key order. An index that starts with
    // (year, date) is kept as long as the postings come in date order, as ERP exports list them.
    // The audit trigger of each posting is suspended too: the caller writes one AuditTrail record.
    Status prepare(qint64 expectedRows);
    // `date` as yyyymmdd; `projectId` 0: none; `text` in UTF-8, which must stay valid until
    // flush(): postings go in many to a statement.
    Status add(int year, qint32 date, qint64 voucher, qint64 accountId, qint64 projectId, QByteArrayView text,
               qint64 amount);
    // Writes the postings added so far.
    Status flush();
    // Builds the dropped indexes again and commits.
    Status commit();
    void rollback();
    qint64 count() const;
    // The ids of the postings written: every one from firstId() to lastId() (none when
    // lastId() < firstId()), since the transaction keeps every other writer out.
    qint64 firstId() const;
    qint64 lastId() const;

    // Removes the postings of `year` whose ids run from `firstId` to `lastId`, inside the writer's
    // transaction, and gives their number. When they are many, the postings' secondary indexes
    // are dropped now and built again by commit(), as for many inserts. No audit record is
    // written per posting: the caller writes one.
    Result<qint64> remove(qint64 firstId, qint64 lastId, int year);

    // The keys of a year's postings, sorted.
    static Result<std::vector<PostingKey>> keysOfYear(const Ledger &ledger, int year);
    // Calls `row` for each of the year's postings in date and voucher order; stops at the first
    // failure and returns it. The row's views are valid during the call only.
    static Status eachOfYear(const Ledger &ledger, int year,
                             const std::function<Status(const PostingExportRow &)> &row);
    // About how many postings the ledger holds, at no cost: the highest id.
    static Result<qint64> highestPostingId(const Ledger &ledger);

private:
    struct Row
    {
        int year = 0;
        char date[10] = {};
        qint64 voucher = 0;
        qint64 accountId = 0;
        qint64 projectId = 0;
        QByteArrayView text;
        qint64 amount = 0;
    };
    static constexpr int rowsPerInsert = 32; // each statement's own cost is spread over many rows
    struct Index
    {
        QByteArray name;
        QByteArray create;
    };
    static Result<sqlite3 *> handleOf(const Ledger &ledger);
    // Whether changing `rows` postings among about `existing` is cheaper without the indexes.
    static bool isMany(qint64 rows, qint64 existing);
    Status dropIndexes(bool keepDateIndex);
    Error failure(const char *what) const;
    Status exec(const QByteArray &sql);
    Status prepareInsert();
    static void bind(sqlite3_stmt *statement, int first, const Row &row);
    Status step(sqlite3_stmt *statement);
    Status drop(const Index &index);
    // The trigger that keeps account_totals a posting at a time is set aside while postings go in
    // (or out) in bulk; addTotals() then changes the totals for a whole range of ids at once.
    Status suspendTrigger(const char *name);
    Status resumeTriggers();
    Status addTotals(qint64 firstId, qint64 lastId, int sign);
    // The sums of the postings added, per (year, account), written to account_totals on commit.
    Status writeTotals();
    void endTransaction(const char *sql);

    const Ledger &m_ledger;
    std::unique_ptr<ServerPostingWriter> m_server; // a server ledger's writer, which does all the work
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;     // one row
    sqlite3_stmt *m_insertMany = nullptr; // rowsPerInsert rows
    Row m_pending[rowsPerInsert];
    int m_pendingCount = 0;
    bool m_inTransaction = false;
    QList<Index> m_dropped;   // built again on commit
    QList<Index> m_suspended; // triggers, created again on commit
    struct Total
    {
        qint64 amount = 0;
        qint64 count = 0;
        qint64 magnitude = 0; // the amounts without their sign (migration 009)
    };
    QHash<QPair<int, qint64>, Total> m_totals; // of the postings added while the trigger is aside
    std::optional<Index> m_dateIndex;          // kept while the postings come in date order
    qint32 m_lastDate = 0;
    qint64 m_disorder = 0;
    qint64 m_count = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
};

} // namespace annalist
