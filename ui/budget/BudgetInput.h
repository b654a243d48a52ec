#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>

namespace annalist {

class Ledger;

// What a finance officer types into the budget and its changes, read and checked; each refusal
// says why in words that can stand next to the field. Shared by the tables, the form and the
// commands.
class BudgetInput
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetInput)

public:
    // An account's budget: an amount in the locale's format or plain; empty text means no budget.
    static Result<std::optional<Money>> budget(const QString &text);
    // A budget change: an amount other than zero.
    static Result<Money> change(const QString &text);
    // A date of the fiscal year: the locale's short date, "20.06.2019", "20-6-2019" or "2019-06-20".
    static Result<QDate> date(const QString &text, const FiscalYear &year);
    static QString formatDate(const QDate &date);
    // An account by number ("3040"), by "number name" as the lists show it, or by its whole name.
    static Result<Account> account(const QString &text, const QList<Account> &accounts);
    static QString accountLabel(const Account &account);
    // The decision behind a budget change; it must be given.
    static Result<QString> decision(const QString &text);
    // The fiscal year, when its budget can be changed: refuses a year not in the books and a closed one.
    static Result<FiscalYear> writableYear(const Ledger *ledger, int year);
};

} // namespace annalist
