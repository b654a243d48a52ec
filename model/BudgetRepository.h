#pragma once

#include "Entities.h"
#include "Result.h"

#include <QHash>

namespace annalist {

class Ledger;

// One account's budget for a year: the original, the changes, and how it falls over the months.
struct AccountBudget
{
    Money original;
    Money changes;
    Money corrected() const { return original + changes; }
    // Per mille of the corrected budget in each month (index 0 = January), -1 where none is
    // given: those months share what the others leave, evenly.
    QList<int> monthShares = QList<int>(12, -1);
    // The corrected budget for January up to and including `month` (1-12).
    Money throughMonth(int month) const;
};

// Budgets per account and year, budget changes (tillægsbevillinger) and the monthly spread.
class BudgetRepository
{
public:
    explicit BudgetRepository(const Ledger &ledger) : m_ledger(ledger) {}

    Status setBudget(const Budget &budget) const;
    Status removeBudget(qint64 accountId, int year) const;
    // The account's original budget for the year, or none when it has none.
    Result<std::optional<Budget>> budget(qint64 accountId, int year) const;
    // Removes every budget of the year and its monthly spread; budget changes stay.
    Status removeBudgets(int year) const;
    // How many budgets the year has.
    Result<qint64> budgetCount(int year) const;
    // Adds a budget change; one with an id (an undone deletion) gets that id back.
    Result<qint64> addChange(const BudgetChange &change) const;
    Status updateChange(const BudgetChange &change) const;
    Status removeChange(qint64 id) const;
    Result<std::optional<BudgetChange>> change(qint64 id) const;
    Result<QList<BudgetChange>> changes(int year) const;
    // Starts `toYear`'s budgets from `fromYear`'s corrected budgets (and their monthly spread);
    // refuses when `toYear` has budgets already.
    Status copyBudgets(int fromYear, int toYear) const;
    // Shares per mille for months 1-12; must add up to 1000.
    Status setMonthShares(qint64 accountId, int year, const QList<int> &perMille) const;

    // Every account that has a budget or a change in the year.
    Result<QHash<qint64, AccountBudget>> budgets(int year) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
