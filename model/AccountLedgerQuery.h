#pragma once

#include "Entities.h"
#include "Result.h"

namespace annalist {

class Ledger;

// What one account had posted in a date range: the debit (positive postings) and the credit
// (negative postings, as a positive amount), so that the balance is debit minus credit.
struct AccountTurnover
{
    qint64 accountId = 0;
    qint64 count = 0;
    Money debit;
    Money credit;
    Money balance() const { return debit - credit; }
};

// Postings read by account and date range, for the account statement and the trial balance.
// Dates decide, not the posting's fiscal year: a range may span years.
class AccountLedgerQuery
{
public:
    explicit AccountLedgerQuery(const Ledger &ledger) : m_ledger(ledger) {}

    // The account's postings dated in [from, to], in date and voucher order.
    Result<QList<Posting>> postings(qint64 accountId, const QDate &from, const QDate &to) const;
    // The sum of the account's postings dated in [from, to].
    Result<Money> sum(qint64 accountId, const QDate &from, const QDate &to) const;
    // Every account with postings dated in [from, to], with their count, debit and credit.
    Result<QList<AccountTurnover>> turnover(const QDate &from, const QDate &to) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
