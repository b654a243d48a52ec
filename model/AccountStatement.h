#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>

namespace annalist {

class Ledger;

// One posting of an account statement and the account's balance after it.
struct AccountStatementLine
{
    Posting posting;
    Money balance;
};

// An account statement (kontokort): one account's postings in a date range, in date and voucher
// order, each with the running balance. The opening balance is what the account had posted in
// the same fiscal year before the range, so that a range inside a year ends on the account's
// year-to-date figure; a range that starts on the first day of a fiscal year (or outside every
// fiscal year) opens at zero.
struct AccountStatement
{
    Q_DECLARE_TR_FUNCTIONS(annalist::AccountStatement)

public:
    Account account;
    QDate from;
    QDate to;
    QDate openingFrom; // the fiscal year's first day the opening balance counts from; invalid: none
    Money opening;
    QList<AccountStatementLine> lines;
    Money debit;  // the positive postings of the range
    Money credit; // the negative postings of the range, as a positive amount

    Money movement() const { return debit - credit; }
    Money closing() const { return opening + movement(); }

    // Refuses an account that is not in the chart and a range without both dates. A range whose
    // start is after its end is empty.
    static Result<AccountStatement> build(const Ledger &ledger, qint64 accountId, const QDate &from, const QDate &to);
};

} // namespace annalist
