#include "LedgerCommand.h"

#include "LedgerSession.h"

namespace annalist {

LedgerCommand::LedgerCommand(LedgerSession *session, const QString &text) : QUndoCommand(text), m_session(session) {}

void LedgerCommand::redo()
{
    if (m_firstRedo) {
        // LedgerSession::execute() applied it already, before pushing it.
        m_firstRedo = false;
        return;
    }
    if (auto done = apply(); !done)
        failed(false, done.error());
}

void LedgerCommand::undo()
{
    if (auto done = revert(); !done)
        failed(true, done.error());
}

void LedgerCommand::failed(bool undoing, const Error &error)
{
    // The stack deletes an obsolete command as soon as this returns, without moving its index past
    // it: what stays on the stack is what the ledger holds.
    setObsolete(true);
    m_session->stepFailed(undoing, text(), error);
}

} // namespace annalist
