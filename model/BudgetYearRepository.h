#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace annalist {

class Ledger;

// What starting a year's budget did, so that it can be taken back exactly.
struct BudgetYearStart
{
    int fromYear = 0;
    int toYear = 0;
    bool createdYear = false;  // the fiscal year itself was added, not only its budgets
    bool copiedReport = false; // the annual report was copied into the next year
};

// Starts next year's budget from this year's: the fiscal year when it is missing, the corrected
// budgets with their monthly spread and, when the next year has none, the annual report, in one
// transaction.
class BudgetYearRepository
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetYearRepository)

public:
    explicit BudgetYearRepository(const Ledger &ledger) : m_ledger(ledger) {}

    // Adds `fromYear + 1` (its dates a year after `fromYear`'s) when missing and copies the
    // corrected budgets into it, and this year's report when the next year has none. Refuses a `fromYear` that is not
    // in the books and a next year that has budgets already.
    Result<BudgetYearStart> startNextYear(int fromYear) const;
    // Removes the budgets of `start.toYear`, the report when startNextYear() copied it, and the fiscal year when
    // startNextYear() added it and nothing else has been written into it since.
    Status undoStart(const BudgetYearStart &start) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
