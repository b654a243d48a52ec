#include "AccountsView.h"

#include "LedgerSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

AccountsView::AccountsView(LedgerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("AccountsView"), this));
}

} // namespace annalist
