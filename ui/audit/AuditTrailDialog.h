#pragma once

#include "AuditTrail.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace annalist {

class LedgerSession;

// The audit trail of the open ledger: every recorded change, newest first, filtered by table,
// action, user, dates and text; whether the chain is intact; and the shown records as CSV.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTrailDialog(LedgerSession *session, QWidget *parent = nullptr);

    AuditFilter filter() const;
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QString verdict() const;
    // Writes the records the filter shows as CSV; the status says how many.
    Status exportTo(const QString &path);

    static constexpr int shownAtMost = 2000;

private:
    void refresh();
    void exportCsv();

    LedgerSession *m_session;
    QComboBox *m_tableFilter;
    QComboBox *m_action;
    QLineEdit *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_verdict;
    QLabel *m_count;
};

} // namespace annalist
