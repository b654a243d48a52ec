#pragma once

#include <QColor>
#include <QList>

namespace annalist {

// The colours of every chart. Fixed, so that a project keeps its colour from chart to chart and
// from year to year, and ordered light and dark in turn so that neighbours stay apart in
// greyscale print.
class ChartPalette
{
public:
    // The colour of the project at `index` in the statement's order of projects.
    static QColor project(int index);
    static int projectColourCount();
    // The donut's slices that are not projects, in the statement's order of lines.
    static QColor group(int index);
    // All projects together, as one slice of the donut.
    static QColor projectsTogether();
    static QColor actual();
    static QColor budgetMark();
    static QColor income();
    static QColor expenses();
    static QColor result();
    static QColor text();
    static QColor grid();
};

} // namespace annalist
