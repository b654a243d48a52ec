#pragma once

#include <QCoreApplication>

#include "Result.h"

namespace annalist {

class Ledger;

// Writes the demo's annual report (resources/demo/demo-report-2019.json) into a ledger that holds
// the demo books: the seven chapters, pictures drawn as SVG, and the signatories.
class DemoReport
{
    Q_DECLARE_TR_FUNCTIONS(annalist::DemoReport)

public:
    static Status write(const Ledger &ledger);
};

} // namespace annalist
