#pragma once

#include "ChartData.h"

#include <QCoreApplication>
#include <QLocale>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace annalist {

// Turns chart data into a QtCharts chart: Danish numbers on the axes, the fixed palette, no
// animation or shadow (both would turn into pictures in print). Every bar set, slice and line
// carries its tool tips as the property "annalistTips" (one per category) or "annalistTip".
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ChartFactory)

public:
    // A new chart (the caller owns it) whose text is `textSize` units of the scene it is drawn
    // in: screen pixels on the desktop, points when it is printed. With a `width`, long category
    // labels are shortened to fit it (QtCharts would otherwise squeeze every label to "...").
    static QChart *create(const ChartData &data, qreal textSize, qreal width = 0);
    // Shortens the category labels of a chart made by create() to fit a new width.
    static void fitToWidth(QChart *chart, const ChartData &data, qreal width);
    // The locale of every number in a chart: Danish, the report's language.
    static QLocale numberLocale();
    // The category labels as the chart shows them: a project with its deviation from the budget.
    static QStringList categoryLabels(const ChartData &data);
};

} // namespace annalist
