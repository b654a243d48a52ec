#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace annalist {

class Ledger;

// A closed year that no longer holds what was signed.
struct SealProblem
{
    int year = 0;
    QString message;
};

// What checking the closed years found.
struct SealCheck
{
    QList<SealProblem> problems;
    QList<std::pair<int, QString>> holding; // closed years whose seal holds, with the seal
    QList<int> unsealed;                    // closed before seals were kept: close them again to seal them
};

// The seal of a closed year: SHA-256 over its figures (postings, the kept account totals, budgets,
// budget changes, monthly spreads, contributions, control totals, notes) and over the accounts and
// projects as its statement was closed with them, each table in a fixed order. Closing a year stores
// it in the closing's audit record, and the receipt and the report's sign-off page print it;
// verify() computes it again. The report's text and pictures are not sealed: the signed PDF is their
// record.
class YearSeal
{
    Q_DECLARE_TR_FUNCTIONS(annalist::YearSeal)

public:
    // The seal of `year` as the ledger holds it now, in lower-case hex.
    static Result<QString> compute(const Ledger &ledger, int year);
    // The bytes the seal is the hash of (for the tests, and for telling what differs).
    static Result<QByteArray> content(const Ledger &ledger, int year);

    // Every closed year whose recorded seal does not match its figures, or whose closing the audit
    // trail does not record.
    static Result<SealCheck> check(const Ledger &ledger);
};

} // namespace annalist
