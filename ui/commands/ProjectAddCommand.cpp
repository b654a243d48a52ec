#include "ProjectAddCommand.h"

#include "AccountRepository.h"
#include "LedgerSession.h"

namespace annalist {

ProjectAddCommand::ProjectAddCommand(LedgerSession *session, const Project &project,
                                     const std::optional<Account> &newAccount)
    : LedgerCommand(session, tr("Add project %1").arg(project.name)), m_project(project), m_account(newAccount)
{
    m_project.id = 0;
    if (m_account)
        m_account->id = 0;
}

Status ProjectAddCommand::apply()
{
    const Ledger &ledger = *session()->ledger();
    // Ids are kept from the first time, so that undo and redo never change what refers to them.
    const Project before = m_project;
    const std::optional<Account> accountBefore = m_account;
    Status done = ledger.transaction([this] { return add(); });
    if (!done) {
        m_project = before;
        m_account = accountBefore;
    }
    return done;
}

Status ProjectAddCommand::add()
{
    const AccountRepository accounts(*session()->ledger());
    if (m_account) {
        if (m_account->id != 0) {
            if (auto restored = accounts.restoreAccount(*m_account); !restored)
                return restored;
        } else {
            auto id = accounts.addAccount(*m_account);
            if (!id)
                return id.error();
            m_account->id = *id;
        }
        m_project.accountId = m_account->id;
    }
    if (m_project.id != 0)
        return accounts.restoreProject(m_project);
    auto id = accounts.addProject(m_project);
    if (!id)
        return id.error();
    m_project.id = *id;
    return Done{};
}

Status ProjectAddCommand::revert()
{
    const Ledger &ledger = *session()->ledger();
    return ledger.transaction([this]() -> Status {
        const AccountRepository accounts(*session()->ledger());
        if (auto removed = accounts.removeProject(m_project.id); !removed)
            return removed;
        if (m_account)
            return accounts.removeAccount(m_account->id);
        return Done{};
    });
}

} // namespace annalist
