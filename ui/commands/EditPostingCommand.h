#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Changes one posting from `before` to `after`. Repeated edits of the same field of the same
// posting merge into one step, as typing a cell over and over is one change to the user.
class EditPostingCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::EditPostingCommand)

public:
    enum Field { Date = 0x1, Voucher = 0x2, Account = 0x4, Project = 0x8, Text = 0x10, Amount = 0x20 };

    EditPostingCommand(LedgerSession *session, const Posting &before, const Posting &after);

    Status apply() override;
    Status revert() override;
    int id() const override { return 0x50454454; } // 'PEDT'
    bool mergeWith(const QUndoCommand *other) override;

    // The fields that differ between before and after.
    static int changedFields(const Posting &before, const Posting &after);

private:
    void updateText();

    Posting m_before;
    Posting m_after;
    int m_fields;
};

} // namespace annalist
