#include "ContributionCommand.h"

#include "LedgerSession.h"
#include "MemberRepository.h"

namespace annalist {

ContributionCommand::ContributionCommand(LedgerSession *session, qint64 memberId, const QString &municipality, int year,
                                         std::optional<Money> before, std::optional<Money> after)
    : LedgerCommand(session, tr("Edit contribution of %1 in %2").arg(municipality).arg(year))
    , m_memberId(memberId)
    , m_year(year)
    , m_before(before)
    , m_after(after)
{
}

Status ContributionCommand::set(std::optional<Money> amount) const
{
    const MemberRepository members(*session()->ledger());
    return amount ? members.setContribution(m_memberId, m_year, *amount)
                  : members.removeContribution(m_memberId, m_year);
}

Status ContributionCommand::apply()
{
    return set(m_after);
}

Status ContributionCommand::revert()
{
    return set(m_before);
}

int ContributionCommand::id() const
{
    return 0x436f6e31; // "Con1"
}

bool ContributionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const ContributionCommand *>(other);
    if (edit->m_memberId != m_memberId || edit->m_year != m_year)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace annalist
