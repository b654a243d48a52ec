#include "SectionEditCommand.h"

#include "LedgerSession.h"
#include "ReportRepository.h"

namespace annalist {
namespace {

QString label(const ReportSection &before, SectionEditCommand::Part part)
{
    if (part == SectionEditCommand::Part::Title)
        return SectionEditCommand::tr("Rename section %1").arg(before.title);
    return SectionEditCommand::tr("Edit section %1").arg(before.title);
}

bool sameContent(const ReportSection &a, const ReportSection &b)
{
    return a.kind == b.kind && a.title == b.title && a.body == b.body && sectionOptionsJson(a) == sectionOptionsJson(b);
}

} // namespace

SectionEditCommand::SectionEditCommand(LedgerSession *session, const ReportSection &before, const ReportSection &after,
                                       Part part, quint64 sitting)
    : LedgerCommand(session, label(before, part)), m_before(before), m_after(after), m_part(part), m_sitting(sitting)
{
}

Status SectionEditCommand::apply()
{
    return ReportRepository(*session()->ledger()).updateSection(m_after);
}

Status SectionEditCommand::revert()
{
    return ReportRepository(*session()->ledger()).updateSection(m_before);
}

int SectionEditCommand::id() const
{
    return 0x53656331; // "Sec1"
}

bool SectionEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SectionEditCommand *>(other);
    if (m_sitting == 0 || edit->m_sitting != m_sitting || edit->m_part != m_part || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    setObsolete(sameContent(m_before, m_after));
    return true;
}

} // namespace annalist
