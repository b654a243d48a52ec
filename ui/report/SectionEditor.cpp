#include "SectionEditor.h"

#include "LedgerSession.h"

namespace annalist {

SectionEditor::SectionEditor(LedgerSession *session, QWidget *parent) : QWidget(parent), m_session(session) {}

void SectionEditor::refresh(const ReportSection &stored)
{
    if (stored.id != m_section.id || stored.body != m_section.body || stored.title != m_section.title ||
        sectionOptionsJson(stored) != sectionOptionsJson(m_section) || stored.kind != m_section.kind)
        load(stored);
}

bool SectionEditor::write(const ReportSection &after, SectionEditCommand::Part part, quint64 sitting)
{
    if (after.id == 0 || !m_session->isOpen())
        return false;
    const ReportSection before = m_section;
    // Shown already: the ledger's change notice that follows must not load it again.
    m_section = after;
    if (auto done = m_session->execute(std::make_unique<SectionEditCommand>(m_session, before, after, part, sitting));
        !done) {
        m_section = before;
        emit refused(done.error().message);
        return false;
    }
    return true;
}

} // namespace annalist
