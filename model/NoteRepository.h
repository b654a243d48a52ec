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
    // Adds or replaces the note with the same year and number.
    Status setNote(const Note &note) const;
    Status removeNote(int year, int number) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
