#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace annalist {

class AccountStatementModel;
class LedgerSession;

// The account statement (kontokort) of one account over a date range, with the running balance.
// It stays open beside the window and follows the ledger; activating a posting shows it among
// the postings.
class AccountStatementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountStatementDialog(LedgerSession *session, QWidget *parent = nullptr);

    // Shows the account over [from, to]; without dates, over the session's fiscal year.
    void showAccount(qint64 accountId, const QDate &from = {}, const QDate &to = {});
    AccountStatementModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 accountId() const;
    QString summaryText() const;

private:
    void reloadAccounts();
    void reload();
    void activate(const QModelIndex &index);

    LedgerSession *m_session;
    AccountStatementModel *m_model;
    QComboBox *m_account;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_opening;
    QLabel *m_summary;
    bool m_loading = false;
};

} // namespace annalist
