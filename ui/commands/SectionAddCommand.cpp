#include "SectionAddCommand.h"

#include "LedgerSession.h"
#include "ReportRepository.h"

namespace annalist {
namespace {

QString label(const ReportSection &s)
{
    if (s.kind == SectionKind::PageBreak)
        return SectionAddCommand::tr("Add page break");
    return SectionAddCommand::tr("Add section %1").arg(s.title);
}

} // namespace

SectionAddCommand::SectionAddCommand(LedgerSession *session, const ReportSection &section)
    : LedgerCommand(session, label(section)), m_section(section)
{
}

Status SectionAddCommand::apply()
{
    const ReportRepository reports(*session()->ledger());
    if (m_section.id != 0)
        return reports.restoreSubtree({m_section});
    auto id = reports.addSection(m_section);
    if (!id)
        return id.error();
    // Where it landed (a position past the end appends), for putting it back after an undo.
    auto added = reports.section(*id);
    if (!added)
        return added.error();
    if (added->has_value())
        m_section = **added;
    m_section.id = *id;
    return Done{};
}

Status SectionAddCommand::revert()
{
    return ReportRepository(*session()->ledger()).removeSection(m_section.id);
}

} // namespace annalist
