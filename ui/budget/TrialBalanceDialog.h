#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QTableView;

namespace annalist {

class LedgerSession;
class TrialBalanceModel;

// The trial balance (saldobalance) for any date range, the session's fiscal year to begin with.
// Activating an account opens its statement over the same range.
class TrialBalanceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrialBalanceDialog(LedgerSession *session, QWidget *parent = nullptr);

    // Shows [from, to]; without dates, the session's fiscal year.
    void showRange(const QDate &from = {}, const QDate &to = {});
    TrialBalanceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString summaryText() const;

signals:
    void accountStatementRequested(qint64 accountId, const QDate &from, const QDate &to);

private:
    void reload();

    LedgerSession *m_session;
    TrialBalanceModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_summary;
    bool m_loading = false;
};

} // namespace annalist
