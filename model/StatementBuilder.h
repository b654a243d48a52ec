#pragma once

#include "Result.h"
#include "Statement.h"

namespace annalist {

class Ledger;

// Computes the income statement of a year from the ledger.
class StatementBuilder
{
public:
    explicit StatementBuilder(const Ledger &ledger) : m_ledger(ledger) {}

    // The whole year, or January up to and including `throughMonth` (1-12). Refuses a year
    // that is not in the books.
    Result<Statement> build(int year, int throughMonth = 12) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
