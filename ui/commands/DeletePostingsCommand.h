#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Deletes postings in one transaction; undo puts every one back under its own id.
class DeletePostingsCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::DeletePostingsCommand)

public:
    DeletePostingsCommand(LedgerSession *session, const QList<Posting> &postings);

    Status apply() override;
    Status revert() override;

private:
    QList<Posting> m_postings;
};

} // namespace annalist
