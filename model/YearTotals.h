#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>

#include <limits>

namespace annalist {

class Ledger;

// Keeps every figure of a year inside exact money. The year's amounts taken without their sign (every
// posting, every budget, every budget change) bound every sum a view or an export makes of them: an
// account's total, a section's, a period's, the statement's totals, budgets and deviations. While
// that bound fits in 64-bit øre, none of them can overflow; a write that would take it beyond is
// refused (migration 009 refuses it for the postings whatever writes them; this class says so first,
// and covers the budgets too).
class YearTotals
{
    Q_DECLARE_TR_FUNCTIONS(annalist::YearTotals)

public:
    // Wide enough for the sum of any number of 64-bit amounts a ledger can hold.
    __extension__ typedef __int128 Wide;

    // The largest amount a year's figures may add up to, without their sign.
    static constexpr qint64 limit = std::numeric_limits<qint64>::max();

    // The year's bound as the ledger holds it now, exactly.
    static Result<Wide> bound(const Ledger &ledger, int year);
    // Refuses (BadInput) a change of `year` that takes away `removed` and adds `added` (amounts
    // without their sign) when the year's figures would then be beyond the limit. Checked before the
    // write, so that a refusal leaves the connection as it was.
    static Status checkChange(const Ledger &ledger, int year, Wide removed, Wide added);
    // An amount without its sign, wide.
    static Wide magnitudeOf(Money amount);
    // The message of a refusal; `what` names the line or the edit ("Line 12", "The budget of 2010").
    static QString beyondLimit(int year, const QString &what);

    // Adds amounts one at a time to a year's bound, for an import that names the first line too many.
    class Tally
    {
    public:
        explicit Tally(Wide start = 0) : m_sum(start) {}
        // False when `amount` takes the bound beyond the limit (the amount is then not added).
        bool add(Money amount);

    private:
        Wide m_sum;
    };
};

} // namespace annalist
