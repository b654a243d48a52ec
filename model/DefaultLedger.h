#pragma once

#include "Ledger.h"

namespace annalist {

// The ledger Annalist uses when none is named: a file in the user's data folder, created
// with the demo books on first use.
class DefaultLedger
{
public:
    static QString path();
    static Result<std::unique_ptr<Ledger>> open(Ledger::Access access = Ledger::Access::ReadWrite,
                                                Ledger::Integrity integrity = Ledger::Integrity::CheckNow);
};

} // namespace annalist
