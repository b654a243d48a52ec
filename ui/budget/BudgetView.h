#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class BudgetView : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
