#pragma once

#include "BudgetYearRepository.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Starts next year's budget from this year's corrected budgets, adding the fiscal year when it is
// missing. Undo removes the copied budgets, and the year when this added it.
class BudgetYearStartCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetYearStartCommand)

public:
    BudgetYearStartCommand(LedgerSession *session, int fromYear);

    Status apply() override;
    Status revert() override;
    int toYear() const { return m_fromYear + 1; }

private:
    int m_fromYear;
    BudgetYearStart m_start;
};

} // namespace annalist
