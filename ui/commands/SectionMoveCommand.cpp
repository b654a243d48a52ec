#include "SectionMoveCommand.h"

#include "LedgerSession.h"
#include "ReportRepository.h"

namespace annalist {

SectionMoveCommand::SectionMoveCommand(LedgerSession *session, qint64 sectionId, const QString &title,
                                       const Place &from, const Place &to)
    : LedgerCommand(session, title.isEmpty() ? tr("Move page break") : tr("Move section %1").arg(title))
    , m_sectionId(sectionId)
    , m_from(from)
    , m_to(to)
{
}

Status SectionMoveCommand::apply()
{
    return ReportRepository(*session()->ledger()).moveSection(m_sectionId, m_to.parent, m_to.position);
}

Status SectionMoveCommand::revert()
{
    return ReportRepository(*session()->ledger()).moveSection(m_sectionId, m_from.parent, m_from.position);
}

} // namespace annalist
