#pragma once

#include "PostingBulkWriter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <functional>
#include <vector>

namespace annalist {

class Ledger;

// PostingBulkWriter's work on a server ledger, through QtSql: many postings to a statement, in one
// transaction that holds the postings' table against other writers, so that the new postings'
// ids run without gaps from firstId() to lastId(). The server's triggers stay on (a client cannot
// set them aside): every posting keeps account_totals up to date and is recorded in the audit
// trail, besides the caller's one record of the import.
class ServerPostingWriter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ServerPostingWriter)

public:
    explicit ServerPostingWriter(const Ledger &ledger) : m_ledger(ledger) {}
    ~ServerPostingWriter();
    ServerPostingWriter(const ServerPostingWriter &) = delete;
    ServerPostingWriter &operator=(const ServerPostingWriter &) = delete;

    Status beginTransaction();
    Status add(int year, qint32 date, qint64 voucher, qint64 accountId, qint64 projectId, QByteArrayView text,
               qint64 amount);
    Status flush();
    Status commit();
    void rollback();
    Result<qint64> remove(qint64 firstId, qint64 lastId, int year);
    qint64 count() const { return m_count; }
    qint64 firstId() const { return m_firstId; }
    qint64 lastId() const { return m_lastId; }

    static Result<std::vector<PostingKey>> keysOfYear(const Ledger &ledger, int year);
    static Status eachOfYear(const Ledger &ledger, int year,
                             const std::function<Status(const PostingExportRow &)> &row);
    static Result<qint64> highestPostingId(const Ledger &ledger);

private:
    static constexpr int rowsPerInsert = 200;
    const Ledger &m_ledger;
    QVariantList m_pending; // 7 values a posting
    bool m_inTransaction = false;
    qint64 m_count = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = -1;
};

} // namespace annalist
