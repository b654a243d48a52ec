#include "AccountRemoveCommand.h"

#include "AccountRepository.h"
#include "LedgerSession.h"

namespace annalist {

AccountRemoveCommand::AccountRemoveCommand(LedgerSession *session, const Account &account)
    : LedgerCommand(session, tr("Delete account %1 %2").arg(account.number, account.name)), m_account(account)
{
}

Status AccountRemoveCommand::apply()
{
    return AccountRepository(*session()->ledger()).removeAccount(m_account.id);
}

Status AccountRemoveCommand::revert()
{
    return AccountRepository(*session()->ledger()).restoreAccount(m_account);
}

} // namespace annalist
