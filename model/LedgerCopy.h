#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace annalist {

class Ledger;

// Copies a whole ledger into a new one, a file to a server or a server to a file (or either to its
// own kind): every table row for row with its ids, the audit trail with its chain of hashes as it
// is, so that the copy's statement, validation and `verify` give what the original's do.
// The target is created fresh (Ledger::create refuses a file that exists, or a server database
// that holds a ledger) and written in one transaction with its triggers set aside: nothing of a
// failed copy is left but the empty target.
class LedgerCopy
{
    Q_DECLARE_TR_FUNCTIONS(annalist::LedgerCopy)

public:
    struct Report
    {
        int tables = 0;
        qint64 rows = 0;
        qint64 postings = 0;
        qint64 auditRecords = 0;
    };
    static Result<Report> copy(const Ledger &source, const QString &target);

    // The tables a copy carries, parents before children.
    static QStringList tables();
};

} // namespace annalist
