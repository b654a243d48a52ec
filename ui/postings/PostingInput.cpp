#include "PostingInput.h"

#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "Ledger.h"

#include <QLocale>
#include <QRegularExpression>

namespace annalist {
namespace {

// The locale's short date with a four-digit year: two-digit years read back into the wrong century.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// A year typed with two digits or not at all: the one that puts the day inside the fiscal year.
QDate completeYear(int day, int month, int typedYear, int digits, const FiscalYear &year)
{
    if (digits == 4)
        return QDate(typedYear, month, day);
    const int first = year.start.isValid() ? year.start.year() : year.year;
    const int last = year.end.isValid() ? year.end.year() : year.year;
    if (digits == 2) {
        const int century = first / 100 * 100;
        return QDate(century + typedYear, month, day);
    }
    for (int y = first; y <= last; ++y) {
        const QDate candidate(y, month, day);
        if (candidate.isValid() && candidate >= year.start && candidate <= year.end)
            return candidate;
    }
    return QDate(first, month, day);
}

QDate readDate(const QString &text, const FiscalYear &year)
{
    QDate date = QDate::fromString(text, dateFormat());
    if (date.isValid())
        return date;
    date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[.\\-/ ](\\d{1,2})(?:[.\\-/ ](\\d{2}|\\d{4}))?$"));
    if (const auto m = separated.match(text); m.hasMatch())
        return completeYear(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                            int(m.capturedLength(3)), year);
    // Typed without separators, as on a number pad: ddMM, ddMMyy or ddMMyyyy.
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})?$"));
    if (const auto m = digits.match(text); m.hasMatch())
        return completeYear(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                            int(m.capturedLength(3)), year);
    return {};
}

QString yearRange(const FiscalYear &year)
{
    return PostingInput::tr("%1 (%2 to %3)")
        .arg(year.year)
        .arg(PostingInput::formatDate(year.start), PostingInput::formatDate(year.end));
}

} // namespace

Result<QDate> PostingInput::date(const QString &text, const FiscalYear &year)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badInput(tr("Type a date, e.g. %1.").arg(formatDate(year.start)));
    const QDate date = readDate(trimmed, year);
    if (!date.isValid())
        return badInput(tr("'%1' is not a date (e.g. %2).").arg(trimmed, formatDate(year.start)));
    if (date < year.start || date > year.end)
        return badInput(tr("%1 is outside the fiscal year %2.").arg(formatDate(date), yearRange(year)));
    return date;
}

QString PostingInput::formatDate(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

Result<qint64> PostingInput::voucher(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badInput(tr("Type a voucher number."));
    bool ok = false;
    const qint64 number = trimmed.toLongLong(&ok);
    if (!ok || number <= 0)
        return badInput(tr("'%1' is not a voucher number (a whole number above 0).").arg(trimmed));
    return number;
}

Result<Account> PostingInput::account(const QString &text, const QList<Account> &accounts)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badInput(tr("Type an account's number or part of its name."));
    const auto usable = [](const Account &a) -> Result<Account> {
        if (!a.active)
            return badInput(tr("Account %1 is not active; choose another.").arg(accountLabel(a)));
        return a;
    };
    const QString number = trimmed.section(QLatin1Char(' '), 0, 0);
    for (const Account &a : accounts)
        if (a.number == number || a.name.compare(trimmed, Qt::CaseInsensitive) == 0 ||
            accountLabel(a).compare(trimmed, Qt::CaseInsensitive) == 0)
            return usable(a);
    QList<Account> fits;
    for (const Account &a : accounts)
        if (a.active && accountLabel(a).contains(trimmed, Qt::CaseInsensitive))
            fits.append(a);
    if (fits.size() == 1)
        return fits.first();
    if (fits.isEmpty())
        return badInput(tr("No account is called '%1'.").arg(trimmed));
    return badInput(tr("'%1' fits %2 accounts; type more of it.").arg(trimmed).arg(fits.size()));
}

QString PostingInput::accountLabel(const Account &account)
{
    return account.number + QLatin1Char(' ') + account.name;
}

Result<Money> PostingInput::amount(const QString &text)
{
    if (text.trimmed().isEmpty())
        return badInput(tr("Type an amount."));
    auto amount = AmountFormat::parse(text);
    if (!amount)
        return amount.error();
    if (amount->isZero())
        return badInput(tr("The amount is zero."));
    return amount;
}

std::optional<qint64> PostingInput::projectOf(qint64 accountId, const QList<Project> &projects)
{
    for (const Project &p : projects)
        if (p.accountId == accountId)
            return p.id;
    return std::nullopt;
}

Status PostingInput::fitsYear(const Posting &posting, const std::optional<FiscalYear> &year)
{
    if (!year)
        return badInput(tr("There is no fiscal year %1 in the ledger.").arg(posting.year));
    if (year->closed)
        return badInput(tr("The fiscal year %1 is closed; its postings cannot change.").arg(year->year));
    if (!posting.date.isValid() || posting.date < year->start || posting.date > year->end)
        return badInput(tr("%1 is outside the fiscal year %2.").arg(formatDate(posting.date), yearRange(*year)));
    return Done{};
}

Status PostingInput::writable(const Ledger *ledger, const Posting &posting)
{
    if (!ledger)
        return usageError(tr("No ledger is open."));
    auto year = AssociationRepository(*ledger).year(posting.year);
    if (!year)
        return year.error();
    return fitsYear(posting, *year);
}

} // namespace annalist
