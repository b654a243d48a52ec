#include "SectionRemoveCommand.h"

#include "LedgerSession.h"
#include "ReportRepository.h"

namespace annalist {

SectionRemoveCommand::SectionRemoveCommand(LedgerSession *session, qint64 sectionId, const QString &title)
    : LedgerCommand(session, title.isEmpty() ? tr("Remove page break") : tr("Remove section %1").arg(title))
    , m_sectionId(sectionId)
{
}

Status SectionRemoveCommand::apply()
{
    const ReportRepository reports(*session()->ledger());
    auto subtree = reports.subtree(m_sectionId);
    if (!subtree)
        return subtree.error();
    m_removed = *subtree;
    return reports.removeSection(m_sectionId);
}

Status SectionRemoveCommand::revert()
{
    return ReportRepository(*session()->ledger()).restoreSubtree(m_removed);
}

} // namespace annalist
