#pragma once

#include "YearClosing.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace annalist {

class LedgerSession;

// Closing a fiscal year: who signs (one "Name, Role" a line, proposed from the report's
// signatories), the operating result that goes into the next year, and the board's confirmation.
// Closing is a recorded act, not an edit: it is not on the undo stack, and only Reopen Year undoes
// it. A refusal (validation errors, no signatory) is shown in the dialog, which stays open with
// what was typed; after closing it shows the receipt.
class YearClosingDialog : public QDialog
{
    Q_OBJECT

public:
    YearClosingDialog(LedgerSession *session, int year, QWidget *parent = nullptr);

    QPlainTextEdit *signatoriesEdit() const { return m_signatories; }
    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *closeYearButton() const { return m_closeButton; }
    QString operatingResultText() const;
    QString problemText() const;
    // The receipt once the year is closed.
    const std::optional<ClosingReceipt> &receipt() const { return m_receipt; }
    QString receiptText() const;

    // Closes the year with the signatories as typed; false (and the reason shown) when refused.
    bool closeYear();

private:
    void updateButtons();
    void showProblem(const QString &problem);

    LedgerSession *m_session;
    int m_year;
    QLabel *m_explanation;
    QLabel *m_result;
    QPlainTextEdit *m_signatories;
    QCheckBox *m_confirm;
    QLabel *m_problem;
    QPlainTextEdit *m_receiptView;
    QPushButton *m_closeButton;
    QPushButton *m_cancelButton;
    std::optional<ClosingReceipt> m_receipt;
    bool m_closable = true;
};

} // namespace annalist
