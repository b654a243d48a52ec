#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class ControlTotalsView : public QWidget
{
    Q_OBJECT

public:
    explicit ControlTotalsView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
