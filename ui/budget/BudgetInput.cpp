#include "BudgetInput.h"

#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "Ledger.h"

#include <QLocale>

namespace annalist {

Result<std::optional<Money>> BudgetInput::budget(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<Money>();
    auto amount = AmountFormat::parse(trimmed);
    if (!amount)
        return badInput(
            tr("'%1' is not an amount; type it as %2.").arg(trimmed, AmountFormat::format(Money::fromOre(150000000))));
    return std::optional<Money>(*amount);
}

Result<Money> BudgetInput::change(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badInput(
            tr("Type the amount the budget changes by, e.g. %1.").arg(AmountFormat::format(Money::fromOre(25000000))));
    auto amount = AmountFormat::parse(trimmed);
    if (!amount)
        return badInput(
            tr("'%1' is not an amount; type it as %2.").arg(trimmed, AmountFormat::format(Money::fromOre(25000000))));
    if (amount->isZero())
        return badInput(tr("A budget change of zero changes nothing; type the amount it changes by."));
    return *amount;
}

QString BudgetInput::formatDate(const QDate &date)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Two-digit years read back into the wrong century.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

Result<QDate> BudgetInput::date(const QString &text, const FiscalYear &year)
{
    const QString trimmed = text.trimmed();
    const QString example = formatDate(year.start.isValid() ? year.start : QDate(year.year, 1, 1));
    if (trimmed.isEmpty())
        return badInput(tr("Type the date of the decision, e.g. %1.").arg(example));
    QString localFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!localFormat.contains(QLatin1String("yyyy")))
        localFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QDate date = QLocale().toDate(trimmed, localFormat);
    const QStringList formats{QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy"),
                              QStringLiteral("d/M/yyyy")};
    for (int i = 0; !date.isValid() && i < formats.size(); ++i)
        date = QDate::fromString(trimmed, formats.at(i));
    if (!date.isValid())
        return badInput(tr("'%1' is not a date; type it as %2.").arg(trimmed, example));
    if (year.start.isValid() && (date < year.start || date > year.end))
        return badInput(tr("%1 is outside the fiscal year %2, which runs from %3 to %4.")
                            .arg(formatDate(date))
                            .arg(year.year)
                            .arg(formatDate(year.start), formatDate(year.end)));
    return date;
}

QString BudgetInput::accountLabel(const Account &account)
{
    return account.number + QLatin1Char(' ') + account.name;
}

Result<Account> BudgetInput::account(const QString &text, const QList<Account> &accounts)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badInput(tr("Type the account's number or name."));
    for (const Account &a : accounts)
        if (a.number == trimmed || accountLabel(a) == trimmed || a.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return a;
    return badInput(tr("There is no account '%1' in the chart of accounts.").arg(trimmed));
}

Result<QString> BudgetInput::decision(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badInput(tr("Type the decision behind the change, e.g. the board's decision and its date."));
    return trimmed;
}

Result<FiscalYear> BudgetInput::writableYear(const Ledger *ledger, int year)
{
    if (!ledger)
        return usageError(tr("No ledger is open."));
    auto found = AssociationRepository(*ledger).year(year);
    if (!found)
        return found.error();
    if (!found->has_value())
        return badInput(tr("The year %1 is not in the books.").arg(year));
    if ((*found)->closed)
        return badInput(tr("The fiscal year %1 is closed; its budget cannot be changed.").arg(year));
    return **found;
}

} // namespace annalist
