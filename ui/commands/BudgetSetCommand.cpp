#include "BudgetSetCommand.h"

#include "BudgetInput.h"
#include "BudgetRepository.h"
#include "LedgerSession.h"

namespace annalist {

BudgetSetCommand::BudgetSetCommand(LedgerSession *session, qint64 accountId, int year, const QString &accountLabel,
                                   const std::optional<Budget> &before, const std::optional<Budget> &after)
    : LedgerCommand(session), m_accountId(accountId), m_year(year), m_before(before), m_after(after)
{
    setText(tr("Edit budget of %1").arg(accountLabel));
}

Status BudgetSetCommand::write(const std::optional<Budget> &budget) const
{
    if (auto year = BudgetInput::writableYear(session()->ledger(), m_year); !year)
        return year.error();
    const BudgetRepository budgets(*session()->ledger());
    return budget ? budgets.setBudget(*budget) : budgets.removeBudget(m_accountId, m_year);
}

Status BudgetSetCommand::apply()
{
    return write(m_after);
}

Status BudgetSetCommand::revert()
{
    return write(m_before);
}

bool BudgetSetCommand::same(const std::optional<Budget> &a, const std::optional<Budget> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->amount == b->amount && a->note == b->note);
}

bool BudgetSetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const BudgetSetCommand *>(other);
    if (!edit || edit->m_accountId != m_accountId || edit->m_year != m_year)
        return false;
    m_after = edit->m_after;
    // Typed back to where it started: the step has nothing left to undo.
    setObsolete(same(m_before, m_after));
    return true;
}

} // namespace annalist
