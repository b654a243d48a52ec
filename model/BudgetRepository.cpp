#include "BudgetRepository.h"

#include "Ledger.h"
#include "Sql.h"
#include "YearTotals.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <algorithm>

namespace annalist {

Money AccountBudget::throughMonth(int month) const
{
    if (month >= 12)
        return corrected();
    // The share up to `month` is (given + left * openSoFar / open) / 1000, kept as one fraction
    // so that an even spread is exact: half the year is half the budget.
    qint64 given = 0;
    qint64 givenSoFar = 0;
    qint64 open = 0;
    qint64 openSoFar = 0;
    for (int m = 0; m < 12; ++m) {
        const int share = m < monthShares.size() ? monthShares.at(m) : -1;
        if (share < 0) {
            ++open;
            openSoFar += m < month ? 1 : 0;
        } else {
            given += share;
            givenSoFar += m < month ? share : 0;
        }
    }
    const qint64 left = std::max<qint64>(0, 1000 - given);
    const qint64 numerator = open > 0 ? givenSoFar * open + left * openSoFar : givenSoFar;
    const qint64 denominator = open > 0 ? 1000 * open : 1000;
    qint64 scaled = 0;
    if (qMulOverflow(corrected().ore(), numerator, &scaled))
        return Money::fromOre(qint64(double(corrected().ore()) * double(numerator) / double(denominator)));
    // Rounded half away from zero, in whole øre.
    const qint64 half = denominator / 2;
    return Money::fromOre(scaled >= 0 ? (scaled + half) / denominator : (scaled - half) / denominator);
}

namespace {
template <typename T>
T notified(const Ledger &ledger, T result)
{
    if (result)
        ledger.notifier()->notifyChanged(LedgerNotifier::Table::Budgets);
    return result;
}
} // namespace

Status BudgetRepository::setBudget(const Budget &b) const
{
    // Checked before it is written (YearTotals): a refusal leaves the connection as it was.
    auto before = budget(b.accountId, b.year);
    if (!before)
        return before.error();
    if (auto inRange =
            YearTotals::checkChange(m_ledger, b.year, *before ? YearTotals::magnitudeOf((*before)->amount) : 0,
                                    YearTotals::magnitudeOf(b.amount));
        !inRange)
        return inRange;
    return notified(
        m_ledger,
        Sql::execute(m_ledger.database(),
                     QStringLiteral("INSERT INTO budgets (account_id, year, amount, note) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (account_id, year) DO UPDATE SET amount = excluded.amount, "
                                    "note = excluded.note"),
                     {b.accountId, b.year, b.amount.ore(), Sql::text(b.note)}));
}

Status BudgetRepository::removeBudget(qint64 accountId, int year) const
{
    return notified(m_ledger, Sql::execute(m_ledger.database(),
                                           QStringLiteral("DELETE FROM budgets WHERE account_id = ? AND year = ?"),
                                           {accountId, year}));
}

Result<std::optional<Budget>> BudgetRepository::budget(qint64 accountId, int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT amount, note FROM budgets WHERE account_id = ? AND year = ?"),
                       {accountId, year});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Budget>();
    return std::optional<Budget>(
        Budget{accountId, year, Money::fromOre(q->value(0).toLongLong()), q->value(1).toString()});
}

Status BudgetRepository::removeBudgets(int year) const
{
    if (auto months =
            Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM budget_months WHERE year = ?"), {year});
        !months)
        return months;
    return notified(m_ledger,
                    Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM budgets WHERE year = ?"), {year}));
}

Result<qint64> BudgetRepository::budgetCount(int year) const
{
    auto count =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year = ?"), {year}, 0);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> BudgetRepository::addChange(const BudgetChange &c) const
{
    if (auto inRange = YearTotals::checkChange(m_ledger, c.year, 0, YearTotals::magnitudeOf(c.amount)); !inRange)
        return inRange.error();
    const QVariantList values{c.accountId, c.year, c.date.toString(Qt::ISODate), c.amount.ore(), Sql::text(c.decision)};
    if (c.id > 0)
        return notified(m_ledger, Sql::insert(m_ledger.database(),
                                              QStringLiteral("INSERT INTO budget_changes (id, account_id, year, date, "
                                                             "amount, decision) VALUES (?, ?, ?, ?, ?, ?)"),
                                              QVariantList{c.id} + values));
    return notified(m_ledger, Sql::insert(m_ledger.database(),
                                          QStringLiteral("INSERT INTO budget_changes (account_id, year, date, amount, "
                                                         "decision) VALUES (?, ?, ?, ?, ?)"),
                                          values));
}

Status BudgetRepository::updateChange(const BudgetChange &c) const
{
    auto before = change(c.id);
    if (!before)
        return before.error();
    const bool sameYear = *before && (*before)->year == c.year;
    if (auto inRange =
            YearTotals::checkChange(m_ledger, c.year, sameYear ? YearTotals::magnitudeOf((*before)->amount) : 0,
                                    YearTotals::magnitudeOf(c.amount));
        !inRange)
        return inRange;
    return notified(
        m_ledger,
        Sql::execute(m_ledger.database(),
                     QStringLiteral("UPDATE budget_changes SET account_id = ?, year = ?, date = ?, "
                                    "amount = ?, decision = ? WHERE id = ?"),
                     {c.accountId, c.year, c.date.toString(Qt::ISODate), c.amount.ore(), Sql::text(c.decision), c.id}));
}

Status BudgetRepository::removeChange(qint64 id) const
{
    return notified(m_ledger,
                    Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM budget_changes WHERE id = ?"), {id}));
}

Status BudgetRepository::copyBudgets(int fromYear, int toYear) const
{
    auto existing =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year = ?"), {toYear}, 0);
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return badInput(QCoreApplication::translate("BudgetRepository", "%1 has budgets already.").arg(toYear));
    auto from = budgets(fromYear);
    if (!from)
        return from.error();
    YearTotals::Wide added = 0;
    for (auto it = from->cbegin(); it != from->cend(); ++it)
        added += YearTotals::magnitudeOf(it->corrected());
    if (auto inRange = YearTotals::checkChange(m_ledger, toYear, 0, added); !inRange)
        return inRange;
    for (auto it = from->cbegin(); it != from->cend(); ++it) {
        const QString note =
            QCoreApplication::translate("BudgetRepository", "Started from the corrected budget of %1").arg(fromYear);
        if (auto ok = Sql::execute(m_ledger.database(),
                                   QStringLiteral("INSERT INTO budgets (account_id, year, amount, note) "
                                                  "VALUES (?, ?, ?, ?)"),
                                   {it.key(), toYear, it->corrected().ore(), note});
            !ok)
            return ok;
        if (!it->monthShares.contains(-1))
            if (auto ok = setMonthShares(it.key(), toYear, it->monthShares); !ok)
                return ok;
    }
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Budgets);
    return Done{};
}

Result<std::optional<BudgetChange>> BudgetRepository::change(qint64 id) const
{
    auto q = Sql::exec(
        m_ledger.database(),
        QStringLiteral("SELECT account_id, year, date, amount, decision FROM budget_changes WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<BudgetChange>();
    return std::optional<BudgetChange>(BudgetChange{id, q->value(0).toLongLong(), q->value(1).toInt(),
                                                    QDate::fromString(q->value(2).toString(), Qt::ISODate),
                                                    Money::fromOre(q->value(3).toLongLong()), q->value(4).toString()});
}

Result<QList<BudgetChange>> BudgetRepository::changes(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, account_id, date, amount, decision FROM budget_changes "
                                      "WHERE year = ? ORDER BY date, id"),
                       {year});
    if (!q)
        return q.error();
    QList<BudgetChange> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), year,
                     QDate::fromString(q->value(2).toString(), Qt::ISODate), Money::fromOre(q->value(3).toLongLong()),
                     q->value(4).toString()});
    return list;
}

Status BudgetRepository::setMonthShares(qint64 accountId, int year, const QList<int> &perMille) const
{
    int sum = 0;
    for (int share : perMille)
        sum += share;
    if (perMille.size() != 12 || sum != 1000)
        return badInput(QCoreApplication::translate("BudgetRepository",
                                                    "A budget's monthly shares must be 12 values adding up to "
                                                    "1000 per mille; these add up to %1.")
                            .arg(sum));
    if (auto del = Sql::execute(m_ledger.database(),
                                QStringLiteral("DELETE FROM budget_months WHERE account_id = ? AND year = ?"),
                                {accountId, year});
        !del)
        return del;
    auto q = Sql::prepare(m_ledger.database(),
                          QStringLiteral("INSERT INTO budget_months (account_id, year, month, per_mille) "
                                         "VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (int m = 0; m < 12; ++m)
        if (auto ran = Sql::run(*q, {accountId, year, m + 1, perMille.at(m)}); !ran)
            return ran;
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Budgets);
    return Done{};
}

Result<QHash<qint64, AccountBudget>> BudgetRepository::budgets(int year) const
{
    QHash<qint64, AccountBudget> result;
    auto q =
        Sql::exec(m_ledger.database(),
                  QStringLiteral("SELECT account_id, SUM(original), SUM(changes) FROM ("
                                 "SELECT account_id, amount AS original, 0 AS changes FROM budgets WHERE year = ? "
                                 "UNION ALL SELECT account_id, 0, amount FROM budget_changes WHERE year = ?) AS parts "
                                 "GROUP BY account_id"),
                  {year, year});
    if (!q)
        return q.error();
    while (q->next()) {
        AccountBudget b;
        b.original = Money::fromOre(q->value(1).toLongLong());
        b.changes = Money::fromOre(q->value(2).toLongLong());
        result.insert(q->value(0).toLongLong(), b);
    }

    QHash<qint64, QHash<int, int>> given;
    auto months =
        Sql::exec(m_ledger.database(),
                  QStringLiteral("SELECT account_id, month, per_mille FROM budget_months WHERE year = ?"), {year});
    if (!months)
        return months.error();
    while (months->next())
        given[months->value(0).toLongLong()].insert(months->value(1).toInt(), months->value(2).toInt());

    for (auto it = result.begin(); it != result.end(); ++it) {
        const QHash<int, int> shares = given.value(it.key());
        for (auto share = shares.cbegin(); share != shares.cend(); ++share)
            it->monthShares[share.key() - 1] = share.value();
    }
    return result;
}

} // namespace annalist
