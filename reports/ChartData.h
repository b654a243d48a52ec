#pragma once

#include "Money.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace annalist {

// The charts Annalist draws from the ledger, in the order the Overview shows them.
enum class ChartKind { Spending, Projects, Portfolio, Members, Years };
// The words of a chart: the interface's language on screen, Danish in the printed report.
enum class ChartLanguage { Interface, Report };

QList<ChartKind> allChartKinds();
// A stable key for files and the report document ("spending", "projects", ...).
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString &key);

// One row of values across the chart's categories: a bar set, a line, or a donut's slices.
struct ChartSeries
{
    QString name;
    QList<Money> values; // one per category
    QColor colour;
    Qt::PenStyle lineStyle = Qt::SolidLine; // lines: told apart in greyscale by their dashes too
};

// What a chart shows, computed once from the statement and the project and member data; the
// screen, the print renderer and the exports all draw from this, never from numbers of their own.
struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ChartData)

public:
    ChartKind kind = ChartKind::Spending;
    int year = 0;
    QString title;
    QStringList categories;        // slices, projects, phases, municipalities or years
    QList<QColor> categoryColours; // where each category has a colour of its own (slices, projects)
    QList<ChartSeries> series;
    // Projects: the corrected budget of each category, drawn as a mark over its bar.
    QList<Money> budgets;
    QString valueAxisTitle; // the unit of the amounts: "DKK", "kr."
    QString budgetLabel;    // projects: the name of the budget mark in the legend
    QString note;           // printed under the chart: what it leaves out and why
    QString emptyReason;    // why there is nothing to draw; empty when there is

    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
    // The total of one series over every category.
    Money seriesTotal(int series) const;
    // The exact amounts behind one point, as a tool tip shows them (Danish format).
    QString describe(int series, int category) const;
};

} // namespace annalist
