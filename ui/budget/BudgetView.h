#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace annalist {

class AccountStatementDialog;
class BudgetChangesPanel;
class LineEditDelegate;
class BudgetTableModel;
class LedgerSession;
class TrialBalanceDialog;

// The finance officer's budget: accounts by section with original budget, changes, corrected
// budget, actual and deviation, for the whole year or the year to date; the original budget is
// edited in place and the budget changes below. Any figure opens the postings behind it; the
// account statement and the trial balance open from here, and so does next year's budget.
class BudgetView : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetView(LedgerSession *session, QWidget *parent = nullptr);

    BudgetTableModel *budgetModel() const { return m_model; }
    QTableView *budgetTable() const { return m_table; }
    BudgetChangesPanel *changesPanel() const { return m_changes; }
    QComboBox *periodSelector() const { return m_period; }
    // Created on first use; they live as long as the view.
    AccountStatementDialog *accountStatementDialog();
    TrialBalanceDialog *trialBalanceDialog();
    QString messageText() const;

public slots:
    // Opens the account statement over [from, to]; without dates, over the fiscal year.
    void showAccountStatement(qint64 accountId, const QDate &from = {}, const QDate &to = {});
    void showTrialBalance();
    void startNextYear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void modelReloaded();
    void fitColumns();
    void activate(const QModelIndex &index);
    void editRefused(const QModelIndex &index, const QString &reason, const QString &typed);
    void showMessage(const QString &text, bool problem);
    qint64 currentAccount() const;

    LedgerSession *m_session;
    BudgetTableModel *m_model;
    QTableView *m_table;
    LineEditDelegate *m_delegate;
    BudgetChangesPanel *m_changes;
    QLabel *m_title;
    QLabel *m_limits;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QPushButton *m_trialBalance;
    QPushButton *m_nextYear;
    QLabel *m_message;
    AccountStatementDialog *m_statementDialog = nullptr;
    TrialBalanceDialog *m_trialDialog = nullptr;
    QString m_shownLoadError;
};

} // namespace annalist
