#include "ProjectEditCommand.h"

#include "AccountRepository.h"
#include "LedgerSession.h"

namespace annalist {
namespace {

bool same(const Project &a, const Project &b)
{
    return a.id == b.id && a.name == b.name && a.accountId == b.accountId && a.phase == b.phase &&
           a.steeringGroup == b.steeringGroup && a.description == b.description;
}

} // namespace

ProjectEditCommand::ProjectEditCommand(LedgerSession *session, const Project &before, const Project &after, int field)
    : LedgerCommand(session, tr("Edit project %1").arg(before.name)), m_before(before), m_after(after), m_field(field)
{
}

Status ProjectEditCommand::apply()
{
    return AccountRepository(*session()->ledger()).updateProject(m_after);
}

Status ProjectEditCommand::revert()
{
    return AccountRepository(*session()->ledger()).updateProject(m_before);
}

int ProjectEditCommand::id() const
{
    return 0x50726f31; // "Pro1"
}

bool ProjectEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const ProjectEditCommand *>(other);
    if (edit->m_after.id != m_after.id || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(same(m_before, m_after));
    return true;
}

} // namespace annalist
