#include "TrialBalanceDialog.h"

#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "BudgetInput.h"
#include "LedgerSession.h"
#include "ReadOnlyTable.h"
#include "TrialBalanceModel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

TrialBalanceDialog::TrialBalanceDialog(LedgerSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new TrialBalanceModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("TrialBalanceDialog"));
    setWindowTitle(tr("Trial Balance"));
    m_from->setObjectName(QStringLiteral("trialFrom"));
    m_to->setObjectName(QStringLiteral("trialTo"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_table->setObjectName(QStringLiteral("trialBalanceTable"));
    m_table->setAccessibleName(tr("Balance of each account"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table, TrialBalanceModel::NameColumn);
    m_summary->setObjectName(QStringLiteral("trialSummary"));
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the table opens an account; it must not close the dialog.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    resize(760, 560);

    connect(m_from, &QDateEdit::dateChanged, this, &TrialBalanceDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &TrialBalanceDialog::reload);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const TrialBalanceRow *row = m_model->rowAt(index.row()))
            emit accountStatementRequested(row->accountId, m_model->balance().from, m_model->balance().to);
    });
    connect(session, &LedgerSession::dataChanged, this, [this] {
        if (isVisible())
            reload();
    });
    connect(session, &LedgerSession::ledgerClosed, this, &QDialog::close);
}

QString TrialBalanceDialog::summaryText() const
{
    return m_summary->text();
}

void TrialBalanceDialog::showRange(const QDate &from, const QDate &to)
{
    if (!m_session->isOpen())
        return;
    QDate first = from;
    QDate last = to;
    if (!first.isValid() || !last.isValid()) {
        auto year = AssociationRepository(*m_session->ledger()).year(m_session->year());
        if (year && *year) {
            first = (*year)->start;
            last = (*year)->end;
        }
    }
    m_loading = true;
    if (first.isValid())
        m_from->setDate(first);
    if (last.isValid())
        m_to->setDate(last);
    m_loading = false;
    reload();
    show();
    raise();
    activateWindow();
    m_from->setFocus(Qt::OtherFocusReason);
}

void TrialBalanceDialog::reload()
{
    if (m_loading || !m_session->isOpen())
        return;
    auto balance = TrialBalance::build(*m_session->ledger(), m_from->date(), m_to->date());
    if (!balance) {
        m_model->clear();
        m_summary->setText(balance.error().message);
        return;
    }
    m_model->setBalance(*balance);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TrialBalanceModel::NameColumn, QHeaderView::Stretch);
    const QString range =
        tr("%1 to %2").arg(BudgetInput::formatDate(balance->from), BudgetInput::formatDate(balance->to));
    if (balance->from > balance->to)
        m_summary->setText(tr("The first date is after the last: there is nothing to show."));
    else if (balance->rows.isEmpty())
        m_summary->setText(tr("No postings are dated %1.").arg(range));
    else
        m_summary->setText(
            tr("%1: %n postings on %2 accounts; debit %3, credit %4, balance %5.", nullptr, int(balance->count()))
                .arg(range)
                .arg(balance->rows.size())
                .arg(AmountFormat::format(balance->debitTotal()), AmountFormat::format(balance->creditTotal()),
                     AmountFormat::format(balance->total())));
}

} // namespace annalist
