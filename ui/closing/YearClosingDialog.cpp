#include "YearClosingDialog.h"

#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

YearClosingDialog::YearClosingDialog(LedgerSession *session, int year, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year)
    , m_explanation(new QLabel(this))
    , m_result(new QLabel(this))
    , m_signatories(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_receiptView(new QPlainTextEdit(this))
    , m_closeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("yearClosingDialog"));
    setWindowTitle(tr("Close Fiscal Year %1").arg(year));
    m_explanation->setObjectName(QStringLiteral("closingExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Closing %1 books its operating result into %2 as the line \"%3\", signs the annual report with the "
           "signatories below and locks %1 against every change. Closing is recorded, not an edit: Edit > Undo "
           "cannot take it back, and the undo history so far is cleared. Only File > Reopen Year opens %1 "
           "again, with a reason that is kept.")
            .arg(year)
            .arg(year + 1)
            .arg(YearClosing::carryOverLine(year)));
    m_result->setObjectName(QStringLiteral("closingResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signatories->setObjectName(QStringLiteral("closingSignatories"));
    m_signatories->setTabChangesFocus(true);
    m_signatories->setPlaceholderText(tr("Name, Role (one a line)"));
    m_signatories->setToolTip(tr("The board members and the auditor who sign, one a line as \"Name, Role\""));
    m_signatories->setWhatsThis(tr("<p>The people who sign the year's accounts: the board members and the auditor, "
                                   "one a line as <i>Name, Role</i>. They are printed on the report's sign-off page "
                                   "with the day's date, and the closing is recorded in the audit trail under their "
                                   "names.</p>"));
    m_confirm->setObjectName(QStringLiteral("closingConfirmation"));
    m_confirm->setText(tr("The board has approved the accounts for %1: close the year").arg(year));
    m_problem->setObjectName(QStringLiteral("closingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problem->hide();
    m_receiptView->setObjectName(QStringLiteral("closingReceipt"));
    m_receiptView->setReadOnly(true);
    m_receiptView->hide();

    m_closeButton->setObjectName(QStringLiteral("closeYearButton"));
    m_closeButton->setText(tr("C&lose %1").arg(year));
    m_closeButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelClosing"));
    m_cancelButton->setText(tr("Cancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_closeButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_receipt)
            accept();
        else
            closeYear();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, &YearClosingDialog::updateButtons);
    connect(m_signatories, &QPlainTextEdit::textChanged, this, &YearClosingDialog::updateButtons);

    auto *form = new QFormLayout;
    auto *signedBy = new QLabel(tr("&Signed by:"), this);
    signedBy->setBuddy(m_signatories);
    form->addRow(tr("Operating result to carry over:"), m_result);
    form->addRow(signedBy, m_signatories);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_problem);
    layout->addWidget(m_receiptView, 1);
    layout->addWidget(buttons);

    const Ledger &ledger = *session->ledger();
    if (auto statement = StatementBuilder(ledger).build(year))
        m_result->setText(tr("%1, into %2 as \"%3\"")
                              .arg(AmountFormat::format(statement->operatingResult()))
                              .arg(year + 1)
                              .arg(YearClosing::carryOverLine(year)));
    else
        showProblem(statement.error().message);
    QStringList lines;
    if (auto signatories = ReportRepository(ledger).signatories(year))
        for (const Signatory &s : *signatories)
            lines << (s.role.isEmpty() ? s.name : QStringLiteral("%1, %2").arg(s.name, s.role));
    m_signatories->setPlainText(lines.join(QLatin1Char('\n')));
    if (auto fiscal = AssociationRepository(ledger).year(year); fiscal && fiscal->has_value() && (*fiscal)->closed) {
        m_closable = false;
        showProblem(tr("%1 is closed already (signed by %2). Reopen it first to close it again.")
                        .arg(year)
                        .arg((*fiscal)->closedBy));
    }
    if (session->isReadOnly()) {
        m_closable = false;
        showProblem(tr("The ledger is open read-only: a year cannot be closed."));
    }
    updateButtons();
    m_signatories->setFocus();
    resize(560, 420);
}

QString YearClosingDialog::operatingResultText() const
{
    return m_result->text();
}

QString YearClosingDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString YearClosingDialog::receiptText() const
{
    return m_receipt ? YearClosing::receiptText(*m_receipt) : QString();
}

void YearClosingDialog::updateButtons()
{
    if (m_receipt) {
        m_closeButton->setEnabled(true);
        return;
    }
    m_closeButton->setEnabled(m_closable && m_confirm->isChecked() &&
                              !m_signatories->toPlainText().trimmed().isEmpty());
}

void YearClosingDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool YearClosingDialog::closeYear()
{
    if (m_receipt || !m_closable || !m_session->isOpen())
        return false;
    if (!m_confirm->isChecked()) {
        showProblem(tr("Confirm that the board has approved the accounts first."));
        return false;
    }
    if (m_session->isReadOnly()) {
        showProblem(tr("The ledger is open read-only: a year cannot be closed."));
        return false;
    }
    const QStringList signers = m_signatories->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto closed = YearClosing(*m_session->ledger()).close(m_year, signers);
    if (!closed) {
        showProblem(closed.error().message);
        return false;
    }
    m_receipt = *closed;
    // Commands on the stack may concern the closed year, which now refuses every change.
    m_session->undoStack()->clear();
    showProblem(QString());
    m_signatories->setReadOnly(true);
    m_confirm->setEnabled(false);
    m_cancelButton->hide();
    m_receiptView->setPlainText(receiptText());
    m_receiptView->show();
    m_closeButton->setText(tr("&Done"));
    updateButtons();
    return true;
}

} // namespace annalist
