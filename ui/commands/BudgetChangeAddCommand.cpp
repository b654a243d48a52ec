#include "BudgetChangeAddCommand.h"

#include "AmountFormat.h"
#include "BudgetInput.h"
#include "BudgetRepository.h"
#include "LedgerSession.h"

namespace annalist {

BudgetChangeAddCommand::BudgetChangeAddCommand(LedgerSession *session, const BudgetChange &change,
                                               const QString &accountLabel)
    : LedgerCommand(session), m_change(change)
{
    setText(tr("Add budget change of %1 to %2").arg(AmountFormat::format(change.amount), accountLabel));
}

Status BudgetChangeAddCommand::apply()
{
    if (auto year = BudgetInput::writableYear(session()->ledger(), m_change.year); !year)
        return year.error();
    auto id = BudgetRepository(*session()->ledger()).addChange(m_change);
    if (!id)
        return id.error();
    m_change.id = *id;
    return Done{};
}

Status BudgetChangeAddCommand::revert()
{
    if (auto year = BudgetInput::writableYear(session()->ledger(), m_change.year); !year)
        return year.error();
    return BudgetRepository(*session()->ledger()).removeChange(m_change.id);
}

} // namespace annalist
