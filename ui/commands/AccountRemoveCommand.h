#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Removes an account nothing uses; undo puts it back under the same id.
class AccountRemoveCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::AccountRemoveCommand)

public:
    AccountRemoveCommand(LedgerSession *session, const Account &account);

    Status apply() override;
    Status revert() override;

private:
    Account m_account;
};

} // namespace annalist
