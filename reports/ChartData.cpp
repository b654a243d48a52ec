#include "ChartData.h"

#include "Statement.h"

namespace annalist {

QList<ChartKind> allChartKinds()
{
    return {ChartKind::Spending, ChartKind::Projects, ChartKind::Portfolio, ChartKind::Members, ChartKind::Years};
}

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Spending:
        return QStringLiteral("spending");
    case ChartKind::Projects:
        return QStringLiteral("projects");
    case ChartKind::Portfolio:
        return QStringLiteral("portfolio");
    case ChartKind::Members:
        return QStringLiteral("members");
    case ChartKind::Years:
        return QStringLiteral("years");
    }
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (ChartKind kind : allChartKinds())
        if (chartKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

Money ChartData::seriesTotal(int index) const
{
    Money total;
    if (index < 0 || index >= series.size())
        return total;
    for (Money m : series.at(index).values)
        total += m;
    return total;
}

QString ChartData::describe(int seriesIndex, int category) const
{
    if (seriesIndex < 0 || seriesIndex >= series.size() || category < 0 || category >= categories.size())
        return {};
    const ChartSeries &s = series.at(seriesIndex);
    const Money value = s.values.value(category);
    switch (kind) {
    case ChartKind::Spending: {
        const Money total = seriesTotal(0);
        const qint64 basisPoints = total.isZero() ? 0 : value.ore() * 10000 / total.ore();
        return tr("%1: %2 (%3 % of the chart)")
            .arg(categories.at(category), value.toDanish(), formatBasisPoints(basisPoints, QLatin1Char(',')));
    }
    case ChartKind::Projects: {
        const Money budget = budgets.value(category);
        return tr("%1\nactual %2\nbudget %3\ndeviation %4")
            .arg(categories.at(category), value.toDanish(), budget.toDanish(), (value - budget).toDanish());
    }
    case ChartKind::Portfolio:
        return tr("%1 (%2): %3").arg(s.name, categories.at(category), value.toDanish());
    case ChartKind::Members:
    case ChartKind::Years:
        return tr("%1, %2: %3").arg(categories.at(category), s.name, value.toDanish());
    }
    return {};
}

} // namespace annalist
