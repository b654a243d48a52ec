#include "MembersView.h"

#include "LedgerSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

MembersView::MembersView(LedgerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("MembersView"), this));
}

} // namespace annalist
