#include "AccountLedgerQuery.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<QList<Posting>> AccountLedgerQuery::postings(qint64 accountId, const QDate &from, const QDate &to) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, year, date, voucher, project_id, text, amount FROM postings "
                                      "WHERE account_id = ? AND date >= ? AND date <= ? ORDER BY date, voucher, id"),
                       {accountId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Posting> list;
    while (q->next()) {
        Posting p;
        p.id = q->value(0).toLongLong();
        p.year = q->value(1).toInt();
        p.date = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        p.voucher = q->value(3).toLongLong();
        p.accountId = accountId;
        if (!q->value(4).isNull())
            p.projectId = q->value(4).toLongLong();
        p.text = q->value(5).toString();
        p.amount = Money::fromOre(q->value(6).toLongLong());
        list.append(p);
    }
    return list;
}

Result<Money> AccountLedgerQuery::sum(qint64 accountId, const QDate &from, const QDate &to) const
{
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM postings "
                                        "WHERE account_id = ? AND date >= ? AND date <= ?"),
                         {accountId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, 0);
    if (!v)
        return v.error();
    return Money::fromOre(v->toLongLong());
}

Result<QList<AccountTurnover>> AccountLedgerQuery::turnover(const QDate &from, const QDate &to) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT account_id, COUNT(*), "
                                      "COALESCE(SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), 0), "
                                      "COALESCE(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), 0) "
                                      "FROM postings WHERE date >= ? AND date <= ? GROUP BY account_id"),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<AccountTurnover> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), Money::fromOre(q->value(2).toLongLong()),
                     Money::fromOre(q->value(3).toLongLong())});
    return list;
}

} // namespace annalist
