#pragma once

#include "ChartData.h"
#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace annalist {

// Draws a chart as vectors, for print and for the exports: the chart is laid out in a scene of its
// own at `layoutSize` (points on paper, pixels on screen) with its text at `textSize` of the same
// units, then painted into `target`. Lines, bars and text reach a PDF or SVG as themselves, never as
// a picture of the screen.
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ChartPainter)

public:
    static constexpr qreal printTextSize = 8.0; // points: legible on A4 at any chart size used in the report

    static void paint(const ChartData &data, QPainter *painter, const QRectF &target, const QSizeF &layoutSize,
                      qreal textSize = printTextSize);
    // `target` in points on a page (a QPdfWriter's or QPrinter's painter): laid out at that size.
    static void paintOnPage(const ChartData &data, QPainter *painter, const QRectF &targetInPoints,
                            qreal textSize = printTextSize);

    // A picture of `size` pixels at `scale` times the resolution, on white.
    static QImage image(const ChartData &data, const QSize &size, qreal textSize, qreal scale = 2.0);
    // The chart as an SVG document of `size` units.
    static QByteArray svg(const ChartData &data, const QSize &size, qreal textSize);

    static Status savePng(const ChartData &data, const QString &path, const QSize &size, qreal textSize);
    static Status saveSvg(const ChartData &data, const QString &path, const QSize &size, qreal textSize);
};

} // namespace annalist
