#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class ProjectsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
