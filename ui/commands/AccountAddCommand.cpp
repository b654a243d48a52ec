#include "AccountAddCommand.h"

#include "AccountRepository.h"
#include "LedgerSession.h"

namespace annalist {

AccountAddCommand::AccountAddCommand(LedgerSession *session, const Account &account)
    : LedgerCommand(session, tr("Add account %1 %2").arg(account.number, account.name)), m_account(account)
{
    m_account.id = 0;
}

Status AccountAddCommand::apply()
{
    const AccountRepository accounts(*session()->ledger());
    if (m_account.id != 0)
        return accounts.restoreAccount(m_account);
    auto id = accounts.addAccount(m_account);
    if (!id)
        return id.error();
    m_account.id = *id;
    return Done{};
}

Status AccountAddCommand::revert()
{
    return AccountRepository(*session()->ledger()).removeAccount(m_account.id);
}

} // namespace annalist
