#include "MemberDialog.h"

#include "AmountFormat.h"
#include "LedgerSession.h"
#include "MemberAddCommand.h"

#include <QFormLayout>
#include <QLineEdit>

namespace annalist {

MemberDialog::MemberDialog(LedgerSession *session, QWidget *parent)
    : CommitDialog(parent), m_session(session), m_municipality(new QLineEdit(this)), m_contribution(new QLineEdit(this))
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(tr("Add Member"));
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_contribution->setObjectName(QStringLiteral("contribution"));
    m_contribution->setAlignment(Qt::AlignRight);
    m_contribution->setPlaceholderText(tr("none"));
    form()->addRow(tr("&Municipality:"), m_municipality);
    form()->addRow(tr("&Contribution %1:").arg(session->year()), m_contribution);
    m_municipality->setFocus();
}

Status MemberDialog::commit()
{
    std::optional<Money> amount;
    const QString text = m_contribution->text().trimmed();
    if (!text.isEmpty()) {
        auto parsed = AmountFormat::parse(text);
        if (!parsed) {
            m_contribution->setFocus();
            return parsed.error();
        }
        amount = *parsed;
    }
    auto command =
        std::make_unique<MemberAddCommand>(m_session, m_municipality->text().trimmed(), m_session->year(), amount);
    MemberAddCommand *added = command.get();
    if (auto done = m_session->execute(std::move(command)); !done)
        return done;
    m_memberId = added->memberId();
    return Done{};
}

} // namespace annalist
