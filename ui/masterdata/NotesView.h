#pragma once

#include <QWidget>

namespace annalist {

class LedgerSession;

class NotesView : public QWidget
{
    Q_OBJECT

public:
    explicit NotesView(LedgerSession *session, QWidget *parent = nullptr);

private:
    LedgerSession *m_session;
};

} // namespace annalist
