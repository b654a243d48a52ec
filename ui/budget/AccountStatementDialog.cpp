#include "AccountStatementDialog.h"

#include "AccountRepository.h"
#include "AccountStatementModel.h"
#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "BudgetInput.h"
#include "LedgerSession.h"
#include "ReadOnlyTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

AccountStatementDialog::AccountStatementDialog(LedgerSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AccountStatementModel(this))
    , m_account(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_opening(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("AccountStatementDialog"));
    setWindowTitle(tr("Account Statement"));
    m_account->setObjectName(QStringLiteral("statementAccount"));
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setAccessibleName(tr("Postings of the account with running balance"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table, AccountStatementModel::TextColumn);
    m_opening->setObjectName(QStringLiteral("statementOpening"));
    m_opening->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("statementSummary"));

    auto *top = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(accountLabel);
    top->addWidget(m_account, 1);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the table opens a posting; it must not close the dialog.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_opening);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setTabOrder(m_account, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    resize(820, 560);

    connect(m_account, &QComboBox::currentIndexChanged, this, &AccountStatementDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AccountStatementDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AccountStatementDialog::reload);
    connect(m_table, &QTableView::activated, this, &AccountStatementDialog::activate);
    connect(session, &LedgerSession::dataChanged, this, [this] {
        if (isVisible()) {
            reloadAccounts();
            reload();
        }
    });
    connect(session, &LedgerSession::ledgerClosed, this, &QDialog::close);
}

qint64 AccountStatementDialog::accountId() const
{
    return m_account->currentData().toLongLong();
}

QString AccountStatementDialog::summaryText() const
{
    return m_summary->text();
}

void AccountStatementDialog::reloadAccounts()
{
    if (!m_session->isOpen())
        return;
    auto accounts = AccountRepository(*m_session->ledger()).accounts();
    if (!accounts) {
        m_summary->setText(accounts.error().message);
        return;
    }
    const qint64 current = accountId();
    m_loading = true;
    m_account->clear();
    for (const Account &a : std::as_const(*accounts))
        m_account->addItem(BudgetInput::accountLabel(a), a.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
    m_loading = false;
}

void AccountStatementDialog::showAccount(qint64 accountId, const QDate &from, const QDate &to)
{
    if (!m_session->isOpen())
        return;
    reloadAccounts();
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
    m_account->setCurrentIndex(m_account->findData(accountId));
    if (first.isValid())
        m_from->setDate(first);
    if (last.isValid())
        m_to->setDate(last);
    m_loading = false;
    reload();
    show();
    raise();
    activateWindow();
    m_table->setFocus(Qt::OtherFocusReason);
}

void AccountStatementDialog::reload()
{
    if (m_loading || !m_session->isOpen() || m_account->currentIndex() < 0)
        return;
    auto statement = AccountStatement::build(*m_session->ledger(), accountId(), m_from->date(), m_to->date());
    if (!statement) {
        m_model->clear();
        m_summary->setText(statement.error().message);
        return;
    }
    m_model->setStatement(*statement);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AccountStatementModel::TextColumn, QHeaderView::Stretch);
    setWindowTitle(tr("Account Statement – %1").arg(BudgetInput::accountLabel(statement->account)));
    m_opening->setText(
        statement->openingFrom.isValid()
            ? tr("The opening balance is what the account had posted in its fiscal year before the range: "
                 "%1 to %2.")
                  .arg(BudgetInput::formatDate(statement->openingFrom),
                       BudgetInput::formatDate(statement->from.addDays(-1)))
            : tr("The range starts a fiscal year, so the balance opens at zero."));
    if (statement->from > statement->to)
        m_summary->setText(tr("The first date is after the last: there is nothing to show."));
    else
        m_summary->setText(tr("%n postings; debit %1, credit %2, movement %3, closing balance %4.", nullptr,
                              int(statement->lines.size()))
                               .arg(AmountFormat::format(statement->debit), AmountFormat::format(statement->credit),
                                    AmountFormat::format(statement->movement()),
                                    AmountFormat::format(statement->closing())));
}

void AccountStatementDialog::activate(const QModelIndex &index)
{
    const Posting *posting = m_model->postingAt(index.row());
    if (!posting)
        return;
    FindingLocation location;
    location.year = posting->year;
    location.kind = FindingLocation::Kind::Posting;
    location.key = QString::number(posting->id);
    location.id = posting->id;
    m_session->reveal(location);
}

} // namespace annalist
