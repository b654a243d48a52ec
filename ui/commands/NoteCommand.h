#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Adds (no note before), deletes (none after), edits or renumbers one note of a year. Repeated
// edits of the same field of the same note merge into one step.
class NoteCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::NoteCommand)

public:
    // `field` names what changed (a column of the notes list); -1 for adding and deleting.
    NoteCommand(LedgerSession *session, const std::optional<Note> &before, const std::optional<Note> &after,
                int field = -1);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status change(const std::optional<Note> &from, const std::optional<Note> &to) const;

    std::optional<Note> m_before;
    std::optional<Note> m_after;
    int m_field;
};

} // namespace annalist
