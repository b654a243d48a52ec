#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Changes one account; repeated edits of the same field of the same account merge into one step.
class AccountEditCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::AccountEditCommand)

public:
    // `field` names what changed (a column of the accounts list), so that edits of one cell merge.
    AccountEditCommand(LedgerSession *session, const Account &before, const Account &after, int field);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Account m_before;
    Account m_after;
    int m_field;
};

} // namespace annalist
