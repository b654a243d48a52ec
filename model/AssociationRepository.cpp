#include "AssociationRepository.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {
namespace {

FiscalYear yearFrom(const QSqlQuery &q)
{
    FiscalYear y;
    y.year = q.value(0).toInt();
    y.start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    y.end = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    y.closed = q.value(3).toString() == QLatin1String("closed");
    y.closedBy = q.value(4).toString();
    y.closedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return y;
}

const QString yearColumns =
    QStringLiteral("year, start_date, end_date, status, COALESCE(closed_by, ''), COALESCE(closed_at, '')");

} // namespace

Result<Association> AssociationRepository::association() const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT name, profit_centre, deviation_warn_percent, deviation_warn_ore "
                                      "FROM association WHERE id = 1"));
    if (!q)
        return q.error();
    Association a;
    if (q->next()) {
        a.name = q->value(0).toString();
        a.profitCentre = q->value(1).toString();
        a.deviationWarnPercent = q->value(2).toInt();
        a.deviationWarnAmount = Money::fromOre(q->value(3).toLongLong());
    }
    return a;
}

Status AssociationRepository::setAssociation(const Association &a) const
{
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("INSERT INTO association (id, name, profit_centre, deviation_warn_percent, "
                                            "deviation_warn_ore) VALUES (1, ?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                            "profit_centre = excluded.profit_centre, "
                                            "deviation_warn_percent = excluded.deviation_warn_percent, "
                                            "deviation_warn_ore = excluded.deviation_warn_ore"),
                             {a.name, Sql::text(a.profitCentre), a.deviationWarnPercent, a.deviationWarnAmount.ore()});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Association);
    return done;
}

Result<QList<FiscalYear>> AssociationRepository::years() const
{
    auto q =
        Sql::exec(m_ledger.database(), QStringLiteral("SELECT %1 FROM fiscal_years ORDER BY year").arg(yearColumns));
    if (!q)
        return q.error();
    QList<FiscalYear> years;
    while (q->next())
        years.append(yearFrom(*q));
    return years;
}

Result<std::optional<FiscalYear>> AssociationRepository::year(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT %1 FROM fiscal_years WHERE year = ?").arg(yearColumns), {year});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<FiscalYear>();
    return std::optional<FiscalYear>(yearFrom(*q));
}

Status AssociationRepository::addYear(const FiscalYear &y) const
{
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("INSERT INTO fiscal_years (year, start_date, end_date) VALUES (?, ?, ?)"),
                             {y.year, y.start.toString(Qt::ISODate), y.end.toString(Qt::ISODate)});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Years);
    return done;
}

Status AssociationRepository::closeYear(int year, const QString &signedBy, const QDateTime &at) const
{
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("UPDATE fiscal_years SET status = 'closed', closed_by = ?, closed_at = ? "
                                            "WHERE year = ? AND status = 'open'"),
                             {signedBy, at.toUTC().toString(Qt::ISODateWithMs), year});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Years);
    return done;
}

Status AssociationRepository::reopenYear(int year, const QString &reason, const QDateTime &at) const
{
    auto done =
        Sql::execute(m_ledger.database(),
                     QStringLiteral("UPDATE fiscal_years SET status = 'open', reopened_at = ?, reopen_reason = ? "
                                    "WHERE year = ? AND status = 'closed'"),
                     {at.toUTC().toString(Qt::ISODateWithMs), reason, year});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Years);
    return done;
}

Result<bool> AssociationRepository::yearIsUnused(int year) const
{
    // Every table that refers to a fiscal year.
    auto used = Sql::scalar(m_ledger.database(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM postings WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM budgets WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM budget_changes WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM budget_months WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM member_contributions WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM control_totals WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM notes WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM report_sections WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM report_signatories WHERE year = ?)"),
                            QVariantList(9, year), 0);
    if (!used)
        return used.error();
    return used->toLongLong() == 0;
}

Result<bool> AssociationRepository::removeYearIfUnused(int year) const
{
    auto unused = yearIsUnused(year);
    if (!unused)
        return unused.error();
    if (!*unused)
        return false;
    auto removed = Sql::exec(m_ledger.database(), QStringLiteral("DELETE FROM fiscal_years WHERE year = ?"), {year});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return false;
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Years);
    return true;
}

Result<QList<Provenance>> AssociationRepository::provenance() const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT subject, source, illustrative FROM provenance ORDER BY subject"));
    if (!q)
        return q.error();
    QList<Provenance> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toBool()});
    return list;
}

Status AssociationRepository::setProvenance(const Provenance &p) const
{
    return Sql::execute(m_ledger.database(),
                        QStringLiteral("INSERT INTO provenance (subject, source, illustrative) VALUES (?, ?, ?) "
                                       "ON CONFLICT (subject) DO UPDATE SET source = excluded.source, "
                                       "illustrative = excluded.illustrative"),
                        {p.subject, Sql::text(p.source), p.illustrative ? 1 : 0});
}

} // namespace annalist
