#include "NoteCommand.h"

#include "LedgerSession.h"
#include "NoteRepository.h"

namespace annalist {
namespace {

bool same(const std::optional<Note> &a, const std::optional<Note> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->year == b->year && a->number == b->number && a->title == b->title && a->text == b->text &&
           a->attached == b->attached;
}

QString label(const std::optional<Note> &before, const std::optional<Note> &after)
{
    if (!before)
        return NoteCommand::tr("Add note %1").arg(after->number);
    if (!after)
        return NoteCommand::tr("Delete note %1").arg(before->number);
    if (after->number != before->number)
        return NoteCommand::tr("Renumber note %1 to %2").arg(before->number).arg(after->number);
    return NoteCommand::tr("Edit note %1").arg(before->number);
}

} // namespace

NoteCommand::NoteCommand(LedgerSession *session, const std::optional<Note> &before, const std::optional<Note> &after,
                         int field)
    : LedgerCommand(session, label(before, after)), m_before(before), m_after(after), m_field(field)
{
}

Status NoteCommand::change(const std::optional<Note> &from, const std::optional<Note> &to) const
{
    const Ledger &ledger = *session()->ledger();
    return ledger.transaction([&]() -> Status {
        const NoteRepository notes(ledger);
        const bool sameNote = from && to && from->year == to->year && from->number == to->number;
        if (sameNote)
            return notes.setNote(*to);
        // A new number must be free: added first, so that a refusal comes before anything is removed.
        if (to)
            if (auto added = notes.addNote(*to); !added)
                return added;
        if (from)
            return notes.removeNote(from->year, from->number);
        return Done{};
    });
}

Status NoteCommand::apply()
{
    return change(m_before, m_after);
}

Status NoteCommand::revert()
{
    return change(m_after, m_before);
}

int NoteCommand::id() const
{
    return 0x4e6f7431; // "Not1"
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const NoteCommand *>(other);
    if (m_field < 0 || edit->m_field != m_field || !m_after || !edit->m_before || !edit->m_after)
        return false;
    if (edit->m_before->year != m_after->year || edit->m_before->number != m_after->number ||
        edit->m_after->number != m_after->number)
        return false;
    m_after = edit->m_after;
    setObsolete(same(m_before, m_after));
    return true;
}

} // namespace annalist
