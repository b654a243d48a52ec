#include "ProjectRemoveCommand.h"

#include "AccountRepository.h"
#include "LedgerSession.h"

namespace annalist {

ProjectRemoveCommand::ProjectRemoveCommand(LedgerSession *session, const Project &project)
    : LedgerCommand(session, tr("Delete project %1").arg(project.name)), m_project(project)
{
}

Status ProjectRemoveCommand::apply()
{
    return AccountRepository(*session()->ledger()).removeProject(m_project.id);
}

Status ProjectRemoveCommand::revert()
{
    return AccountRepository(*session()->ledger()).restoreProject(m_project);
}

} // namespace annalist
