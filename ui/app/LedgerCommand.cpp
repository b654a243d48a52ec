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
        m_session->reportError(done.error());
}

void LedgerCommand::undo()
{
    if (auto done = revert(); !done)
        m_session->reportError(done.error());
}

} // namespace annalist
