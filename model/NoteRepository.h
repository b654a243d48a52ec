#pragma once

#include "Entities.h"
#include "Result.h"

namespace annalist {

class Ledger;

// The statement's notes, per year.
class NoteRepository
{
public:
    explicit NoteRepository(const Ledger &ledger) : m_ledger(ledger) {}

    Result<QList<Note>> notes(int year) const;
    Result<std::optional<Note>> note(int year, int number) const;
    // Adds a note; refuses a number the year has already.
    Status addNote(const Note &note) const;
    // Adds or replaces the note with the same year and number.
    Status setNote(const Note &note) const;
    Status removeNote(int year, int number) const;

private:
    Result<QList<Note>> selectNotes(const QString &where, const QVariantList &values) const;
    const Ledger &m_ledger;
};

} // namespace annalist
