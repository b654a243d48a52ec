#pragma once

#include "Entities.h"
#include "Result.h"

namespace annalist {

class Ledger;

// The member municipalities and what each pays per year.
class MemberRepository
{
public:
    explicit MemberRepository(const Ledger &ledger) : m_ledger(ledger) {}

    Result<QList<Member>> members() const;
    Result<qint64> addMember(const QString &municipality) const;
    Status renameMember(qint64 id, const QString &municipality) const;
    // Removes the member and its contributions.
    Status removeMember(qint64 id) const;

    // The year's contributions, by municipality.
    Result<QList<Contribution>> contributions(int year) const;
    Status setContribution(qint64 memberId, int year, Money amount) const;
    Status removeContribution(qint64 memberId, int year) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
