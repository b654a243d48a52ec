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
    // Refuses an empty name and a municipality that is a member already.
    Result<qint64> addMember(const QString &municipality) const;
    Status renameMember(qint64 id, const QString &municipality) const;
    // Removes the member and its contributions.
    Status removeMember(qint64 id) const;
    // Puts a removed member back under its old id, so that undo leaves every reference intact.
    Status restoreMember(const Member &member) const;

    // The year's contributions, by municipality.
    Result<QList<Contribution>> contributions(int year) const;
    // Every year's contribution of one member, by year.
    Result<QList<Contribution>> contributionsOf(qint64 memberId) const;
    // Refuses a year that is not in the books.
    Status setContribution(qint64 memberId, int year, Money amount) const;
    Status removeContribution(qint64 memberId, int year) const;

private:
    Status checkName(qint64 id, const QString &municipality) const;
    Result<QList<Contribution>> selectContributions(const QString &where, const QVariantList &values) const;
    const Ledger &m_ledger;
};

} // namespace annalist
