#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Changes one project; repeated edits of the same field of the same project merge into one step.
class ProjectEditCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ProjectEditCommand)

public:
    // `field` names what changed (a column of the projects list), so that edits of one cell merge.
    ProjectEditCommand(LedgerSession *session, const Project &before, const Project &after, int field);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Project m_before;
    Project m_after;
    int m_field;
};

} // namespace annalist
