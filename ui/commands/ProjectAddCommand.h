#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Adds a project, on a free project account or on a new account created with it in the same step.
class ProjectAddCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ProjectAddCommand)

public:
    // With `newAccount`, the account is created first and the project goes on it.
    ProjectAddCommand(LedgerSession *session, const Project &project, const std::optional<Account> &newAccount = {});

    Status apply() override;
    Status revert() override;
    qint64 projectId() const { return m_project.id; }

private:
    Status add();

    Project m_project;
    std::optional<Account> m_account;
};

} // namespace annalist
