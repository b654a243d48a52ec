#include "ProjectDialog.h"

#include "AccountRepository.h"
#include "LedgerSession.h"
#include "MasterDataNames.h"
#include "ProjectAddCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace annalist {
namespace {

constexpr qint64 newAccount = 0;

// Ten after the highest numeric project account (3120 after 3110), as the chart numbers them.
QString nextProjectNumber(const QList<Account> &accounts)
{
    qint64 highest = 0;
    for (const Account &a : accounts) {
        bool ok = false;
        const qint64 number = a.number.toLongLong(&ok);
        if (ok && a.section == Section::Projects)
            highest = std::max(highest, number);
    }
    return highest > 0 ? QString::number(highest + 10) : QString();
}

} // namespace

ProjectDialog::ProjectDialog(LedgerSession *session, const QList<Account> &freeAccounts, QWidget *parent)
    : CommitDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_accountNumber(new QLineEdit(this))
    , m_accountName(new QLineEdit(this))
    , m_phase(new QComboBox(this))
    , m_steeringGroup(new QLineEdit(this))
    , m_description(new QLineEdit(this))
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(tr("Add Project"));
    m_name->setObjectName(QStringLiteral("name"));
    m_account->setObjectName(QStringLiteral("account"));
    m_accountNumber->setObjectName(QStringLiteral("accountNumber"));
    m_accountName->setObjectName(QStringLiteral("accountName"));
    m_phase->setObjectName(QStringLiteral("phase"));
    m_steeringGroup->setObjectName(QStringLiteral("steeringGroup"));
    m_description->setObjectName(QStringLiteral("description"));

    for (const Account &a : freeAccounts)
        m_account->addItem(QStringLiteral("%1 %2").arg(a.number, a.name), a.id);
    m_account->addItem(tr("New project account"), newAccount);
    QList<Account> all;
    if (auto accounts = AccountRepository(*session->ledger()).accounts())
        all = *accounts;
    m_accountNumber->setText(nextProjectNumber(all));
    m_accountName->setPlaceholderText(tr("the project's name"));
    for (Phase phase : MasterDataNames::phases())
        m_phase->addItem(MasterDataNames::phase(phase), int(phase));

    form()->addRow(tr("&Project:"), m_name);
    form()->addRow(tr("&Account:"), m_account);
    form()->addRow(tr("New account's n&umber:"), m_accountNumber);
    form()->addRow(tr("New account's na&me:"), m_accountName);
    form()->addRow(tr("P&hase:"), m_phase);
    form()->addRow(tr("&Steering group:"), m_steeringGroup);
    form()->addRow(tr("&Description:"), m_description);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ProjectDialog::accountChosen);
    accountChosen();
    m_name->setFocus();
}

void ProjectDialog::accountChosen()
{
    const bool creating = m_account->currentData().toLongLong() == newAccount;
    m_accountNumber->setEnabled(creating);
    m_accountName->setEnabled(creating);
}

Status ProjectDialog::commit()
{
    Project p;
    p.name = m_name->text().trimmed();
    p.phase = Phase(m_phase->currentData().toInt());
    p.steeringGroup = m_steeringGroup->text().trimmed();
    p.description = m_description->text().trimmed();
    std::optional<Account> account;
    if (m_account->currentData().toLongLong() == newAccount) {
        Account a;
        a.number = m_accountNumber->text().trimmed();
        a.name = m_accountName->text().trimmed().isEmpty() ? p.name : m_accountName->text().trimmed();
        a.section = Section::Projects;
        if (auto accounts = AccountRepository(*m_session->ledger()).accounts())
            for (const Account &other : *accounts)
                a.sortOrder = std::max(a.sortOrder, other.sortOrder + 10);
        account = a;
    } else {
        p.accountId = m_account->currentData().toLongLong();
    }
    auto command = std::make_unique<ProjectAddCommand>(m_session, p, account);
    ProjectAddCommand *added = command.get();
    if (auto done = m_session->execute(std::move(command)); !done)
        return done;
    m_projectId = added->projectId();
    return Done{};
}

} // namespace annalist
