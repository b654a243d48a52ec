#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Adds a budget change (tillægsbevilling); undo removes it and redo puts it back under its id.
class BudgetChangeAddCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetChangeAddCommand)

public:
    BudgetChangeAddCommand(LedgerSession *session, const BudgetChange &change, const QString &accountLabel);

    Status apply() override;
    Status revert() override;
    // The id the change got; 0 before it was applied.
    qint64 changeId() const { return m_change.id; }

private:
    BudgetChange m_change;
};

} // namespace annalist
