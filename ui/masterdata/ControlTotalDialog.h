#pragma once

#include "CommitDialog.h"
#include "Entities.h"

class QComboBox;
class QLineEdit;

namespace annalist {

class LedgerSession;

// Adds a control total from the ERP system: for the operating result or an account that has none yet.
class ControlTotalDialog : public CommitDialog
{
    Q_OBJECT

public:
    // `offerResult`: the year's operating result has no control total yet. `source` is proposed.
    ControlTotalDialog(LedgerSession *session, int year, bool offerResult, const QList<Account> &accounts,
                       const QString &source, QWidget *parent = nullptr);

    // The key of the control total added (its account id, 0 for the operating result), once accepted.
    qint64 addedKey() const { return m_key; }

protected:
    Status commit() override;

private:
    LedgerSession *m_session;
    int m_year;
    QComboBox *m_subject;
    QLineEdit *m_amount;
    QLineEdit *m_source;
    qint64 m_key = -1;
};

} // namespace annalist
