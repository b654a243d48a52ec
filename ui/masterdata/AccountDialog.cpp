#include "AccountDialog.h"

#include "AccountAddCommand.h"
#include "AccountRepository.h"
#include "LedgerSession.h"
#include "MasterDataNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLineEdit>

namespace annalist {

AccountDialog::AccountDialog(LedgerSession *session, QWidget *parent)
    : CommitDialog(parent)
    , m_session(session)
    , m_number(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_section(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_active(new QCheckBox(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Add Account"));
    m_number->setObjectName(QStringLiteral("number"));
    m_name->setObjectName(QStringLiteral("name"));
    m_section->setObjectName(QStringLiteral("section"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setValidator(new QIntValidator(1, 999, m_note));
    m_note->setPlaceholderText(tr("none"));
    for (Section s : MasterDataNames::sections())
        m_section->addItem(MasterDataNames::section(s), int(s));
    m_section->setCurrentIndex(m_section->findData(int(Section::Operations)));
    m_active->setText(tr("Active"));
    m_active->setChecked(true);
    form()->addRow(tr("&Number:"), m_number);
    form()->addRow(tr("N&ame:"), m_name);
    form()->addRow(tr("&Section:"), m_section);
    form()->addRow(tr("N&ote:"), m_note);
    form()->addRow(QString(), m_active);
    m_number->setFocus();
}

Status AccountDialog::commit()
{
    Account a;
    a.number = m_number->text().trimmed();
    a.name = m_name->text().trimmed();
    a.section = Section(m_section->currentData().toInt());
    if (!m_note->text().trimmed().isEmpty())
        a.note = m_note->text().trimmed().toInt();
    a.active = m_active->isChecked();
    // Last in its section: after every account there is now.
    if (auto accounts = AccountRepository(*m_session->ledger()).accounts())
        for (const Account &other : *accounts)
            a.sortOrder = std::max(a.sortOrder, other.sortOrder + 10);
    auto command = std::make_unique<AccountAddCommand>(m_session, a);
    AccountAddCommand *added = command.get();
    if (auto done = m_session->execute(std::move(command)); !done)
        return done;
    m_accountId = added->accountId();
    return Done{};
}

} // namespace annalist
