#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class PostingsView : public QWidget
{
    Q_OBJECT

public:
    explicit PostingsView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
