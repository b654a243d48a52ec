#include "BudgetYearRepository.h"

#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "Ledger.h"
#include "ReportRepository.h"

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
        if (auto copied = BudgetRepository(m_ledger).copyBudgets(fromYear, toYear); !copied)
            return copied;
        const ReportRepository reports(m_ledger);
        auto fromReport = reports.hasReport(fromYear);
        if (!fromReport)
            return fromReport.error();
        auto toReport = reports.hasReport(toYear);
        if (!toReport)
            return toReport.error();
        if (!*fromReport || *toReport)
            return Done{};
        start.copiedReport = true;
        return reports.copyReport(fromYear, toYear);
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
        if (start.copiedReport)
            if (auto removed = ReportRepository(m_ledger).removeReport(start.toYear); !removed)
                return removed;
        if (!start.createdYear)
            return Done{};
        // A year that has postings, notes or changes of its own by now stays in the books.
        auto gone = AssociationRepository(m_ledger).removeYearIfUnused(start.toYear);
        if (!gone)
            return gone.error();
        return Done{};
    });
}

} // namespace annalist
