#include "BudgetYearStartCommand.h"

#include "LedgerSession.h"

namespace annalist {

BudgetYearStartCommand::BudgetYearStartCommand(LedgerSession *session, int fromYear)
    : LedgerCommand(session), m_fromYear(fromYear)
{
    setText(tr("Start the budget of %1 from %2").arg(fromYear + 1).arg(fromYear));
}

Status BudgetYearStartCommand::apply()
{
    auto started = BudgetYearRepository(*session()->ledger()).startNextYear(m_fromYear);
    if (!started)
        return started.error();
    m_start = *started;
    return Done{};
}

Status BudgetYearStartCommand::revert()
{
    if (auto undone = BudgetYearRepository(*session()->ledger()).undoStart(m_start); !undone)
        return undone;
    // The desktop cannot stay in a year that is no longer in the books.
    if (!session()->years().contains(session()->year()))
        session()->setYear(m_fromYear);
    return Done{};
}

} // namespace annalist
