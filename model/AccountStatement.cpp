#include "AccountStatement.h"

#include "AccountLedgerQuery.h"
#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "Ledger.h"

namespace annalist {

Result<AccountStatement> AccountStatement::build(const Ledger &ledger, qint64 accountId, const QDate &from,
                                                 const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return badInput(tr("An account statement needs a first and a last date."));
    auto account = AccountRepository(ledger).account(accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return badInput(tr("There is no account with id %1 in the chart of accounts.").arg(accountId));
    auto years = AssociationRepository(ledger).years();
    if (!years)
        return years.error();

    AccountStatement statement;
    statement.account = **account;
    statement.from = from;
    statement.to = to;
    const AccountLedgerQuery query(ledger);
    for (const FiscalYear &year : *years) {
        if (year.start < from && from <= year.end) {
            auto before = query.sum(accountId, year.start, from.addDays(-1));
            if (!before)
                return before.error();
            statement.openingFrom = year.start;
            statement.opening = *before;
            break;
        }
    }
    if (from > to)
        return statement;

    auto postings = query.postings(accountId, from, to);
    if (!postings)
        return postings.error();
    Money balance = statement.opening;
    statement.lines.reserve(postings->size());
    for (const Posting &p : std::as_const(*postings)) {
        balance += p.amount;
        if (p.amount > Money())
            statement.debit += p.amount;
        else
            statement.credit -= p.amount;
        statement.lines.append({p, balance});
    }
    return statement;
}

} // namespace annalist
