#include "MemberRemoveCommand.h"

#include "LedgerSession.h"
#include "MemberRepository.h"

namespace annalist {

MemberRemoveCommand::MemberRemoveCommand(LedgerSession *session, const Member &member)
    : LedgerCommand(session, tr("Delete member %1").arg(member.municipality)), m_member(member)
{
}

Status MemberRemoveCommand::apply()
{
    const MemberRepository members(*session()->ledger());
    auto paid = members.contributionsOf(m_member.id);
    if (!paid)
        return paid.error();
    m_contributions = *paid;
    return members.removeMember(m_member.id);
}

Status MemberRemoveCommand::revert()
{
    return session()->ledger()->transaction([this]() -> Status {
        const MemberRepository members(*session()->ledger());
        if (auto restored = members.restoreMember(m_member); !restored)
            return restored;
        for (const Contribution &c : std::as_const(m_contributions))
            if (auto set = members.setContribution(m_member.id, c.year, c.amount); !set)
                return set;
        return Done{};
    });
}

} // namespace annalist
