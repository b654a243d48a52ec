#pragma once

#include "Entities.h"
#include "Result.h"

namespace annalist {

class Ledger;

// The chart of accounts and the projects that own project accounts.
class AccountRepository
{
public:
    explicit AccountRepository(const Ledger &ledger) : m_ledger(ledger) {}

    // In statement order: by section, then sort order, then number.
    Result<QList<Account>> accounts() const;
    Result<qint64> addAccount(const Account &account) const;

    Result<QList<Project>> projects() const;
    Result<qint64> addProject(const Project &project) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
