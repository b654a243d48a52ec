#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace annalist {

class BudgetChangesModel;
class LineEditDelegate;
class LedgerSession;

// The year's budget changes: a table edited in place, and a form below it to add one with its
// date, account, amount and the decision behind it. Delete removes the selected changes.
class BudgetChangesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetChangesPanel(LedgerSession *session, QWidget *parent = nullptr);

    BudgetChangesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Makes the form ready for a change to the account: chosen, and the amount to type.
    void prepareChange(qint64 accountId);
    // The reason the last edit or addition was refused; empty when it was not.
    QString problem() const;

public slots:
    void addChange();
    void deleteSelected();

private:
    void refreshForm();
    void showProblem(const QString &text);
    void editRefused(const QModelIndex &index, const QString &reason, const QString &typed);

    LedgerSession *m_session;
    BudgetChangesModel *m_model;
    QTableView *m_table;
    LineEditDelegate *m_delegate;
    QLabel *m_title;
    QDateEdit *m_date;
    QComboBox *m_account;
    QLineEdit *m_amount;
    QLineEdit *m_decision;
    QPushButton *m_add;
    QLabel *m_problem;
    int m_dateYear = 0; // the year the form's date was chosen in
};

} // namespace annalist
