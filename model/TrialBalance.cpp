#include "TrialBalance.h"

#include "AccountLedgerQuery.h"
#include "AccountRepository.h"
#include "Ledger.h"

#include <QHash>

#include <algorithm>

namespace annalist {

qint64 TrialBalance::count() const
{
    qint64 sum = 0;
    for (const TrialBalanceRow &row : rows)
        sum += row.count;
    return sum;
}

Money TrialBalance::debitTotal() const
{
    Money sum;
    for (const TrialBalanceRow &row : rows)
        sum += row.debit;
    return sum;
}

Money TrialBalance::creditTotal() const
{
    Money sum;
    for (const TrialBalanceRow &row : rows)
        sum += row.credit;
    return sum;
}

Result<TrialBalance> TrialBalance::build(const Ledger &ledger, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return badInput(tr("A trial balance needs a first and a last date."));
    TrialBalance balance;
    balance.from = from;
    balance.to = to;
    if (from > to)
        return balance;
    auto turnover = AccountLedgerQuery(ledger).turnover(from, to);
    if (!turnover)
        return turnover.error();
    auto accounts = AccountRepository(ledger).accounts();
    if (!accounts)
        return accounts.error();

    QHash<qint64, AccountTurnover> byAccount;
    for (const AccountTurnover &t : std::as_const(*turnover))
        byAccount.insert(t.accountId, t);
    for (const Account &account : std::as_const(*accounts)) {
        const auto found = byAccount.constFind(account.id);
        if (found == byAccount.cend())
            continue;
        balance.rows.append(
            {account.id, account.number, account.name, account.section, found->count, found->debit, found->credit});
        byAccount.erase(found);
    }
    // Postings on an account that is not in the chart still count, or the total would lie.
    QList<qint64> unknown = byAccount.keys();
    std::sort(unknown.begin(), unknown.end());
    for (qint64 id : std::as_const(unknown)) {
        const AccountTurnover &t = byAccount[id];
        balance.rows.append({id, QStringLiteral("?"), tr("Account %1, not in the chart of accounts").arg(id),
                             Section::Operations, t.count, t.debit, t.credit});
    }
    return balance;
}

} // namespace annalist
