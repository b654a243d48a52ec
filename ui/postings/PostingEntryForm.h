#pragma once

#include "Entities.h"
#include "LedgerNotifier.h"
#include "Result.h"

#include <QTimer>
#include <QWidget>

#include <array>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace annalist {

class LedgerSession;

// Typing postings in, one after the other, from the keyboard: date, voucher (the next number is
// proposed), account (completed by number or name), project, text and amount. Every field is
// checked as it is typed, with the reason beside it; Enter adds the posting when all are good,
// then clears text and amount, proposes the next voucher and goes back to the date.
class PostingEntryForm : public QWidget
{
    Q_OBJECT

public:
    enum Field { DateField, VoucherField, AccountField, ProjectField, TextField, AmountField, FieldCount };

    explicit PostingEntryForm(LedgerSession *session, QWidget *parent = nullptr);

    // Reads the year, its accounts and the proposals for date and voucher.
    void setYear(int year);
    // Reads the accounts and projects to choose from again (after they changed).
    void reloadChoices();
    // Checks every field and adds the posting; false, with the reasons shown, when it cannot.
    bool save();
    // Puts the cursor in the first field, its text selected.
    void focusFirst();

    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *voucherEdit() const { return m_voucher; }
    QLineEdit *accountEdit() const { return m_account; }
    QComboBox *projectBox() const { return m_project; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *amountEdit() const { return m_amount; }
    QCompleter *accountCompleter() const { return m_completer; }
    // The reason shown for a field, under the fields (empty when it is good or untouched).
    QLabel *problemLabel(Field field) const { return m_problems.at(field); }
    // A reason that concerns the whole posting: the ledger refused it, or the year is closed.
    QLabel *formProblemLabel() const { return m_formProblem; }

signals:
    void posted(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Checks one field and shows the reason when it was touched; true when it is good.
    bool check(Field field);
    void showCheck(Field field, const Status &status);
    void setFormProblem(const QString &problem);
    void touch(Field field);
    void fillProjects();
    void showAccountLabel();
    void proposeVoucher();
    void noteVoucher(qint64 postingId);
    void postingsChanged(LedgerNotifier::Table table);
    void attach();
    void readYear();
    void clearEntry();
    QWidget *widget(Field field) const;

    LedgerSession *m_session;
    int m_yearNumber = 0;
    std::optional<FiscalYear> m_year;
    QList<Account> m_accounts;
    QList<Project> m_projects;
    QLineEdit *m_date;
    QLineEdit *m_voucher;
    QLineEdit *m_account;
    QComboBox *m_project;
    QLineEdit *m_text;
    QLineEdit *m_amount;
    QPushButton *m_add;
    QCompleter *m_completer;
    QStringListModel *m_accountLabels;
    std::array<QLabel *, FieldCount> m_problems{};
    std::array<QString, FieldCount> m_fieldNames;
    std::array<bool, FieldCount> m_touched{};
    QLabel *m_formProblem;
    QLabel *m_hint;
    QDate m_lastDate;
    qint64 m_lastVoucher = 0;
    // The voucher field holds the proposal, not a number the user typed.
    bool m_voucherProposed = true;
    bool m_followed = false;
    bool m_voucherStale = false;
    QTimer m_voucherQuery;
};

} // namespace annalist
