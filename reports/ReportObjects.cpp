#include "ReportObjects.h"

#include "ChartPainter.h"
#include "ReportInput.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace annalist {
namespace {

QTextCharFormat objectFormat(int kind, const QVariant &key, const QSizeF &points, qreal unitsPerPoint)
{
    QTextCharFormat format;
    format.setObjectType(ReportObjects::Type);
    format.setProperty(ReportObjects::KindProperty, kind);
    format.setProperty(ReportObjects::KeyProperty, key);
    format.setProperty(ReportObjects::WidthProperty, points.width() * unitsPerPoint);
    format.setProperty(ReportObjects::HeightProperty, points.height() * unitsPerPoint);
    return format;
}

bool isSvg(const ReportPicture &picture)
{
    return picture.mimeType == QLatin1String("image/svg+xml");
}

} // namespace

ReportObjects::ReportObjects(const ReportInput *input, qreal unitsPerPoint, QObject *parent)
    : QObject(parent), m_input(input), m_unitsPerPoint(unitsPerPoint)
{
}

QTextCharFormat ReportObjects::chart(const QString &key, const QSizeF &points, qreal unitsPerPoint)
{
    return objectFormat(Chart, key, points, unitsPerPoint);
}

QTextCharFormat ReportObjects::picture(qint64 id, const QSizeF &points, qreal unitsPerPoint)
{
    return objectFormat(Picture, id, points, unitsPerPoint);
}

QSizeF ReportObjects::naturalSize(qint64 id) const
{
    const auto it = m_input->pictures.constFind(id);
    if (it == m_input->pictures.cend())
        return QSizeF(120, 80);
    if (isSvg(*it)) {
        QSvgRenderer svg(it->data);
        const QSizeF size = svg.defaultSize();
        return size.isEmpty() ? QSizeF(120, 80) : size;
    }
    const QImage image = QImage::fromData(it->data);
    return image.isNull() ? QSizeF(120, 80) : QSizeF(image.size()) * (72.0 / 150.0);
}

QSizeF ReportObjects::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return QSizeF(format.doubleProperty(WidthProperty), format.doubleProperty(HeightProperty));
}

void ReportObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int kind = format.intProperty(KindProperty);
    if (kind == Chart) {
        if (const ChartData *data = m_input->chart(format.stringProperty(KeyProperty)))
            ChartPainter::paint(*data, painter, rect, rect.size() / m_unitsPerPoint);
        return;
    }
    const auto it = m_input->pictures.constFind(format.property(KeyProperty).toLongLong());
    if (it == m_input->pictures.cend())
        return;
    if (isSvg(*it)) {
        QSvgRenderer svg(it->data);
        svg.render(painter, rect);
    } else {
        painter->drawImage(rect, QImage::fromData(it->data));
    }
}

} // namespace annalist
