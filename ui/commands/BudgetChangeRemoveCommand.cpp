#include "BudgetChangeRemoveCommand.h"

#include "BudgetInput.h"
#include "BudgetRepository.h"
#include "LedgerSession.h"

namespace annalist {

BudgetChangeRemoveCommand::BudgetChangeRemoveCommand(LedgerSession *session, const QList<BudgetChange> &changes)
    : LedgerCommand(session), m_changes(changes)
{
    setText(changes.size() == 1 ? tr("Delete budget change of %1").arg(BudgetInput::formatDate(changes.first().date))
                                : tr("Delete %n budget changes", nullptr, int(changes.size())));
}

Status BudgetChangeRemoveCommand::apply()
{
    const Ledger *ledger = session()->ledger();
    return ledger->transaction([&]() -> Status {
        const BudgetRepository budgets(*ledger);
        for (const BudgetChange &change : std::as_const(m_changes)) {
            if (auto year = BudgetInput::writableYear(ledger, change.year); !year)
                return year.error();
            if (auto removed = budgets.removeChange(change.id); !removed)
                return removed;
        }
        return Done{};
    });
}

Status BudgetChangeRemoveCommand::revert()
{
    const Ledger *ledger = session()->ledger();
    return ledger->transaction([&]() -> Status {
        const BudgetRepository budgets(*ledger);
        for (const BudgetChange &change : std::as_const(m_changes)) {
            if (auto year = BudgetInput::writableYear(ledger, change.year); !year)
                return year.error();
            if (auto added = budgets.addChange(change); !added)
                return added.error();
        }
        return Done{};
    });
}

} // namespace annalist
