#include "PostingsView.h"

#include "LedgerSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

PostingsView::PostingsView(LedgerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("PostingsView"), this));
}

} // namespace annalist
