#include "MemberAddCommand.h"

#include "LedgerSession.h"
#include "MemberRepository.h"

namespace annalist {

MemberAddCommand::MemberAddCommand(LedgerSession *session, const QString &municipality, int year,
                                   std::optional<Money> contribution)
    : LedgerCommand(session, tr("Add member %1").arg(municipality))
    , m_municipality(municipality)
    , m_year(year)
    , m_contribution(contribution)
{
}

Status MemberAddCommand::apply()
{
    const qint64 before = m_id;
    Status done = session()->ledger()->transaction([this] { return add(); });
    if (!done)
        m_id = before;
    return done;
}

Status MemberAddCommand::add()
{
    const MemberRepository members(*session()->ledger());
    if (m_id != 0) {
        // Redo: the same id as the first time, so that later steps on the undo stack still find it.
        if (auto restored = members.restoreMember({m_id, m_municipality}); !restored)
            return restored;
    } else {
        auto id = members.addMember(m_municipality);
        if (!id)
            return id.error();
        m_id = *id;
    }
    if (m_contribution)
        return members.setContribution(m_id, m_year, *m_contribution);
    return Done{};
}

Status MemberAddCommand::revert()
{
    return MemberRepository(*session()->ledger()).removeMember(m_id);
}

} // namespace annalist
