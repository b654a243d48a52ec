#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class AccountsView : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
