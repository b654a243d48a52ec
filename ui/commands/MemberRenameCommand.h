#pragma once

#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Renames a member; repeated renames of the same member merge into one step.
class MemberRenameCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::MemberRenameCommand)

public:
    MemberRenameCommand(LedgerSession *session, qint64 memberId, const QString &before, const QString &after);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_memberId;
    QString m_before;
    QString m_after;
};

} // namespace annalist
