#include "ServerPostingWriter.h"

#include "Ledger.h"
#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace annalist {

ServerPostingWriter::~ServerPostingWriter()
{
    if (m_inTransaction)
        rollback();
}

Status ServerPostingWriter::beginTransaction()
{
    QSqlDatabase db = m_ledger.database();
    if (!db.transaction())
        return ioError(tr("%1: a transaction could not be started: %2").arg(m_ledger.path(), db.lastError().text()));
    m_inTransaction = true;
    // Other clients may read but not write postings until this transaction ends: what the caller
    // checks the postings against stays as it is, and the new ids follow one another.
    if (auto locked = Sql::executeDirect(db, QStringLiteral("LOCK TABLE postings IN SHARE ROW EXCLUSIVE MODE"));
        !locked) {
        rollback();
        return locked;
    }
    // The references are checked at commit (the postings' foreign keys are deferrable), as SQLite's
    // bulk writer does: the caller checks them itself, and may add the year after the postings.
    if (auto deferred = Sql::executeDirect(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED")); !deferred) {
        rollback();
        return deferred;
    }
    return Done{};
}

Status ServerPostingWriter::add(int year, qint32 date, qint64 voucher, qint64 accountId, qint64 projectId,
                                QByteArrayView text, qint64 amount)
{
    const QString iso = QStringLiteral("%1-%2-%3")
                            .arg(date / 10000, 4, 10, QLatin1Char('0'))
                            .arg(date / 100 % 100, 2, 10, QLatin1Char('0'))
                            .arg(date % 100, 2, 10, QLatin1Char('0'));
    m_pending << year << iso << voucher << accountId
              << (projectId > 0 ? QVariant(projectId) : QVariant(QMetaType(QMetaType::LongLong)))
              << QString::fromUtf8(text.data(), text.size()) << amount;
    if (m_pending.size() / 7 >= rowsPerInsert)
        return flush();
    return Done{};
}

Status ServerPostingWriter::flush()
{
    const qsizetype rows = m_pending.size() / 7;
    if (rows == 0)
        return Done{};
    QStringList values;
    for (qsizetype i = 0; i < rows; ++i)
        values << QStringLiteral("(CAST(? AS INTEGER), ?, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
                                 "CAST(? AS TEXT), CAST(? AS BIGINT))");
    auto inserted = Sql::exec(m_ledger.database(),
                              QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, project_id, text, "
                                             "amount) VALUES ") +
                                  values.join(QStringLiteral(", ")) + QStringLiteral(" RETURNING id"),
                              m_pending);
    if (!inserted)
        return inserted.error();
    while (inserted->next()) {
        const qint64 id = inserted->value(0).toLongLong();
        if (m_lastId < m_firstId || id < m_firstId)
            m_firstId = id;
        m_lastId = std::max(m_lastId, id);
    }
    m_count += rows;
    m_pending.clear();
    return Done{};
}

Status ServerPostingWriter::commit()
{
    if (auto flushed = flush(); !flushed) {
        rollback();
        return flushed;
    }
    QSqlDatabase db = m_ledger.database();
    m_inTransaction = false;
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return ioError(tr("%1: the changes could not be saved: %2").arg(m_ledger.path(), why));
    }
    return Done{};
}

void ServerPostingWriter::rollback()
{
    m_pending.clear();
    if (m_inTransaction)
        m_ledger.database().rollback();
    m_inTransaction = false;
}

Result<qint64> ServerPostingWriter::remove(qint64 firstId, qint64 lastId, int year)
{
    if (!m_inTransaction)
        return ioError(tr("Postings are removed in bulk only inside the writer's transaction."));
    if (lastId < firstId)
        return qint64(0);
    auto removed =
        Sql::exec(m_ledger.database(), QStringLiteral("DELETE FROM postings WHERE id BETWEEN ? AND ? AND year = ?"),
                  {firstId, lastId, year});
    if (!removed)
        return removed.error();
    return qint64(removed->numRowsAffected());
}

Result<std::vector<PostingKey>> ServerPostingWriter::keysOfYear(const Ledger &ledger, int year)
{
    auto q = Sql::exec(ledger.database(),
                       QStringLiteral("SELECT voucher, date, account_id, amount FROM postings WHERE year = ?"), {year});
    if (!q)
        return q.error();
    std::vector<PostingKey> keys;
    while (q->next()) {
        PostingKey key;
        key.voucher = q->value(0).toLongLong();
        for (const QChar c : q->value(1).toString())
            if (c.isDigit())
                key.date = key.date * 10 + c.digitValue();
        key.accountId = q->value(2).toLongLong();
        key.amount = q->value(3).toLongLong();
        keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

Status ServerPostingWriter::eachOfYear(const Ledger &ledger, int year,
                                       const std::function<Status(const PostingExportRow &)> &row)
{
    auto q = Sql::exec(ledger.database(),
                       QStringLiteral("SELECT p.date, p.voucher, a.number, COALESCE(pr.name, ''), p.text, p.amount "
                                      "FROM postings p JOIN accounts a ON a.id = p.account_id LEFT JOIN projects pr ON "
                                      "pr.id = p.project_id WHERE p.year = ? ORDER BY p.date, p.voucher, p.id"),
                       {year});
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray date = q->value(0).toString().toUtf8();
        const QByteArray number = q->value(2).toString().toUtf8();
        const QByteArray project = q->value(3).toString().toUtf8();
        const QByteArray text = q->value(4).toString().toUtf8();
        PostingExportRow r;
        r.date = date;
        r.voucher = q->value(1).toLongLong();
        r.accountNumber = number;
        r.projectName = project;
        r.text = text;
        r.amount = q->value(5).toLongLong();
        if (auto done = row(r); !done)
            return done;
    }
    return Done{};
}

Result<qint64> ServerPostingWriter::highestPostingId(const Ledger &ledger)
{
    auto highest = Sql::scalar(ledger.database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM postings"), {}, 0);
    if (!highest)
        return highest.error();
    return highest->toLongLong();
}

} // namespace annalist
