#include "ProjectsView.h"

#include "LedgerSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

ProjectsView::ProjectsView(LedgerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("ProjectsView"), this));
}

} // namespace annalist
