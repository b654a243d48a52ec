#include "ControlTotalRepository.h"

#include "Ledger.h"
#include "Sql.h"

#include <QCoreApplication>

namespace annalist {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ControlTotalRepository", text);
}

QVariant accountValue(std::optional<qint64> accountId)
{
    return accountId ? QVariant(*accountId) : QVariant(QMetaType(QMetaType::LongLong));
}

// One control total per year and account, the operating result counting as account 0 as in the
// unique index control_totals_year_account. COALESCE instead of SQLite's "IS ?" keeps the
// statement portable.
const QString sameAccount = QStringLiteral("year = ? AND COALESCE(account_id, 0) = ?");

QVariant accountKey(std::optional<qint64> accountId)
{
    return QVariant(accountId.value_or(0));
}

} // namespace

Result<QList<ControlTotal>> ControlTotalRepository::selectTotals(const QString &where, const QVariantList &values) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, year, account_id, amount, source FROM control_totals %1 "
                                      "ORDER BY account_id IS NOT NULL, account_id")
                           .arg(where),
                       values);
    if (!q)
        return q.error();
    QList<ControlTotal> list;
    while (q->next()) {
        ControlTotal t;
        t.id = q->value(0).toLongLong();
        t.year = q->value(1).toInt();
        if (!q->value(2).isNull())
            t.accountId = q->value(2).toLongLong();
        t.amount = Money::fromOre(q->value(3).toLongLong());
        t.source = q->value(4).toString();
        list.append(t);
    }
    return list;
}

Result<QList<ControlTotal>> ControlTotalRepository::controlTotals(int year) const
{
    return selectTotals(QStringLiteral("WHERE year = ?"), {year});
}

Result<std::optional<ControlTotal>> ControlTotalRepository::controlTotal(int year,
                                                                         std::optional<qint64> accountId) const
{
    auto list = selectTotals(QStringLiteral("WHERE ") + sameAccount, {year, accountKey(accountId)});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<ControlTotal>() : std::optional<ControlTotal>(list->constFirst());
}

Status ControlTotalRepository::check(const ControlTotal &t) const
{
    auto year = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = ?"),
                            {t.year}, 0);
    if (!year)
        return year.error();
    if (year->toLongLong() == 0)
        return badInput(tr("The fiscal year %1 is not in the books.").arg(t.year));
    if (!t.accountId)
        return Done{};
    auto account = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"),
                               {*t.accountId}, 0);
    if (!account)
        return account.error();
    if (account->toLongLong() == 0)
        return badInput(tr("A control total refers to account id %1, which does not exist.").arg(*t.accountId));
    return Done{};
}

Status ControlTotalRepository::addControlTotal(const ControlTotal &t) const
{
    auto existing = controlTotal(t.year, t.accountId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return badInput(t.accountId ? tr("This account has a control total for %1 already.").arg(t.year)
                                    : tr("The operating result of %1 has a control total already.").arg(t.year));
    return setControlTotal(t);
}

Status ControlTotalRepository::setControlTotal(const ControlTotal &t) const
{
    if (auto checked = check(t); !checked)
        return checked;
    const QVariant account = accountValue(t.accountId);
    // One control total per year and account (or the result): replace what stood there, keeping its id.
    auto updated = Sql::exec(m_ledger.database(),
                             QStringLiteral("UPDATE control_totals SET amount = ?, source = ? WHERE ") + sameAccount,
                             {t.amount.ore(), Sql::text(t.source), t.year, accountKey(t.accountId)});
    if (!updated)
        return updated.error();
    Status done = Done{};
    if (updated->numRowsAffected() == 0)
        done = Sql::execute(m_ledger.database(),
                            QStringLiteral("INSERT INTO control_totals (year, account_id, amount, source) "
                                           "VALUES (?, ?, ?, ?)"),
                            {t.year, account, t.amount.ore(), Sql::text(t.source)});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::ControlTotals);
    return done;
}

Status ControlTotalRepository::removeControlTotal(int year, std::optional<qint64> accountId) const
{
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM control_totals WHERE ") + sameAccount,
                             {year, accountKey(accountId)});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::ControlTotals);
    return done;
}

} // namespace annalist
