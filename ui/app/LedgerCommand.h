#pragma once

#include "Result.h"

#include <QUndoCommand>

namespace annalist {

class LedgerSession;

// One user edit: applied once when it is executed, then undone and redone from the undo stack.
// Subclasses keep the old and the new values and call the model layer, never SQL.
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
    LedgerSession *m_session;
    bool m_firstRedo = true;
};

} // namespace annalist
