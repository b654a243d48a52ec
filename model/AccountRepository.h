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
    // The accounts as `year`'s statement shows them: for a closed year as they were when it was
    // closed (renaming an account later changes the open years only), otherwise as they are.
    Result<QList<Account>> accounts(int year) const;
    Result<std::optional<Account>> account(qint64 id) const;
    // Refuses an account without number or name, a number in use, a second contributions line,
    // and (on update) moving a project's account out of the projects section.
    Result<qint64> addAccount(const Account &account) const;
    Status updateAccount(const Account &account) const;
    // Puts a removed account back under its old id, so that undo leaves every reference intact.
    Status restoreAccount(const Account &account) const;
    // Refuses an account that postings, budgets, a project or control totals still use.
    Status removeAccount(qint64 id) const;

    Result<QList<Project>> projects() const;
    // The projects as `year`'s report shows them: for a closed year as they were when it was closed.
    Result<QList<Project>> projects(int year) const;
    Result<std::optional<Project>> project(qint64 id) const;
    // Refuses a project without a name, a name in use, and an account that is not a free project account.
    Result<qint64> addProject(const Project &project) const;
    Status updateProject(const Project &project) const;
    // Puts a removed project back under its old id.
    Status restoreProject(const Project &project) const;
    // Refuses a project that postings still carry.
    Status removeProject(qint64 id) const;

    // Keeps the accounts and projects as they are now for `year`, which is being closed; and drops
    // that copy when the year is reopened (the year then follows the accounts as they are again).
    Status keepForClosedYear(int year) const;
    Status releaseClosedYear(int year) const;

private:
    Status checkAccount(const Account &account) const;
    Status checkProject(const Project &project) const;
    // `from`: a table expression in place of the live table (a year's accounts); its values first.
    Result<QList<Account>> selectAccounts(const QString &where, const QVariantList &values,
                                          const QString &from = {}) const;
    Result<QList<Project>> selectProjects(const QString &where, const QVariantList &values,
                                          const QString &from = {}) const;
    const Ledger &m_ledger;
};

} // namespace annalist
