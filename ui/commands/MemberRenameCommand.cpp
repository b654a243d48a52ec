#include "MemberRenameCommand.h"

#include "LedgerSession.h"
#include "MemberRepository.h"

namespace annalist {

MemberRenameCommand::MemberRenameCommand(LedgerSession *session, qint64 memberId, const QString &before,
                                         const QString &after)
    : LedgerCommand(session, tr("Rename member %1").arg(before)), m_memberId(memberId), m_before(before), m_after(after)
{
}

Status MemberRenameCommand::apply()
{
    return MemberRepository(*session()->ledger()).renameMember(m_memberId, m_after);
}

Status MemberRenameCommand::revert()
{
    return MemberRepository(*session()->ledger()).renameMember(m_memberId, m_before);
}

int MemberRenameCommand::id() const
{
    return 0x4d656d31; // "Mem1"
}

bool MemberRenameCommand::mergeWith(const QUndoCommand *other)
{
    const auto *rename = static_cast<const MemberRenameCommand *>(other);
    if (rename->m_memberId != m_memberId)
        return false;
    m_after = rename->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace annalist
