#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Adds one posting; undo removes it, redo puts it back under the same id.
class AddPostingCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::AddPostingCommand)

public:
    AddPostingCommand(LedgerSession *session, const Posting &posting);

    Status apply() override;
    Status revert() override;

    // The new posting's id, once applied.
    qint64 postingId() const { return m_posting.id; }

private:
    Posting m_posting;
};

} // namespace annalist
