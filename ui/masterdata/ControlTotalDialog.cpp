#include "ControlTotalDialog.h"

#include "AmountFormat.h"
#include "ControlTotalCommand.h"
#include "LedgerSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace annalist {

ControlTotalDialog::ControlTotalDialog(LedgerSession *session, int year, bool offerResult,
                                       const QList<Account> &accounts, const QString &source, QWidget *parent)
    : CommitDialog(parent)
    , m_session(session)
    , m_year(year)
    , m_subject(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_source(new QLineEdit(this))
{
    setObjectName(QStringLiteral("controlTotalDialog"));
    setWindowTitle(tr("Add Control Total"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_source->setObjectName(QStringLiteral("source"));
    if (offerResult)
        m_subject->addItem(tr("Operating result %1").arg(year), QVariant());
    for (const Account &a : accounts)
        m_subject->addItem(QStringLiteral("%1 %2").arg(a.number, a.name), a.id);
    m_source->setText(source);
    form()->addRow(tr("&Total of:"), m_subject);
    form()->addRow(tr("&Amount:"), m_amount);
    form()->addRow(tr("&Source:"), m_source);
    m_subject->setFocus();
}

Status ControlTotalDialog::commit()
{
    if (m_subject->currentIndex() < 0)
        return badInput(tr("Every account and the operating result have a control total already."));
    auto amount = AmountFormat::parse(m_amount->text());
    if (!amount) {
        m_amount->setFocus();
        return amount.error();
    }
    ControlTotal total;
    total.year = m_year;
    const QVariant account = m_subject->currentData();
    if (account.isValid())
        total.accountId = account.toLongLong();
    total.amount = *amount;
    total.source = m_source->text().trimmed();
    if (auto done = m_session->execute(
            std::make_unique<ControlTotalCommand>(m_session, m_subject->currentText(), std::nullopt, total));
        !done)
        return done;
    m_key = total.accountId.value_or(0);
    return Done{};
}

} // namespace annalist
