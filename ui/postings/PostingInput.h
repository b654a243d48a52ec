#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>

namespace annalist {

class Ledger;

// What a finance officer types for a posting, read and checked one field at a time; each refusal
// says why in words the field can show next to it. Shared by the entry form and the table.
class PostingInput
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingInput)

public:
    // "15.03.2019", "15-3-2019", "2019-03-15", "15.3" or "1503" (the year's own year when left out),
    // and it must fall inside the fiscal year.
    static Result<QDate> date(const QString &text, const FiscalYear &year);
    static QString formatDate(const QDate &date);
    static Result<qint64> voucher(const QString &text);
    // An active account by number ("2020"), by "number name" as the completer offers it, by its
    // whole name, or by the one account whose number or name contains the text.
    static Result<Account> account(const QString &text, const QList<Account> &accounts);
    static QString accountLabel(const Account &account);
    // An amount in the locale's format or plain; zero posts nothing and is refused.
    static Result<Money> amount(const QString &text);
    // The project a posting on `accountId` carries: the account's own, or none.
    static std::optional<qint64> projectOf(qint64 accountId, const QList<Project> &projects);
    // Why a posting cannot be written into its year, if it cannot.
    static Status fitsYear(const Posting &posting, const std::optional<FiscalYear> &year);
    // The same, with the year read from the ledger: what every posting command checks first.
    static Status writable(const Ledger *ledger, const Posting &posting);
};

} // namespace annalist
