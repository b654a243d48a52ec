#pragma once

#include "CommitDialog.h"
#include "Entities.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace annalist {

class LedgerSession;

// Adds an account: number, name, section and note; the new account goes last in its section.
class AccountDialog : public CommitDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(LedgerSession *session, QWidget *parent = nullptr);

    // The id of the account added, once accepted.
    qint64 accountId() const { return m_accountId; }

protected:
    Status commit() override;

private:
    LedgerSession *m_session;
    QLineEdit *m_number;
    QLineEdit *m_name;
    QComboBox *m_section;
    QLineEdit *m_note;
    QCheckBox *m_active;
    qint64 m_accountId = 0;
};

} // namespace annalist
