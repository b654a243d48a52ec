#include "ControlTotalRepository.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<QList<ControlTotal>> ControlTotalRepository::controlTotals(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, account_id, amount, source FROM control_totals WHERE year = ? "
                                      "ORDER BY account_id IS NOT NULL, account_id"),
                       {year});
    if (!q)
        return q.error();
    QList<ControlTotal> list;
    while (q->next()) {
        ControlTotal t;
        t.id = q->value(0).toLongLong();
        t.year = year;
        if (!q->value(1).isNull())
            t.accountId = q->value(1).toLongLong();
        t.amount = Money::fromOre(q->value(2).toLongLong());
        t.source = q->value(3).toString();
        list.append(t);
    }
    return list;
}

Status ControlTotalRepository::setControlTotal(const ControlTotal &t) const
{
    const QVariant account = t.accountId ? QVariant(*t.accountId) : QVariant(QMetaType(QMetaType::LongLong));
    // One control total per year and account (or the result): replace what stood there.
    if (auto del = Sql::execute(m_ledger.database(),
                                QStringLiteral("DELETE FROM control_totals WHERE year = ? AND account_id IS ?"),
                                {t.year, account});
        !del)
        return del;
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("INSERT INTO control_totals (year, account_id, amount, source) "
                                            "VALUES (?, ?, ?, ?)"),
                             {t.year, account, t.amount.ore(), Sql::text(t.source)});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::ControlTotals);
    return done;
}

Status ControlTotalRepository::removeControlTotal(int year, std::optional<qint64> accountId) const
{
    const QVariant account = accountId ? QVariant(*accountId) : QVariant(QMetaType(QMetaType::LongLong));
    auto done =
        Sql::execute(m_ledger.database(),
                     QStringLiteral("DELETE FROM control_totals WHERE year = ? AND account_id IS ?"), {year, account});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::ControlTotals);
    return done;
}

} // namespace annalist
