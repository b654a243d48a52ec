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
    Result<std::optional<Account>> account(qint64 id) const;
    Result<qint64> addAccount(const Account &account) const;
    Status updateAccount(const Account &account) const;
    // Refuses an account that postings, budgets, a project or control totals still use.
    Status removeAccount(qint64 id) const;

    Result<QList<Project>> projects() const;
    Result<std::optional<Project>> project(qint64 id) const;
    Result<qint64> addProject(const Project &project) const;
    Status updateProject(const Project &project) const;
    // Refuses a project that postings still carry.
    Status removeProject(qint64 id) const;

private:
    Result<QList<Account>> selectAccounts(const QString &where, const QVariantList &values) const;
    Result<QList<Project>> selectProjects(const QString &where, const QVariantList &values) const;
    const Ledger &m_ledger;
};

} // namespace annalist
