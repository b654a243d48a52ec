#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Adds an account to the chart; undo removes it, redo puts it back under the same id.
class AccountAddCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::AccountAddCommand)

public:
    AccountAddCommand(LedgerSession *session, const Account &account);

    Status apply() override;
    Status revert() override;
    // The new account's id, once applied.
    qint64 accountId() const { return m_account.id; }

private:
    Account m_account;
};

} // namespace annalist
