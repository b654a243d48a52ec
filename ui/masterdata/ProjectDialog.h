#pragma once

#include "CommitDialog.h"
#include "Entities.h"

class QComboBox;
class QLineEdit;

namespace annalist {

class LedgerSession;

// Adds a project: on a project account that has no project yet, or on a new project account
// created in the same step.
class ProjectDialog : public CommitDialog
{
    Q_OBJECT

public:
    ProjectDialog(LedgerSession *session, const QList<Account> &freeAccounts, QWidget *parent = nullptr);

    // The id of the project added, once accepted.
    qint64 projectId() const { return m_projectId; }

protected:
    Status commit() override;

private:
    void accountChosen();

    LedgerSession *m_session;
    QLineEdit *m_name;
    QComboBox *m_account;
    QLineEdit *m_accountNumber;
    QLineEdit *m_accountName;
    QComboBox *m_phase;
    QLineEdit *m_steeringGroup;
    QLineEdit *m_description;
    qint64 m_projectId = 0;
};

} // namespace annalist
