#include "Statement.h"

#include <QtNumeric>

namespace annalist {

std::optional<qint64> StatementLine::deviationBasisPoints() const
{
    const qint64 base = budget.abs().ore();
    if (base == 0)
        return std::nullopt;
    qint64 scaled = 0;
    if (qMulOverflow(deviation().ore(), qint64(10000), &scaled)) {
        // Beyond any real budget; a percentage needs no øre precision there.
        const double bp = double(deviation().ore()) / double(base) * 10000.0;
        constexpr double limit = 9.0e18;
        return qint64(bp > limit ? limit : bp < -limit ? -limit : bp);
    }
    // Rounded half away from zero.
    const qint64 half = base / 2;
    return scaled >= 0 ? (scaled + half) / base : (scaled - half) / base;
}

Money Statement::incomeTotal() const
{
    Money sum;
    for (const StatementLine &l : lines)
        sum += l.income();
    return sum;
}

Money Statement::expensesTotal() const
{
    Money sum;
    for (const StatementLine &l : lines)
        sum += l.expenses();
    return sum;
}

Money Statement::budgetTotal() const
{
    Money sum;
    for (const StatementLine &l : lines)
        sum += l.budget;
    return sum;
}

QList<StatementLine> Statement::linesIn(Section section) const
{
    QList<StatementLine> result;
    for (const StatementLine &l : lines)
        if (l.section == section)
            result.append(l);
    return result;
}

const StatementLine *Statement::line(qint64 accountId) const
{
    for (const StatementLine &l : lines)
        if (l.accountId == accountId)
            return &l;
    return nullptr;
}

QString formatBasisPoints(qint64 basisPoints, QChar decimalPoint)
{
    const bool negative = basisPoints < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(basisPoints) : quint64(basisPoints);
    return QStringLiteral("%1%2%3%4")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(decimalPoint)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace annalist
