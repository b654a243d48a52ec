#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Removes a project no posting carries; its account stays. Undo puts it back under the same id.
class ProjectRemoveCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ProjectRemoveCommand)

public:
    ProjectRemoveCommand(LedgerSession *session, const Project &project);

    Status apply() override;
    Status revert() override;

private:
    Project m_project;
};

} // namespace annalist
