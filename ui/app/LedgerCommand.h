#pragma once

#include "Result.h"

#include <QUndoCommand>

namespace annalist {

class LedgerSession;

// One user edit: applied once when it is executed, then undone and redone from the undo stack.
// Subclasses keep the old and the new values and call the model layer, never SQL.
// An undo or redo that fails (someone else changed what the step would change, the year was
// closed meanwhile) leaves the ledger as it was; the step is then dropped from the stack, so
// that the stack never offers to take back or make again what the ledger does not hold.
class LedgerCommand : public QUndoCommand
{
public:
    explicit LedgerCommand(LedgerSession *session, const QString &text = {});

    // Makes the change the first time; a failure keeps the command off the undo stack.
    virtual Status apply() = 0;
    // Takes the change back.
    virtual Status revert() = 0;

    void undo() final;
    void redo() final;

protected:
    LedgerSession *session() const { return m_session; }

private:
    void failed(bool undoing, const Error &error);

    LedgerSession *m_session;
    bool m_firstRedo = true;
};

} // namespace annalist
