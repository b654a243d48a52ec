#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Deletes one or more budget changes in one step; undo puts them back under their old ids.
class BudgetChangeRemoveCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetChangeRemoveCommand)

public:
    BudgetChangeRemoveCommand(LedgerSession *session, const QList<BudgetChange> &changes);

    Status apply() override;
    Status revert() override;

private:
    QList<BudgetChange> m_changes;
};

} // namespace annalist
