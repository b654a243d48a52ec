#include "NotesView.h"

#include "LedgerSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

NotesView::NotesView(LedgerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("NotesView"), this));
}

} // namespace annalist
