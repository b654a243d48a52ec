#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>

namespace annalist {

class Ledger;

// One account's line in the trial balance.
struct TrialBalanceRow
{
    qint64 accountId = 0;
    QString accountNumber;
    QString accountName;
    Section section = Section::Operations;
    qint64 count = 0;
    Money debit;
    Money credit; // as a positive amount
    Money balance() const { return debit - credit; }
};

// A trial balance (saldobalance): per account, the postings dated in a range, summed. The total
// is the sum of every posting in the range, whatever its account.
struct TrialBalance
{
    Q_DECLARE_TR_FUNCTIONS(annalist::TrialBalance)

public:
    QDate from;
    QDate to;
    QList<TrialBalanceRow> rows; // in the chart's order; accounts without postings left out

    qint64 count() const;
    Money debitTotal() const;
    Money creditTotal() const;
    Money total() const { return debitTotal() - creditTotal(); }

    // Refuses a range without both dates; a range whose start is after its end is empty.
    static Result<TrialBalance> build(const Ledger &ledger, const QDate &from, const QDate &to);
};

} // namespace annalist
