#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Removes a member and what it paid in every year; undo puts both back.
class MemberRemoveCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::MemberRemoveCommand)

public:
    MemberRemoveCommand(LedgerSession *session, const Member &member);

    Status apply() override;
    Status revert() override;

private:
    Member m_member;
    QList<Contribution> m_contributions;
};

} // namespace annalist
