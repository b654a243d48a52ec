#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Changes a budget change from `before` to `after`. Repeated edits of the same field of the same
// change merge into one step.
class BudgetChangeEditCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetChangeEditCommand)

public:
    enum Field { Date = 0x1, Account = 0x2, Amount = 0x4, Decision = 0x8 };

    BudgetChangeEditCommand(LedgerSession *session, const BudgetChange &before, const BudgetChange &after);

    Status apply() override;
    Status revert() override;
    int id() const override { return 0x42434847; } // 'BCHG'
    bool mergeWith(const QUndoCommand *other) override;

    static int changedFields(const BudgetChange &before, const BudgetChange &after);

private:
    Status write(const BudgetChange &change) const;

    BudgetChange m_before;
    BudgetChange m_after;
    int m_fields;
};

} // namespace annalist
