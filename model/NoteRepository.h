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
    Status setNote(const Note &note) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
