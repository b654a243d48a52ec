#include "BudgetYearRepository.h"

#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<BudgetYearStart> BudgetYearRepository::startNextYear(int fromYear) const
{
    const AssociationRepository associations(m_ledger);
    auto from = associations.year(fromYear);
    if (!from)
        return from.error();
    if (!from->has_value())
        return badInput(tr("The year %1 is not in the books.").arg(fromYear));
    const int toYear = fromYear + 1;
    auto to = associations.year(toYear);
    if (!to)
        return to.error();
    if (to->has_value() && (*to)->closed)
        return badInput(tr("The fiscal year %1 is closed; its budget cannot be changed.").arg(toYear));

    BudgetYearStart start{fromYear, toYear, !to->has_value()};
    auto done = m_ledger.transaction([&]() -> Status {
        if (start.createdYear) {
            const FiscalYear &previous = **from;
            if (auto added = associations.addYear(
                    {toYear, previous.start.addYears(1), previous.end.addYears(1), false, QString()});
                !added)
                return added;
        }
        return BudgetRepository(m_ledger).copyBudgets(fromYear, toYear);
    });
    if (!done)
        return done.error();
    return start;
}

Status BudgetYearRepository::undoStart(const BudgetYearStart &start) const
{
    auto to = AssociationRepository(m_ledger).year(start.toYear);
    if (!to)
        return to.error();
    if (to->has_value() && (*to)->closed)
        return badInput(tr("The fiscal year %1 is closed; its budget cannot be changed.").arg(start.toYear));
    return m_ledger.transaction([&]() -> Status {
        if (auto removed = BudgetRepository(m_ledger).removeBudgets(start.toYear); !removed)
            return removed;
        if (!start.createdYear)
            return Done{};
        auto empty = yearIsEmpty(start.toYear);
        if (!empty)
            return empty.error();
        // A year that has postings, notes or changes of its own by now stays in the books.
        if (!*empty)
            return Done{};
        if (auto removed = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM fiscal_years WHERE year = ?"),
                                        {start.toYear});
            !removed)
            return removed;
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Years);
        return Done{};
    });
}

Result<bool> BudgetYearRepository::yearIsEmpty(int year) const
{
    // Every table that refers to a fiscal year.
    auto used = Sql::scalar(m_ledger.database(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM postings WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM budgets WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM budget_changes WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM budget_months WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM member_contributions WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM control_totals WHERE year = ?) "
                                           "+ (SELECT COUNT(*) FROM notes WHERE year = ?)"),
                            QVariantList(7, year), 0);
    if (!used)
        return used.error();
    return used->toLongLong() == 0;
}

} // namespace annalist
