#pragma once

#include "CommitDialog.h"

class QLineEdit;

namespace annalist {

class LedgerSession;

// Adds a member municipality and, if typed, what it pays in the session's year.
class MemberDialog : public CommitDialog
{
    Q_OBJECT

public:
    explicit MemberDialog(LedgerSession *session, QWidget *parent = nullptr);

    // The id of the member added, once accepted.
    qint64 memberId() const { return m_memberId; }

protected:
    Status commit() override;

private:
    LedgerSession *m_session;
    QLineEdit *m_municipality;
    QLineEdit *m_contribution;
    qint64 m_memberId = 0;
};

} // namespace annalist
