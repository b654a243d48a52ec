#include "PreviewCanvas.h"

#include "ReportLayout.h"

#include <QPaintEvent>
#include <QPainter>

namespace annalist {

PreviewCanvas::PreviewCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("previewCanvas"));
    setAutoFillBackground(true);
    QPalette desk = palette();
    desk.setColor(QPalette::Window, QColor(0x8a, 0x8f, 0x96));
    setPalette(desk);
}

void PreviewCanvas::setReportLayout(std::shared_ptr<const ReportLayout> layout)
{
    m_layout = std::move(layout);
    m_cache.clear();
    updateSize();
    update();
}

void PreviewCanvas::setPixelsPerInch(qreal ppi)
{
    if (qFuzzyCompare(ppi, m_ppi))
        return;
    m_ppi = ppi;
    m_cache.clear();
    updateSize();
    update();
}

void PreviewCanvas::setMessage(const QString &message)
{
    m_message = message;
    update();
}

int PreviewCanvas::pageCount() const
{
    return m_layout ? m_layout->pageCount() : 0;
}

QSize PreviewCanvas::pageSize() const
{
    const QSizeF points = ReportLayout::pageSizePoints();
    return QSizeF(points.width() / 72.0 * m_ppi, points.height() / 72.0 * m_ppi).toSize();
}

QRect PreviewCanvas::pageRect(int page) const
{
    const QSize size = pageSize();
    const int x = qMax(gap / 2, (width() - size.width()) / 2);
    return QRect(QPoint(x, gap / 2 + (page - 1) * (size.height() + gap)), size);
}

int PreviewCanvas::pageAt(int y) const
{
    if (pageCount() == 0)
        return 0;
    const int step = pageSize().height() + gap;
    return qBound(1, (y - gap / 2) / qMax(1, step) + 1, pageCount());
}

void PreviewCanvas::updateSize()
{
    const QSize size = pageSize();
    const int pages = pageCount();
    setMinimumSize(size.width() + gap, pages > 0 ? pages * (size.height() + gap) : 0);
}

QImage PreviewCanvas::pageImage(int page) const
{
    if (!m_layout || page < 1 || page > m_layout->pageCount())
        return {};
    if (const auto cached = m_cache.constFind(page); cached != m_cache.constEnd())
        return *cached;
    const qreal ratio = devicePixelRatioF();
    QImage image(pageSize() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const qreal scale = m_ppi / ReportLayout::resolution;
    painter.scale(scale, scale);
    m_layout->paintPage(&painter, page);
    painter.end();
    m_cache.insert(page, image);
    return image;
}

void PreviewCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    if (!m_layout) {
        if (!m_message.isEmpty()) {
            painter.setPen(Qt::white);
            painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             m_message);
        }
        return;
    }
    const int first = pageAt(event->rect().top());
    const int last = pageAt(event->rect().bottom());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int page = first; page <= last && page > 0; ++page) {
        const QRect r = pageRect(page);
        painter.fillRect(r.translated(2, 3), QColor(0, 0, 0, 60));
        painter.drawImage(r.topLeft(), pageImage(page));
        painter.setPen(QColor(0xf4, 0xf5, 0xf7));
        painter.drawText(QRect(r.left(), r.bottom() + 2, r.width(), gap - 4), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(page).arg(pageCount()));
    }
}

} // namespace annalist
