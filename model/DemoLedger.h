#pragma once

#include <QCoreApplication>

#include "Result.h"

namespace annalist {

class Ledger;

// Writes the demo books into an empty ledger: the published 2019 statement of the reference
// association, with illustrative postings, budgets and contributions that add up to it, and an
// illustrative annual report (DemoReport).
class DemoLedger
{
    Q_DECLARE_TR_FUNCTIONS(annalist::DemoLedger)

public:
    static Status write(const Ledger &ledger);
    // The fiscal year the demo holds.
    static int year();
};

} // namespace annalist
