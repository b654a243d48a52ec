#include "AccountsView.h"

#include "AccountDialog.h"
#include "AccountRemoveCommand.h"
#include "AccountsModel.h"
#include "LedgerSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace annalist {

AccountsView::AccountsView(LedgerSession *session, QWidget *parent)
    : MasterDataPage(session, parent), m_model(new AccountsModel(session, this)), m_statementAction(new QAction(this))
{
    setObjectName(QStringLiteral("AccountsView"));
    table()->setObjectName(QStringLiteral("accountsTable"));
    table()->setAccessibleName(tr("Accounts"));
    pageLayout()->addWidget(table(), 1);
    setModel(m_model);
    table()->horizontalHeader()->setSectionResizeMode(AccountsModel::NameColumn, QHeaderView::Stretch);
    connect(session, &LedgerSession::revealRequested, this, &AccountsView::reveal);

    m_statementAction->setObjectName(QStringLiteral("accountStatement"));
    m_statementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_statementAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_statementAction);
    connect(m_statementAction, &QAction::triggered, this, [this] {
        if (const qint64 account = currentKey(); account > 0)
            this->session()->showAccountStatement(account);
    });
    auto *statementButton = new QToolButton(this);
    statementButton->setDefaultAction(m_statementAction);
    statementButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar()->addWidget(statementButton);
}

void AccountsView::retranslate()
{
    MasterDataPage::retranslate();
    setHeading(tr("Chart of accounts"));
    addItemAction()->setText(tr("&Add Account..."));
    deleteItemAction()->setText(tr("&Delete Account"));
    m_statementAction->setText(tr("Account &Statement..."));
    m_statementAction->setToolTip(tr("The postings of the current account with a running balance (Ctrl+K)"));
    m_statementAction->setStatusTip(tr("Show the postings of the current account with a running balance"));
}

void AccountsView::afterReload()
{
    for (int column : {AccountsModel::NumberColumn, AccountsModel::SectionColumn, AccountsModel::NoteColumn,
                       AccountsModel::ActiveColumn, AccountsModel::ContributionsColumn})
        table()->resizeColumnToContents(column);
}

void AccountsView::addItem()
{
    auto *dialog = new AccountDialog(session(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadNow();
        selectKey(dialog->accountId());
    });
    dialog->open();
}

void AccountsView::deleteRow(int row)
{
    const Account account = m_model->account(row);
    if (!confirm(tr("Delete Account"), tr("Delete the account %1 %2?").arg(account.number, account.name)))
        return;
    if (auto done = session()->execute(std::make_unique<AccountRemoveCommand>(session(), account)); !done)
        showRefusal(done.error().message);
    else
        clearMessage();
}

void AccountsView::reveal(const FindingLocation &location)
{
    if (location.kind != FindingLocation::Kind::Account)
        return;
    if (location.id > 0 && selectKey(location.id))
        return;
    for (const Account &a : m_model->accounts())
        if (a.number == location.key) {
            selectKey(a.id);
            return;
        }
}

} // namespace annalist
