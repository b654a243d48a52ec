#include "InfoSectionEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

InfoSectionEditor::InfoSectionEditor(LedgerSession *session, QWidget *parent)
    : SectionEditor(session, parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("InfoSectionEditor"));
    m_text->setObjectName(QStringLiteral("sectionInfo"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
    setFocusProxy(m_text);
}

void InfoSectionEditor::load(const ReportSection &stored)
{
    setSection(stored);
    switch (stored.kind) {
    case SectionKind::Portfolio:
        m_text->setText(tr("<p>The portfolio overview lists every project by phase on one page, with its steering "
                           "group and account.</p><p>It comes from the projects in the ledger: change a project's "
                           "phase or steering group on the <b>Projects</b> page and the report follows.</p>"));
        break;
    case SectionKind::Members:
        m_text->setText(tr("<p>The members' table lists each member municipality with its basic contribution for "
                           "the year and the total.</p><p>It comes from the <b>Members</b> page of the ledger.</p>"));
        break;
    case SectionKind::PageBreak:
        m_text->setText(tr("<p>A page break: what follows it starts on a new page.</p><p>Move it with Ctrl+Up and "
                           "Ctrl+Down, or remove it with Delete.</p>"));
        break;
    default:
        m_text->clear();
        break;
    }
    m_text->setAccessibleName(m_text->text());
}

QString InfoSectionEditor::text() const
{
    return m_text->text();
}

} // namespace annalist
