#include "YearTotals.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {
namespace {

using Wide = YearTotals::Wide;

Wide magnitude(qint64 amount)
{
    return amount < 0 ? -Wide(amount) : Wide(amount);
}

} // namespace

Result<Wide> YearTotals::bound(const Ledger &ledger, int year)
{
    // Row by row rather than SUM(): the sum of a ledger already beyond the limit must not overflow here.
    const QSqlDatabase db = ledger.database();
    Wide sum = 0;
    auto postings = Sql::exec(db, QStringLiteral("SELECT magnitude FROM account_totals WHERE year = ?"), {year});
    if (!postings)
        return postings.error();
    while (postings->next())
        sum += magnitude(postings->value(0).toLongLong());
    postings->finish();
    for (const char *sql :
         {"SELECT amount FROM budgets WHERE year = ?", "SELECT amount FROM budget_changes WHERE year = ?"}) {
        auto q = Sql::exec(db, QString::fromLatin1(sql), {year});
        if (!q)
            return q.error();
        while (q->next())
            sum += magnitude(q->value(0).toLongLong());
    }
    return sum;
}

Status YearTotals::checkChange(const Ledger &ledger, int year, Wide removed, Wide added)
{
    if (added <= removed)
        return Done{}; // nothing grows
    auto sum = bound(ledger, year);
    if (!sum)
        return sum.error();
    if (*sum - removed + added > limit)
        return badInput(beyondLimit(year, tr("The change")));
    return Done{};
}

YearTotals::Wide YearTotals::magnitudeOf(Money amount)
{
    return magnitude(amount.ore());
}

QString YearTotals::beyondLimit(int year, const QString &what)
{
    return tr("%1 would take the amounts of %2 beyond what Annalist keeps exactly: taken without their sign, a "
              "year's postings and budgets may add up to at most %3 kr. Nothing was written.")
        .arg(what)
        .arg(year)
        .arg(Money::fromOre(limit).toDanish());
}

bool YearTotals::Tally::add(Money amount)
{
    const Wide next = m_sum + magnitude(amount.ore());
    if (next > limit)
        return false;
    m_sum = next;
    return true;
}

} // namespace annalist
