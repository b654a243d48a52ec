#include "ChartPainter.h"

#include "ChartFactory.h"
#include "Platform.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace annalist {

void ChartPainter::paint(const ChartData &data, QPainter *painter, const QRectF &target, const QSizeF &layoutSize,
                         qreal textSize)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data, textSize, layoutSize.width());
    scene.addItem(chart); // the scene owns the chart from here
    chart->resize(layoutSize);
    // The chart lays itself out on a posted event; a scene that is painted at once must do it now.
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    const QRectF source(QPointF(0, 0), layoutSize);
    scene.setSceneRect(source);
    scene.render(painter, target, source, Qt::IgnoreAspectRatio);
}

void ChartPainter::paintOnPage(const ChartData &data, QPainter *painter, const QRectF &targetInPoints, qreal textSize)
{
    paint(data, painter, targetInPoints, targetInPoints.size(), textSize);
}

QImage ChartPainter::image(const ChartData &data, const QSize &size, qreal textSize, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(data, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size), textSize);
    painter.end();
    return image;
}

QByteArray ChartPainter::svg(const ChartData &data, const QSize &size, qreal textSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // Qt's generator writes title and description into the XML as they are given (the drawn text
    // it escapes): a name with "<" or "&" would break the file.
    generator.setTitle(data.title.toHtmlEscaped());
    generator.setDescription(data.note.toHtmlEscaped());
    QPainter painter(&generator);
    paint(data, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size), textSize);
    painter.end();
    return bytes;
}

namespace {

Status writeAll(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // flush() first: commit() keeps a file whose last buffered bytes the disk refused.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return ioError(ChartPainter::tr("Could not write %1: %2").arg(path, Platform::writeFailure(file)));
    return Done{};
}

} // namespace

Status ChartPainter::savePng(const ChartData &data, const QString &path, const QSize &size, qreal textSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image(data, size, textSize).save(&buffer, "PNG"))
        return ioError(tr("Could not make a PNG picture of the chart."));
    return writeAll(path, bytes);
}

Status ChartPainter::saveSvg(const ChartData &data, const QString &path, const QSize &size, qreal textSize)
{
    return writeAll(path, svg(data, size, textSize));
}

} // namespace annalist
