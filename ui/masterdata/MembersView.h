#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class MembersView : public QWidget
{
    Q_OBJECT

public:
    explicit MembersView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
